import { z } from "zod";
import { csvImportProfileSchema } from "../bank-statements/formats/csv-profile";
import { csvImportProfileViewSchema } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { csvImportProfileView } from "../queries/bank-queries";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** A new profile (no profileId) or the whole of an existing one; its name is the profile's own. */
export const saveCsvImportProfileInput = z.object({
  profileId: entityId().optional(),
  /** The bank account the profile is for; without one, every bank account of the organization may use it. */
  bankAccountId: entityId().nullable().default(null),
  profile: csvImportProfileSchema,
});
export type SaveCsvImportProfileInput = z.input<typeof saveCsvImportProfileInput>;

export const saveCsvImportProfileFailures = failuresOf([...mutationFailures, "CSV_PROFILE_NOT_FOUND", "BANK_ACCOUNT_NOT_FOUND", "DUPLICATE_CSV_PROFILE"]);
const { fail } = saveCsvImportProfileFailures;

/**
 * Saves how a bank's CSV export is read (columns, date format, separators, encoding), for the
 * next import of that bank's files; a name is used once per organization.
 */
export const saveCsvImportProfile = defineUseCase({
  name: "save-csv-import-profile",
  permission: "statements.import",
  input: saveCsvImportProfileInput,
  failures: saveCsvImportProfileFailures,
  state: csvImportProfileViewSchema,
  async run({ tx, actor }, input) {
    const before = input.profileId ? await tx.bank.lockCsvProfile(actor.organizationId, input.profileId) : null;
    if (input.profileId && !before) return fail("CSV_PROFILE_NOT_FOUND", "No such CSV import profile in this organization.", { field: "profileId" });
    if (input.bankAccountId && !(await tx.bank.findBankAccount(actor.organizationId, input.bankAccountId))) {
      return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    }
    const name = input.profile.name;
    if (await tx.bank.findCsvProfileByName(actor.organizationId, name, before?.id)) {
      return fail("DUPLICATE_CSV_PROFILE", `This organization already has a CSV import profile named ${name}.`, { field: "profile.name" });
    }
    const data = { bankAccountId: input.bankAccountId, name, profile: JSON.parse(JSON.stringify(input.profile)) as object };
    const saved = before ? await tx.bank.updateCsvProfile(before.id, data) : await tx.bank.insertCsvProfile({ organizationId: actor.organizationId, ...data });
    const action = before ? "csv_import_profile.updated" : "csv_import_profile.created";
    await sideEffects(tx, actor).audit(action, "csv_import_profile", saved.id, before, saved);
    return outcome(csvImportProfileView(saved), before ? `CSV import profile ${name} saved.` : `CSV import profile ${name} created: choose it when you import this bank's CSV files.`, {
      triggered: [`recorded audit event ${action}`],
    });
  },
});
