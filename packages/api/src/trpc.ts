import {
  DomainError,
  idempotencyKey as idempotencyKeyField,
  isDomainError,
  isInvalidInputError,
  isRole,
  type Actor,
  type ErrorCode,
  type Query,
  type UseCase,
  type UserActor,
  type UserQuery,
  type UserUseCase,
} from "@closebook/core";
import type { Database } from "@closebook/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context } from "./context";
import { domainErrorToTrpc } from "./error-map";

/** Field path → messages, for forms and typed clients. */
export type FieldErrors = Record<string, string[]>;

function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function describeFieldErrors(fields: FieldErrors): string {
  return `Invalid input: ${Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join(" · ")}`;
}

/** A domain failure about one field (details.field) names it like a validation error does. */
function domainFieldErrors(error: DomainError): FieldErrors | null {
  const field = error.details.field;
  return typeof field === "string" ? { [field]: [error.message] } : null;
}

/** What a client is told of an unexpected error: nothing but where to find it in the server log. */
export function internalErrorMessage(requestId: string): string {
  return `Something went wrong on our side and nothing was changed. If it happens again, quote request id ${requestId}.`;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx, path }) {
    const cause = error.cause;
    const requestId = ctx?.requestId ?? null;
    if (error.code === "INTERNAL_SERVER_ERROR") {
      // The full error stays in the server log under the request id; the client gets no driver
      // text, SQL or file path.
      console.error(`[request ${requestId ?? "?"}] ${path ?? "?"} failed:`, cause ?? error);
      return {
        code: shape.code,
        message: internalErrorMessage(requestId ?? "unknown"),
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, requestId, domainCode: null, details: null, fieldErrors: null },
      };
    }
    // Only bad input names fields; a result refused by its output schema is the server's fault.
    const badInput = error.code === "BAD_REQUEST" && cause instanceof ZodError ? cause : null;
    const domain = cause instanceof DomainError ? cause : null;
    return {
      ...shape,
      message: badInput ? describeFieldErrors(fieldErrorsOf(badInput)) : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        requestId,
        // A refusal without a domain error is tRPC's own (malformed JSON, unknown procedure, wrong
        // method): the request itself is bad input.
        domainCode: domain ? domain.code : "INVALID_INPUT",
        details: domain ? domain.details : null,
        fieldErrors: badInput ? fieldErrorsOf(badInput) : domain ? domainFieldErrors(domain) : null,
      },
    };
  },
});

/** Turns a use case's typed failure (or a validation error raised inside core) into its tRPC error. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isDomainError(cause)) {
      throw new TRPCError({ code: domainErrorToTrpc[cause.code], message: cause.message, cause });
    }
    // Only core's refusal of the caller's input is bad input; any other ZodError (an output schema
    // refusing a result, a bug parsing stored data) stays a server error.
    if (isInvalidInputError(cause)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: describeFieldErrors(fieldErrorsOf(cause)), cause });
    }
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const authenticatedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    const refusal = new DomainError("NOT_SIGNED_IN", "Sign in first.");
    throw new TRPCError({ code: domainErrorToTrpc.NOT_SIGNED_IN, message: refusal.message, cause: refusal });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Runs with (user, organization, role): the actor every use case takes. */
export const organizationProcedure = authenticatedProcedure.use(async ({ ctx, next }) => {
  let organizationId = ctx.activeOrganizationId;
  // Without a choice (header or the session's active organization): the one the user joined first.
  if (!organizationId) organizationId = await ctx.db.read.memberships.firstJoinedOrganization(ctx.user.id);
  const role = organizationId ? await ctx.db.read.memberships.roleOf(organizationId, ctx.user.id) : null;
  if (!organizationId || !role || !isRole(role)) {
    const refusal = new DomainError(
      "NOT_A_MEMBER",
      ctx.activeOrganizationId ? "You are not a member of this organization." : "You are not a member of any organization.",
      { organizationId: ctx.activeOrganizationId },
    );
    throw new TRPCError({ code: domainErrorToTrpc.NOT_A_MEMBER, message: refusal.message, cause: refusal });
  }
  const actor: Actor = { userId: ctx.user.id, organizationId, role, requestId: ctx.requestId };
  return next({ ctx: { ...ctx, actor } });
});

/** The optional idempotency key every mutating procedure accepts beside its input. */
export const idempotencyKey = idempotencyKeyField.optional();

type MutatingUseCase<Input, Result> = (db: Database, actor: Actor, input: Input, options: { idempotencyKey?: string | undefined }) => Promise<Result>;

/**
 * The whole of a mutating procedure: parse the use case's input plus the optional idempotency
 * key, run the one use case as the caller's actor, declare its outcome schema.
 */
export function useCaseMutation<Input extends z.ZodType, Output extends z.ZodType>(
  input: Input,
  output: Output,
  run: MutatingUseCase<z.output<Input>, z.input<Output>>,
) {
  return organizationProcedure
    .input(z.intersection(input, z.object({ idempotencyKey })))
    .output(output)
    // `run` is checked against the output schema at the call site; tRPC's own generic cannot see that.
    .mutation(async ({ ctx, input: { idempotencyKey: key, ...rest } }) => (await run(ctx.db, ctx.actor, rest as z.output<Input>, { idempotencyKey: key })) as never);
}

type UserUseCaseFunction<Input, Result> = (db: Database, actor: UserActor, input: Input, options: { idempotencyKey?: string | undefined }) => Promise<Result>;

/**
 * A mutating procedure of a user-level use case (creating an organization, accepting an
 * invitation): any signed-in user, acting as themselves, in no organization.
 */
export function userUseCaseMutation<Input extends z.ZodType, Output extends z.ZodType>(input: Input, output: Output, run: UserUseCaseFunction<z.output<Input>, z.input<Output>>) {
  return authenticatedProcedure
    .input(z.intersection(input, z.object({ idempotencyKey })))
    .output(output)
    .mutation(async ({ ctx, input: { idempotencyKey: key, ...rest } }) => (await run(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, rest as z.output<Input>, { idempotencyKey: key })) as never);
}

/**
 * The whole procedure of a declared use case (`defineUseCase` in core): its input plus the
 * optional idempotency key, the caller's actor, its outcome schema. `cancel: mutation(cancelMovement)`.
 */
export function mutation<In extends z.ZodType, State extends z.ZodType, const Codes extends readonly ErrorCode[]>(useCase: UseCase<In, State, Codes>) {
  return useCaseMutation(useCase.input, useCase.output, (db, actor, input, options) => useCase(db, actor, input as z.input<In>, options));
}

/** The procedure of a declared user-level use case (`defineUserUseCase`). */
export function userMutation<In extends z.ZodType, State extends z.ZodType, const Codes extends readonly ErrorCode[]>(useCase: UserUseCase<In, State, Codes>) {
  return userUseCaseMutation(useCase.input, useCase.output, (db, actor, input, options) => useCase(db, actor, input as z.input<In>, options));
}

/** A read's input as its procedure takes it: optional when the read needs none of it (filters), required otherwise (an id). */
type ReadInput<In extends z.ZodType> = Record<never, never> extends z.input<In> ? z.ZodOptional<In> : In;

function readInput<In extends z.ZodType>(input: In): ReadInput<In> {
  return (input.safeParse({}).success ? input.optional() : input) as ReadInput<In>;
}

/** The procedure of a declared read (`defineQuery`): `list: query(listAccounts)`. */
export function query<In extends z.ZodType, Out extends z.ZodType>(read: Query<In, Out>) {
  return organizationProcedure
    .input(readInput(read.input))
    .output(read.output)
    // `read` is typed against its output schema in core; tRPC's own generic cannot see that.
    .query(async ({ ctx, input }) => (await read(ctx.db, ctx.actor, input as z.input<In> | undefined)) as never);
}

/** The procedure of a declared read of the signed-in person's own data (`defineUserQuery`). */
export function userQuery<In extends z.ZodType, Out extends z.ZodType>(read: UserQuery<In, Out>) {
  return authenticatedProcedure
    .input(readInput(read.input))
    .output(read.output)
    .query(async ({ ctx, input }) => (await read(ctx.db, { userId: ctx.user.id, requestId: ctx.requestId }, input as z.input<In> | undefined)) as never);
}
