/** The response DTOs of credit notes, declared once. */
import type { CreditNoteRecord } from "@closebook/db";
import { z } from "zod";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";
import { chargeSchema } from "./charge-dto";

export const creditNoteSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  number: wire.text(),
  chargeId: wire.text(),
  currency: wire.text(),
  amountMinor: wire.money(),
  reason: wire.text(),
  issueDate: wire.date(),
  entryId: wire.text(),
  createdBy: wire.text(),
  createdAt: wire.date(),
});

/** What issuing a credit note leaves: the note, the charge after it, and what stays open. */
export const creditNoteStateSchema = z.object({ creditNote: creditNoteSchema, charge: chargeSchema, remainingMinor: wire.money() });

type _Checks = [Expect<Same<z.infer<typeof creditNoteSchema>, CreditNoteRecord>>];
