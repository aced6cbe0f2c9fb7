import type { Warning } from "@closebook/core";
import { toast } from "sonner";
import { apiFailure } from "@/lib/api-errors";

/** What every use case returns to the person: a message and its warnings (see core's `outcome`). */
interface OutcomeLike {
  message: string;
  warnings: Warning[];
  replayed?: boolean;
}

function isOutcome(value: unknown): value is OutcomeLike {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === "string" && Array.isArray(candidate.warnings);
}

/** A toast with a mutation's outcome message, and one per warning: every action shows both. */
export function toastOutcome(data: unknown): void {
  if (!isOutcome(data)) return;
  toast.success(data.replayed ? `${data.message} (already recorded: this was a retry)` : data.message);
  for (const warning of data.warnings) toast.warning(warning.message);
}

/** A toast saying why a mutation failed (the form also shows it beside the field it names). */
export function toastFailure(error: unknown): void {
  const failure = apiFailure(error);
  toast.error(failure.unreachable ? "No answer from the server: nothing was changed as far as we know. Try again." : failure.message);
}
