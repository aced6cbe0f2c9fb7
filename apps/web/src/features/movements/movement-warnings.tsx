import { cn } from "@/lib/cn";
import { Alert } from "@/components/ui/alert";

/** The warnings the requester was given (funds, unusual amount), shown to whoever decides on the movement. */
export function MovementWarnings({ warnings, className }: { warnings: readonly { code: string; message: string }[]; className?: string }) {
  if (warnings.length === 0) return null;
  return (
    <div data-testid="movement-warnings" className={cn(className)}>
      <Alert tone="warning" title={warnings.length === 1 ? "Warning given when it was requested" : `${warnings.length} warnings given when it was requested`}>
        <ul className="list-disc pl-4">
          {warnings.map((w) => (
            <li key={w.code + w.message} data-code={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
