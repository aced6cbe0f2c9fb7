import { DomainError, isDomainError, isRole, type Actor } from "@closebook/core";
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

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    // Only bad input names fields; a result refused by its output schema is the server's fault.
    const badInput = error.code === "BAD_REQUEST" && cause instanceof ZodError ? cause : null;
    return {
      ...shape,
      message: badInput ? describeFieldErrors(fieldErrorsOf(badInput)) : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: cause instanceof DomainError ? cause.code : null,
        details: cause instanceof DomainError ? cause.details : null,
        fieldErrors: badInput ? fieldErrorsOf(badInput) : null,
      },
    };
  },
});

/**
 * The message tRPC gives the INTERNAL_SERVER_ERROR it raises when a procedure's result does not
 * match its `.output()` schema (the ZodError is its cause).
 */
const outputValidationFailed = "Output validation failed";

/** Turns a use case's typed failure (or a validation error raised inside core) into its tRPC error. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isDomainError(cause)) {
      throw new TRPCError({ code: domainErrorToTrpc[cause.code], message: cause.message, cause });
    }
    if (cause instanceof ZodError && result.error.message !== outputValidationFailed) {
      throw new TRPCError({ code: "BAD_REQUEST", message: describeFieldErrors(fieldErrorsOf(cause)), cause });
    }
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const authenticatedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Runs with (user, organization, role): the actor every use case takes. */
export const organizationProcedure = authenticatedProcedure.use(async ({ ctx, next }) => {
  let organizationId = ctx.activeOrganizationId;
  if (!organizationId) organizationId = (await ctx.db.read.memberships.listForUser(ctx.user.id))[0]?.organizationId ?? null;
  const role = organizationId ? await ctx.db.read.memberships.roleOf(organizationId, ctx.user.id) : null;
  if (!organizationId || !role || !isRole(role)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: ctx.activeOrganizationId ? "You are not a member of this organization." : "You are not a member of any organization.",
    });
  }
  const actor: Actor = { userId: ctx.user.id, organizationId, role, requestId: ctx.requestId };
  return next({ ctx: { ...ctx, actor } });
});

/** The optional idempotency key every mutating procedure accepts beside its input. */
export const idempotencyKey = z.string().trim().min(8, "Use at least 8 characters, e.g. a UUID.").max(200).optional();

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
