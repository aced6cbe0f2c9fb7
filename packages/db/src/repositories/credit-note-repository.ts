import type { DbClient } from "./db-client";

export interface CreditNoteRecord {
  id: string;
  organizationId: string;
  /** CN-<year>-<n>, gapless per organization and year. */
  number: string;
  chargeId: string;
  currency: string;
  amountMinor: bigint;
  reason: string;
  issueDate: Date;
  entryId: string;
  createdBy: string;
  createdAt: Date;
}

export type NewCreditNote = Omit<CreditNoteRecord, "id" | "createdAt">;

export function creditNoteRepository(db: DbClient) {
  return {
    insert(creditNote: NewCreditNote): Promise<CreditNoteRecord> {
      return db.creditNote.create({ data: creditNote });
    },

    forCharge(organizationId: string, chargeId: string): Promise<CreditNoteRecord[]> {
      return db.creditNote.findMany({ where: { organizationId, chargeId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    },
  };
}
