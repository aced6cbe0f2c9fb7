import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** What a signed-in page shows while its server part loads: a header and a list, greyed. */
export default function Loading() {
  return (
    <div>
      <div className="flex flex-col gap-2 border-b border-zinc-200 bg-white px-6 py-4">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="p-6">
        <div className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
          <TableSkeleton label="Loading the page" />
        </div>
      </div>
    </div>
  );
}
