import { z } from "zod";
import { csvImportProfileSchema } from "../bank-statements/formats/csv-profile";
import { backgroundImportBytes } from "../bank-statements/statement-import";
import { csvPreviewSchema, type CsvPreviewView } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { defineQuery } from "../shared/define-use-case";

const { fail } = failuresOf(["BANK_ACCOUNT_NOT_FOUND"]);

/** The rows shown in the preview. */
export const csvPreviewRows = 10;
/** The most of a file the preview reads: the start of a large file is enough to see how it is read. */
export const maxCsvPreviewBytes = backgroundImportBytes;

export const previewCsvImportInput = z.object({
  bankAccountId: entityId(),
  /** The file's first bytes (at most `maxCsvPreviewBytes`) as base64; the client cuts a large file at a line break. */
  content: z
    .string({ message: "Send the file's content as base64 text." })
    .min(1, "The file is empty.")
    .max(Math.ceil(maxCsvPreviewBytes / 3) * 4, `Send at most the first ${maxCsvPreviewBytes / 1024 / 1024} MiB of the file for a preview.`)
    .refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), "The content is not base64."),
  /** The profile to read the rows with; without one only the file's proposals for a new profile come back. */
  profile: csvImportProfileSchema.optional(),
});

function decodeBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The format the import will recognize the file as, and for a CSV file the first rows as a profile will read them (in the bank account's currency when
 * the profile maps no currency column), and what the file suggests for a new profile: the
 * import form's live preview. Reads only; nothing is stored.
 */
export const previewCsvImport = defineQuery({
  name: "preview-csv-import",
  permission: "statements.import",
  input: previewCsvImportInput,
  output: csvPreviewSchema,
  async run({ db, actor }, input): Promise<CsvPreviewView> {
    const account = await db.read.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    const ledger = account ? await db.read.accounts.findById(actor.organizationId, account.ledgerAccountId) : null;
    if (!account || !ledger) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    const bytes = decodeBase64(input.content);
    // Loaded on first use: the web imports this module for its input schema (see readStatementFileOnDemand).
    const [{ previewCsv, sniffCsv }, { detectStatementFormat }] = await Promise.all([import("../bank-statements/formats/csv"), import("../bank-statements/read-statement-file")]);
    const format = detectStatementFormat(bytes);
    const sniff = sniffCsv(bytes);
    if (!input.profile || format !== "csv") return { format, preview: null, sniff };
    const result = previewCsv(bytes, input.profile, { currency: ledger.currency, rows: csvPreviewRows });
    if (!result.ok) return { format, preview: { ok: false, header: null, totalRows: 0, rows: [], problems: result.problems }, sniff };
    return {
      format,
      preview: {
        ok: result.rows.every((row) => row.result.ok),
        header: result.header,
        totalRows: result.totalRows,
        problems: [],
        rows: result.rows.map((row) => ({
          line: row.line,
          cells: row.cells,
          read: row.result.ok
            ? {
                bookingDate: row.result.line.bookingDate,
                valueDate: row.result.line.valueDate,
                amountMinor: row.result.line.amount,
                currency: row.result.line.currency,
                counterpartyName: row.result.line.counterpartyName,
                counterpartyAccount: row.result.line.counterpartyAccount,
                remittanceInformation: row.result.line.remittanceInformation,
                bankReference: row.result.line.bankReference,
              }
            : null,
          problems: row.result.ok ? [] : row.result.problems,
        })),
      },
      sniff,
    };
  },
});
