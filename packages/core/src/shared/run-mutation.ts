import type { Database, Repositories } from "@closebook/db";
import superjson from "superjson";
import { failuresOf } from "../errors";
import { authorize, type Permission } from "../policies/permissions";
import type { Actor } from "./actor";
import type { Outcome } from "./outcome";

/** How long a stored outcome is replayed for a retry with the same key. */
export const idempotencyTtlHours = 48;

export interface MutationSpec<Input> {
  /** Stable name of the use case, e.g. "create-account". */
  operation: string;
  permission: Permission;
  input: Input;
  /** Optional client-chosen key: a retry with the same key and input replays the outcome. */
  idempotencyKey?: string | undefined;
}

const { fail } = failuresOf(["IDEMPOTENCY_KEY_REUSED"]);

/** SHA-256 of the operation and its input (Web Crypto: core stays free of Node-only modules). */
async function requestHash(operation: string, input: unknown): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${operation}\0${superjson.stringify(input)}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The one transaction every mutating use case runs in: authorization, the idempotency claim,
 * the use case's own work (preconditions, state change, audit event, side effects) and the
 * stored outcome commit together or not at all.
 */
export async function runMutation<Input, State>(
  db: Database,
  actor: Actor,
  spec: MutationSpec<Input>,
  work: (tx: Repositories) => Promise<Outcome<State>>,
): Promise<Outcome<State>> {
  return db.transaction(async (tx) => {
    authorize(actor, spec.permission);
    const key = spec.idempotencyKey;
    const hash = await requestHash(spec.operation, spec.input);
    if (key !== undefined) {
      const claim = await tx.idempotency.claim({
        organizationId: actor.organizationId,
        key,
        operation: spec.operation,
        requestHash: hash,
        ttlHours: idempotencyTtlHours,
      });
      if (claim.kind === "existing") {
        if (claim.operation !== spec.operation || claim.requestHash !== hash) {
          fail("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different request.", {
            idempotencyKey: key,
            operation: claim.operation,
          });
        }
        const stored = superjson.parse<Outcome<State>>(String(claim.outcome));
        return { ...stored, replayed: true };
      }
    }
    const result = await work(tx);
    if (key !== undefined) {
      await tx.idempotency.complete({ organizationId: actor.organizationId, key, outcome: superjson.stringify(result) });
    }
    return result;
  });
}
