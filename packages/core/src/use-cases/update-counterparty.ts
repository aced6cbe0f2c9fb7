import { z } from "zod";
import { counterpartySchema } from "../dto/counterparty-dto";
import { failuresOf } from "../errors";
import { entityId, optionalText, text } from "../fields";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** A counterparty's edit form: its name and contact details as they should be (its kind stays). */
export const updateCounterpartyInput = z.object({
  counterpartyId: entityId(),
  name: text({ min: 2, max: 160, message: "Give a name of at least 2 characters." }),
  email: z.email("Enter a valid e-mail address.").nullable().default(null),
  taxId: optionalText({ max: 40 }),
});
export type UpdateCounterpartyInput = z.input<typeof updateCounterpartyInput>;

export const updateCounterpartyFailures = failuresOf([...mutationFailures, "COUNTERPARTY_NOT_FOUND", "DUPLICATE_COUNTERPARTY"]);
const { fail } = updateCounterpartyFailures;

/** Changes a customer's or vendor's name, e-mail and tax id; a name another of its kind has is refused, as on create. */
export const updateCounterparty = defineUseCase({
  name: "update-counterparty",
  permission: "counterparties.update",
  input: updateCounterpartyInput,
  failures: updateCounterpartyFailures,
  state: counterpartySchema,
  async run({ tx, actor }, { counterpartyId, ...changes }) {
    const counterparty = await tx.counterparties.lockById(actor.organizationId, counterpartyId);
    if (!counterparty) return fail("COUNTERPARTY_NOT_FOUND", "No such customer or vendor in this organization.", { field: "counterpartyId" });
    const changed = (["name", "email", "taxId"] as const).filter((field) => changes[field] !== counterparty[field]);
    if (changed.length === 0) return outcome(counterparty, `Nothing to change: ${counterparty.name} already has these details.`);
    const updated = await tx.counterparties.updateUnlessNameTaken(counterparty.id, changes);
    if (!updated) return fail("DUPLICATE_COUNTERPARTY", `There is already a ${counterparty.kind} named ${changes.name}.`, { field: "name" });
    await sideEffects(tx, actor).audit("counterparty.updated", "counterparty", counterparty.id, counterparty, updated);
    return outcome(updated, `${counterparty.kind === "customer" ? "Customer" : "Vendor"} ${updated.name} saved (${changed.join(", ")} changed).`, {
      triggered: ["recorded audit event counterparty.updated"],
    });
  },
});
