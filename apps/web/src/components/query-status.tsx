import { apiFailure } from "@/lib/api-errors";
import { Alert } from "@/components/ui/alert";
import { TableSkeleton } from "@/components/ui/skeleton";

/**
 * What a list or detail shows instead of data: the error that stopped it loading, or that it is
 * loading. Returns null once there is data to show.
 */
export function QueryStatus({ error, loading, what }: { error: unknown; loading: boolean; what: string }) {
  if (error) {
    return (
      <div className="p-4">
        <Alert tone="error" title={`Could not load ${what}`}>
          {apiFailure(error).message}
        </Alert>
      </div>
    );
  }
  if (loading) return <TableSkeleton rows={6} label={`Loading ${what}`} />;
  return null;
}
