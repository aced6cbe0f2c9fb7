import { wire } from "@closebook/core";
import type { Outcome, Warning } from "@closebook/core";
import { z } from "zod";
import type { Expect, Same } from "./type-check";

export const warningSchema = z.object({ code: wire.text(), message: wire.text() });

/** What every mutation returns (core's `Outcome<State>`), around the schema of its state. */
export function outcomeSchema<State extends z.ZodType>(state: State) {
  return z.object({
    state,
    message: wire.text(),
    triggered: z.array(wire.text()),
    warnings: z.array(warningSchema),
    replayed: z.boolean(),
  });
}

type StringOutcome = z.infer<ReturnType<typeof outcomeSchema<z.ZodString>>>;

type _Checks = [Expect<Same<z.infer<typeof warningSchema>, Warning>>, Expect<Same<StringOutcome, Outcome<string>>>];
