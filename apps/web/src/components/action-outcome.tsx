import Link from "next/link";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";

/** The outcome of an action: its message (and what to open next), then its warnings. */
export function ActionOutcome({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  return (
    <>
      <Alert tone={result.tone} title={result.title}>
        <p>{result.message}</p>
        {result.details.length ? (
          <ul className="mt-1 list-disc pl-4">
            {result.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
        {result.link ? (
          <p className="mt-1">
            <Link href={result.link.href} className="font-medium underline underline-offset-2">
              {result.link.label}
            </Link>
          </p>
        ) : null}
      </Alert>
      {result.warnings.length ? (
        <Alert tone="warning" title={result.warnings.length === 1 ? "Warning" : `${result.warnings.length} warnings`}>
          <ul className="list-disc pl-4">
            {result.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}
