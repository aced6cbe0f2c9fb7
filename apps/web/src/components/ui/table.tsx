import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A dense table with an accessible name (its caption, read by assistive tech only). */
export function Table({ caption, className, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <table className={cn("w-full border-separate border-spacing-0 text-[13px]", className)} {...props}>
      <caption className="sr-only">{caption}</caption>
      {children}
    </table>
  );
}

export function TableHeader(props: ComponentProps<"thead">) {
  return <thead {...props} />;
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function TableFooter({ className, ...props }: ComponentProps<"tfoot">) {
  return <tfoot className={cn("bg-zinc-50 font-medium", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("data-[state=selected]:bg-brand-50/60 [tbody>&]:hover:bg-zinc-50", className)} {...props} />;
}

type Align = "left" | "right" | "center";
const aligns: Record<Align, string> = { left: "text-left", right: "text-right", center: "text-center" };

/** A column header cell; it sticks under the app header unless the table scrolls sideways in its own box (`sticky={false}`). */
export function TableHead({ align = "left", sticky = true, className, ...props }: ComponentProps<"th"> & { align?: Align; sticky?: boolean }) {
  return (
    <th
      scope="col"
      className={cn(sticky && "sticky top-12 z-10", "h-9 border-b border-zinc-200 bg-zinc-50 px-3 text-[11px] font-medium tracking-wide whitespace-nowrap text-zinc-500 uppercase", aligns[align], className)}
      {...props}
    />
  );
}

/** A body cell; `numeric` right-aligns in tabular figures (amounts). */
export function TableCell({ align = "left", numeric = false, className, ...props }: ComponentProps<"td"> & { align?: Align; numeric?: boolean }) {
  return <td className={cn("border-b border-zinc-100 px-3 py-2 align-middle", numeric ? "text-right whitespace-nowrap tabular-nums" : aligns[align], className)} {...props} />;
}

/** A row of totals under the body. */
export function TableTotalRow({ children }: { children: ReactNode }) {
  return <tr className="bg-zinc-50 font-medium">{children}</tr>;
}
