// Types only: the web imports use cases for their input schemas, and must not bundle the database driver.
import type { Database, DatabaseFault, Repositories } from "@closebook/db";
import superjson from "superjson";
import { failuresOf, isDomainError, type Covers, type DomainError, type ErrorCode, type FailureSet } from "../errors";
import { authorize, type Permission } from "../policies/permissions";
import type { Actor, UserActor } from "./actor";
import type { Outcome } from "./outcome";

/** How long a stored outcome is replayed for a retry with the same key. */
export const idempotencyTtlHours = 48;

/**
 * What the runner itself can fail with; every use case declares these among its failures
 * (`...mutationFailures`), and `runMutation` does not compile for a set that lacks one.
 */
export const mutationFailures = [
  "NOT_PERMITTED",
  "IDEMPOTENCY_KEY_REUSED",
  "AMOUNT_OUT_OF_RANGE",
  "CONCURRENT_CHANGE",
  "CONFLICTING_CHANGE",
  "CONSTRAINT_VIOLATED",
] as const satisfies readonly ErrorCode[];
type MutationCode = (typeof mutationFailures)[number];

export interface MutationSpec<Input, Codes extends readonly ErrorCode[]> {
  /** Stable name of the use case, e.g. "create-account". */
  operation: string;
  permission: Permission;
  /** The use case's closed set of failures: a DomainError with any other code is a server bug. */
  failures: FailureSet<Codes> & Covers<Codes, MutationCode>;
  input: Input;
  /** Optional client-chosen key: a retry with the same key and input replays the outcome. */
  idempotencyKey?: string | undefined;
}

const { fail } = failuresOf(mutationFailures);

/** A use case raised a code it did not declare: a bug, answered as a server error. */
export class UndeclaredFailureError extends Error {
  override readonly name = "UndeclaredFailureError";
  constructor(operation: string, error: DomainError) {
    super(`${operation} raised ${error.code}, which is not among its declared failures: ${error.message}`, { cause: error });
  }
}

/** The typed failure an expected database refusal becomes (retryable ones say so in details). */
function failureOfDatabase(fault: DatabaseFault): never {
  switch (fault.kind) {
    case "out_of_range":
      return fail("AMOUNT_OUT_OF_RANGE", "A sum or balance would pass the largest amount the ledger can hold; nothing was written.", { retryable: false });
    case "serialization":
    case "deadlock":
      return fail("CONCURRENT_CHANGE", "Someone else changed the same records at the same moment; nothing was written. Try again.", { retryable: true });
    case "unique":
      return fail("CONFLICTING_CHANGE", "This conflicts with a record that already exists; nothing was written.", { retryable: false, constraint: fault.constraint });
    case "check":
      return fail("CONSTRAINT_VIOLATED", "The ledger refused this change as inconsistent; nothing was written.", { retryable: false, constraint: fault.constraint });
  }
}

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
export async function runMutation<Input, State, const Codes extends readonly ErrorCode[]>(
  db: Database,
  actor: Actor,
  spec: MutationSpec<Input, Codes>,
  work: (tx: Repositories) => Promise<Outcome<State>>,
): Promise<Outcome<State>> {
  const scope: MutationScope = { organizationId: actor.organizationId, callerId: callerOf(actor), authorize: () => authorize(actor, spec.permission) };
  return withDeclaredFailures(spec, () => transaction(db, scope, spec, work));
}

/** Database refusals become typed failures; a failure outside the declared set is a bug. */
async function withDeclaredFailures<T>(spec: { operation: string; failures: { codes: readonly ErrorCode[] } }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const fault = asDatabaseFault(error);
    const failure = fault ? catchFailure(() => failureOfDatabase(fault)) : error;
    if (isDomainError(failure) && !spec.failures.codes.includes(failure.code)) {
      throw new UndeclaredFailureError(spec.operation, failure);
    }
    throw failure;
  }
}

/** `Database.transaction` throws the expected database refusals as a DatabaseFault. */
function asDatabaseFault(error: unknown): DatabaseFault | null {
  return error instanceof Error && error.name === "DatabaseFault" && "kind" in error ? (error as DatabaseFault) : null;
}

function catchFailure(raise: () => never): unknown {
  try {
    return raise();
  } catch (error) {
    return error;
  }
}

function callerOf(actor: Actor | UserActor): string {
  return `user:${actor.userId}`;
}

/**
 * Where a mutation's idempotency key is kept, and who may run it. An organization's use cases
 * keep keys under the organization; a user-level one (no organization yet: see
 * `runUserMutation`) keeps them under the pseudo-organization `user:<id>`.
 */
interface MutationScope {
  organizationId: string;
  callerId: string;
  authorize(): void;
}

/**
 * The one transaction of a use case that no organization's role governs (creating an
 * organization, accepting an invitation): any signed-in user may run it, so there is no
 * permission to check; its preconditions are its own. The idempotency key is claimed before the
 * work runs, when the organization it will touch may not exist yet (its id is made inside the
 * transaction), so the key is scoped to the user: `(organization "user:<id>", caller "user:<id>",
 * key)`. A retry by the same user replays; nobody else can see or reuse it.
 */
export async function runUserMutation<Input, State, const Codes extends readonly ErrorCode[]>(
  db: Database,
  actor: UserActor,
  spec: Omit<MutationSpec<Input, Codes>, "permission">,
  work: (tx: Repositories) => Promise<Outcome<State>>,
): Promise<Outcome<State>> {
  const scope: MutationScope = { organizationId: userIdempotencyScope(actor.userId), callerId: callerOf(actor), authorize: () => undefined };
  return withDeclaredFailures(spec, () => transaction(db, scope, spec, work));
}

/** The pseudo-organization under which a user-level mutation's idempotency keys are kept. */
export function userIdempotencyScope(userId: string): string {
  return `user:${userId}`;
}

async function transaction<Input, State, Codes extends readonly ErrorCode[]>(
  db: Database,
  scope: MutationScope,
  spec: Omit<MutationSpec<Input, Codes>, "permission">,
  work: (tx: Repositories) => Promise<Outcome<State>>,
): Promise<Outcome<State>> {
  return db.transaction(async (tx) => {
    scope.authorize();
    const key = spec.idempotencyKey;
    const hash = await requestHash(spec.operation, spec.input);
    if (key !== undefined) {
      const claim = await tx.idempotency.claim({
        organizationId: scope.organizationId,
        callerId: scope.callerId,
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
      await tx.idempotency.complete({ organizationId: scope.organizationId, callerId: scope.callerId, key, outcome: superjson.stringify(result) });
    }
    return result;
  });
}
