import type { ReactNode } from "react";
import { area, type AreaKey } from "@/lib/navigation";
import { PageHeader } from "@/components/layout/page-header";

/** The honest page of an area not built yet: what it will be for, and no made-up data. */
export function ComingSoon({ areaKey, headline, children }: { areaKey: AreaKey; headline?: string; children?: ReactNode }) {
  const { label, purpose } = area(areaKey);
  return (
    <>
      <PageHeader title={label} description={purpose} />
      <div className="p-6">
        <div className="max-w-2xl rounded-lg border border-dashed border-zinc-300 bg-white px-5 py-6">
          <p className="text-[13px] font-medium text-zinc-900">{headline ?? `${label} is coming in a later release.`}</p>
          <p className="mt-1 text-[13px] text-zinc-500">
            Nothing here yet: this area will appear once its workflows are in place. Everything shown elsewhere in Closebook is real data from your organization.
          </p>
          {children ? <div className="mt-4">{children}</div> : null}
        </div>
      </div>
    </>
  );
}
