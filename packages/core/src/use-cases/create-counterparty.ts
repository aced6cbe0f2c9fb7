import type { CounterpartyRecord, Database } from "@closebook/db";
import { counterpartyKinds } from "../domain/enums";
import { z } from "zod";
import { optionalText, text, parseInput } from "../fields";
import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const createCounterpartyInput = z.object({
  kind: z.enum(counterpartyKinds, { message: "Choose customer or vendor." }),
  name: text({ min: 2, max: 160, message: "Give a name of at least 2 characters." }),
  email: z.email("Enter a valid e-mail address.").nullable().default(null),
  taxId: optionalText({ max: 40 }),
});
export type CreateCounterpartyInput = z.input<typeof createCounterpartyInput>;

export const createCounterpartyFailures = failuresOf([...mutationFailures, "DUPLICATE_COUNTERPARTY"]);
const { fail } = createCounterpartyFailures;

/** Adds a customer or a vendor the organization does business with. */
export async function createCounterparty(
  db: Database,
  actor: Actor,
  rawInput: CreateCounterpartyInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<CounterpartyRecord>> {
  const input = parseInput(createCounterpartyInput, rawInput);
  return runMutation(db, actor, { operation: "create-counterparty", permission: "counterparties.create", failures: createCounterpartyFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const counterparty = await tx.counterparties.insertUnlessNameTaken({ organizationId: actor.organizationId, ...input });
    if (!counterparty) return fail("DUPLICATE_COUNTERPARTY", `There is already a ${input.kind} named ${input.name}.`, { field: "name" });
    await sideEffects(tx, actor).audit("counterparty.created", "counterparty", counterparty.id, null, counterparty);
    return outcome(counterparty, `${input.kind === "customer" ? "Customer" : "Vendor"} ${counterparty.name} added.`, {
      triggered: ["recorded audit event counterparty.created"],
    });
  });
}
