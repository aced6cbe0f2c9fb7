import { counterpartyKinds } from "../domain/enums";
import { z } from "zod";
import { optionalText, text } from "../fields";
import { failuresOf } from "../errors";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { counterpartySchema } from "../dto/counterparty-dto";
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
export const createCounterparty = defineUseCase({
  name: "create-counterparty",
  permission: "counterparties.create",
  input: createCounterpartyInput,
  failures: createCounterpartyFailures,
  state: counterpartySchema,
  async run({ tx, actor }, input) {
    const counterparty = await tx.counterparties.insertUnlessNameTaken({ organizationId: actor.organizationId, ...input });
    if (!counterparty) return fail("DUPLICATE_COUNTERPARTY", `There is already a ${input.kind} named ${input.name}.`, { field: "name" });
    await sideEffects(tx, actor).audit("counterparty.created", "counterparty", counterparty.id, null, counterparty);
    return outcome(counterparty, `${input.kind === "customer" ? "Customer" : "Vendor"} ${counterparty.name} added.`, {
      triggered: ["recorded audit event counterparty.created"],
    });
  },
});
