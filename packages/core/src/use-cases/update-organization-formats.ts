import { z } from "zod";
import { organizationFormatsSchema } from "../dto/organization-formats-dto";
import { failuresOf } from "../errors";
import { dateFormatSchema, numberFormatSchema } from "../locale/format-schemas";
import { dateFormatLabel, numberFormatLabel } from "../locale/local-formats";
import { defineQuery, defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const updateOrganizationFormatsInput = z.object({
  dateFormat: dateFormatSchema,
  numberFormat: numberFormatSchema,
});
export type UpdateOrganizationFormatsInput = z.input<typeof updateOrganizationFormatsInput>;

export const updateOrganizationFormatsFailures = failuresOf([...mutationFailures]);

/** An admin chooses how the organization writes dates and amounts; every date and amount field follows. */
export const updateOrganizationFormats = defineUseCase({
  name: "update-organization-formats",
  permission: "organization.updateFormats",
  input: updateOrganizationFormatsInput,
  failures: updateOrganizationFormatsFailures,
  state: organizationFormatsSchema,
  async run({ tx, actor }, input) {
    const before = await tx.organizations.formats(actor.organizationId);
    const after = await tx.organizations.updateFormats(actor.organizationId, input);
    await sideEffects(tx, actor).audit("organization.formats_updated", "organization", actor.organizationId, before, after);
    return outcome(after, `Dates are now written ${dateFormatLabel(after.dateFormat)} and amounts ${numberFormatLabel(after.numberFormat)}.`, {
      triggered: ["recorded audit event organization.formats_updated"],
    });
  },
});

/** How the organization writes dates and amounts: what every member's date and amount fields use. */
export const getOrganizationFormats = defineQuery({
  name: "get-organization-formats",
  permission: "organization.read",
  input: z.object({}),
  output: organizationFormatsSchema,
  async run({ db, actor }) {
    const formats = await db.read.organizations.formats(actor.organizationId);
    if (!formats) throw new Error(`Organization ${actor.organizationId} has no row.`);
    return formats;
  },
});
