import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/** A dense table; header cells stick under the app header. */
export function DataTable({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <table className={cn("w-full border-separate border-spacing-0 text-[13px]", className)}>
      <caption className="sr-only">{caption}</caption>
      {children}
    </table>
  );
}

type Align = "left" | "right" | "center";
const aligns: Record<Align, string> = { left: "text-left", right: "text-right", center: "text-center" };

export function Th({ align = "left", className, ...props }: ThHTMLAttributes<HTMLTableCellElement> & { align?: Align }) {
  return (
    <th
      scope="col"
      className={cn("sticky top-12 z-10 border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-[11px] font-medium tracking-wide text-zinc-500 uppercase", aligns[align], className)}
      {...props}
    />
  );
}

/** A body cell; `numeric` right-aligns in tabular figures (amounts). */
export function Td({ align = "left", numeric = false, className, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { align?: Align; numeric?: boolean }) {
  return <td className={cn("border-b border-zinc-100 px-3 py-2 align-middle", numeric ? "text-right whitespace-nowrap tabular-nums" : aligns[align], className)} {...props} />;
}

/** A row spanning the table for totals. */
export function TotalRow({ children }: { children: ReactNode }) {
  return <tr className="bg-zinc-50 font-medium">{children}</tr>;
}
