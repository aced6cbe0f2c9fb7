/**
 * The wire shapes every procedure's output is built from: an outcome around a use case's state,
 * a page of a list, a warning, and the verdict on an action the caller may or may not take.
 * Declared once here, beside the types they describe, so core owns each output type.
 */
import { z } from "zod";
import { errorCodes } from "../errors/error-codes";
import { wire } from "../fields";
import type { Outcome, Warning } from "./outcome";
import type { Page } from "./pagination";
import type { Expect, Same } from "./type-check";

export const warningSchema = z.object({ code: wire.text(), message: wire.text() });

/** What every mutation returns (`Outcome<State>`), around the schema of its state. */
export function outcomeSchema<State extends z.ZodType>(state: State) {
  return z.object({
    state,
    message: wire.text(),
    triggered: z.array(wire.text()),
    warnings: z.array(warningSchema),
    replayed: z.boolean(),
  });
}

/** One page of a list (`Page<T>`): `nextCursor` is null on the last page. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: wire.text().nullable() });
}

/**
 * Whether the caller may take an action on an item now, and if not, why: the code the use case
 * would refuse with and a sentence for a person. Computed by the server (by the same rule the
 * use case checks), rendered by the web and returned to typed clients.
 */
export const actionVerdictSchema = z.discriminatedUnion("allowed", [
  z.object({ allowed: z.literal(true) }),
  z.object({ allowed: z.literal(false), code: z.enum(errorCodes), reason: wire.text() }),
]);
export type ActionVerdict = z.infer<typeof actionVerdictSchema>;

/** The verdicts on a fixed set of actions, e.g. `allowedActionsSchema(["approve", "reject"])`. */
export function allowedActionsSchema<const Action extends string>(actions: readonly [Action, ...Action[]]) {
  return z.object(Object.fromEntries(actions.map((action) => [action, actionVerdictSchema])) as Record<Action, typeof actionVerdictSchema>);
}

type StringOutcome = z.infer<ReturnType<typeof outcomeSchema<z.ZodString>>>;
type StringPage = z.infer<ReturnType<typeof pageSchema<z.ZodString>>>;

type _Checks = [Expect<Same<z.infer<typeof warningSchema>, Warning>>, Expect<Same<StringOutcome, Outcome<string>>>, Expect<Same<StringPage, Page<string>>>];
