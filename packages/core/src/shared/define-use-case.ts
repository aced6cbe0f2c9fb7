/**
 * Declaring a use case or a query is one thing: its name, input schema, closed failure set,
 * policy (the permission it needs), output schema and work, in one `defineUseCase` /
 * `defineQuery` call in the use case's own file. Everything else is derived from the
 * declaration: the call (parse the input, authorize, run in the mutation runner's one
 * transaction with idempotency), and in packages/api the one-line procedure
 * (`request: mutation(requestMovement)`), whose input and output schemas are these.
 */
// Types only: the web imports use cases for their schemas, and must not bundle the database driver.
import type { Database, Repositories } from "@closebook/db";
import type { z } from "zod";
import type { Covers, ErrorCode, FailureSet } from "../errors";
import { parseInput } from "../fields";
import { authorize, type Permission } from "../policies/permissions";
import type { Actor, UserActor } from "./actor";
import type { Outcome } from "./outcome";
import { type mutationFailures, runMutation, runUserMutation } from "./run-mutation";
import { outcomeSchema } from "./wire-schemas";

type MutationCode = (typeof mutationFailures)[number];

export interface MutationOptions {
  /** Optional client-chosen key: a retry with the same key and input replays the outcome. */
  idempotencyKey?: string | undefined;
}

interface UseCaseSpec<In extends z.ZodType, State extends z.ZodType, Codes extends readonly ErrorCode[]> {
  /** Stable name, the use case's file name: "cancel-movement". Keys idempotency records and audit. */
  name: string;
  input: In;
  /** The closed set of failures (including the runner's own, `...mutationFailures`). */
  failures: FailureSet<Codes> & Covers<Codes, MutationCode>;
  /** The schema of the outcome's state: the response DTO the procedure returns. */
  state: State;
}

/** What a declared use case is: callable as before, and carrying its declaration. */
export interface UseCase<In extends z.ZodType, State extends z.ZodType, Codes extends readonly ErrorCode[]> {
  (db: Database, actor: Actor, input: z.input<In>, options?: MutationOptions): Promise<Outcome<z.input<State>>>;
  readonly kind: "use-case";
  readonly operation: string;
  readonly permission: Permission;
  readonly input: In;
  readonly output: ReturnType<typeof outcomeSchema<State>>;
  readonly failures: FailureSet<Codes>;
}

/** A use case no organization's role governs (founding an organization, accepting an invitation). */
export interface UserUseCase<In extends z.ZodType, State extends z.ZodType, Codes extends readonly ErrorCode[]> {
  (db: Database, actor: UserActor, input: z.input<In>, options?: MutationOptions): Promise<Outcome<z.input<State>>>;
  readonly kind: "user-use-case";
  readonly operation: string;
  readonly input: In;
  readonly output: ReturnType<typeof outcomeSchema<State>>;
  readonly failures: FailureSet<Codes>;
}

/** What the work of a use case is given: the transaction's repositories and who acts. */
export interface UseCaseContext<A> {
  tx: Repositories;
  actor: A;
}

/**
 * Declares a mutating use case of an organization. Its work runs inside `runMutation`'s one
 * transaction, after `permission` is checked, with the parsed input; it throws only its declared
 * failures (`failures.fail`) and returns an outcome whose state its `state` schema accepts.
 */
export function defineUseCase<In extends z.ZodType, State extends z.ZodType, const Codes extends readonly ErrorCode[]>(
  spec: UseCaseSpec<In, State, Codes> & {
    permission: Permission;
    run(context: UseCaseContext<Actor>, input: z.output<In>): Promise<Outcome<z.input<State>>>;
  },
): UseCase<In, State, Codes> {
  const call = async (db: Database, actor: Actor, raw: z.input<In>, options: MutationOptions = {}) => {
    const input = parseInput(spec.input, raw);
    const mutation = { operation: spec.name, permission: spec.permission, failures: spec.failures, input, idempotencyKey: options.idempotencyKey };
    return runMutation(db, actor, mutation, (tx) => spec.run({ tx, actor }, input));
  };
  return Object.assign(call, {
    kind: "use-case" as const,
    operation: spec.name,
    permission: spec.permission,
    input: spec.input,
    output: outcomeSchema(spec.state),
    failures: spec.failures,
  });
}

/** Declares a use case any signed-in user runs as themselves, in no organization (yet). */
export function defineUserUseCase<In extends z.ZodType, State extends z.ZodType, const Codes extends readonly ErrorCode[]>(
  spec: UseCaseSpec<In, State, Codes> & {
    run(context: UseCaseContext<UserActor>, input: z.output<In>): Promise<Outcome<z.input<State>>>;
  },
): UserUseCase<In, State, Codes> {
  const call = async (db: Database, actor: UserActor, raw: z.input<In>, options: MutationOptions = {}) => {
    const input = parseInput(spec.input, raw);
    const mutation = { operation: spec.name, failures: spec.failures, input, idempotencyKey: options.idempotencyKey };
    return runUserMutation(db, actor, mutation, (tx) => spec.run({ tx, actor }, input));
  };
  return Object.assign(call, {
    kind: "user-use-case" as const,
    operation: spec.name,
    input: spec.input,
    output: outcomeSchema(spec.state),
    failures: spec.failures,
  });
}

interface QuerySpec<In extends z.ZodType, Out extends z.ZodType> {
  /** Stable name: "list-movements". */
  name: string;
  /** Its input; a query without input declares `z.object({})`. */
  input: In;
  /** The response DTO: what the procedure returns and the typed client sees. */
  output: Out;
}

/** A declared read: callable, and carrying its declaration for the procedure. */
export interface Query<In extends z.ZodType, Out extends z.ZodType> {
  (db: Database, actor: Actor, input?: z.input<In>): Promise<z.input<Out>>;
  readonly kind: "query";
  readonly operation: string;
  readonly permission: Permission;
  readonly input: In;
  readonly output: Out;
}

/** A read of the signed-in person's own data, in any organization (their invitations). */
export interface UserQuery<In extends z.ZodType, Out extends z.ZodType> {
  (db: Database, actor: UserActor, input?: z.input<In>): Promise<z.input<Out>>;
  readonly kind: "user-query";
  readonly operation: string;
  readonly input: In;
  readonly output: Out;
}

/** Declares a read of an organization's data: the permission is checked, then the input parsed. */
export function defineQuery<In extends z.ZodType, Out extends z.ZodType>(
  spec: QuerySpec<In, Out> & {
    permission: Permission;
    run(context: { db: Database; actor: Actor }, input: z.output<In>): Promise<z.input<Out>>;
  },
): Query<In, Out> {
  const call = async (db: Database, actor: Actor, raw?: z.input<In>) => {
    authorize(actor, spec.permission);
    const input = parseInput(spec.input, raw ?? {});
    return spec.run({ db, actor }, input);
  };
  return Object.assign(call, { kind: "query" as const, operation: spec.name, permission: spec.permission, input: spec.input, output: spec.output });
}

/** Declares a read of the signed-in person's own data. */
export function defineUserQuery<In extends z.ZodType, Out extends z.ZodType>(
  spec: QuerySpec<In, Out> & { run(context: { db: Database; actor: UserActor }, input: z.output<In>): Promise<z.input<Out>> },
): UserQuery<In, Out> {
  const call = async (db: Database, actor: UserActor, raw?: z.input<In>) => spec.run({ db, actor }, parseInput(spec.input, raw ?? {}));
  return Object.assign(call, { kind: "user-query" as const, operation: spec.name, input: spec.input, output: spec.output });
}
