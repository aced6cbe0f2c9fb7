/** The response DTOs of charges and their payments, declared once. */
import type { ChargePaymentRecord, ChargeRecord, JournalEntryRecord } from "@closebook/db";
import { z } from "zod";
import { chargeStatuses } from "../domain/enums";
import { wire } from "../fields";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema, pageSchema, type ActionVerdict } from "../shared/wire-schemas";
import { journalEntrySchema } from "./ledger-dto";

export interface ChargeActions {
  issue: ActionVerdict;
  recordPayment: ActionVerdict;
  void: ActionVerdict;
  editDraft: ActionVerdict;
  discardDraft: ActionVerdict;
  creditNote: ActionVerdict;
}

/** `openMinor`: what is still owed (amount − paid − credited) on an issued, paid or credited charge; null for a draft (not owed yet) or a void charge. */
export type ChargeListItem = ChargeRecord & { customerName: string; openMinor: bigint | null; allowedActions: ChargeActions };

export interface ChargeDetail {
  charge: ChargeRecord & { customerName: string };
  payments: ChargePaymentRecord[];
  entries: JournalEntryRecord[];
  remainingMinor: bigint;
  allowedActions: ChargeActions;
}

/** What recording a payment leaves: the charge, the payment, what remains open. */
export interface ChargePaymentState {
  charge: ChargeRecord;
  payment: ChargePaymentRecord;
  remainingMinor: bigint;
}

export const chargeSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  number: wire.text().nullable(),
  customerId: wire.text(),
  status: z.enum(chargeStatuses),
  description: wire.text(),
  currency: wire.text(),
  amountMinor: wire.money(),
  paidMinor: wire.money(),
  /** Sum of its credit notes. */
  creditedMinor: wire.money(),
  receivableAccountId: wire.text(),
  revenueAccountId: wire.text(),
  issueDate: wire.date().nullable(),
  dueDate: wire.date().nullable(),
  issuedEntryId: wire.text().nullable(),
  voidEntryId: wire.text().nullable(),
  voidReason: wire.text().nullable(),
  createdBy: wire.text(),
  createdAt: wire.date(),
  updatedAt: wire.date(),
});

/** A charge as lists and the detail page show it: with its customer's name. */
export const chargeWithCustomerSchema = chargeSchema.extend({ customerName: wire.text() });

/** Whether the caller can issue the charge, record a payment on it, or void it now. */
export const chargeActionsSchema = allowedActionsSchema(["issue", "recordPayment", "void", "editDraft", "discardDraft", "creditNote"]);

export const chargeListItemSchema = chargeWithCustomerSchema.extend({ openMinor: wire.money().nullable(), allowedActions: chargeActionsSchema });

export const chargePaymentSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  chargeId: wire.text(),
  reference: wire.text(),
  amountMinor: wire.money(),
  receivedOn: wire.date(),
  bankAccountId: wire.text(),
  entryId: wire.text(),
  recordedBy: wire.text(),
  createdAt: wire.date(),
});

export const chargePageSchema = pageSchema(chargeListItemSchema);

export const chargeDetailSchema = z.object({
  charge: chargeWithCustomerSchema,
  payments: z.array(chargePaymentSchema),
  entries: z.array(journalEntrySchema),
  remainingMinor: wire.money(),
  allowedActions: chargeActionsSchema,
});

/** What recording a payment leaves: the charge, the payment, what remains open. */
export const chargePaymentStateSchema = z.object({ charge: chargeSchema, payment: chargePaymentSchema, remainingMinor: wire.money() });

type _Checks = [
  Expect<Same<z.infer<typeof chargeSchema>, ChargeRecord>>,
  Expect<Same<z.infer<typeof chargeWithCustomerSchema>, ChargeRecord & { customerName: string }>>,
  Expect<Same<z.infer<typeof chargeListItemSchema>, ChargeListItem>>,
  Expect<Same<z.infer<typeof chargePaymentSchema>, ChargePaymentRecord>>,
  Expect<Same<z.infer<typeof chargePageSchema>, Page<ChargeListItem>>>,
  Expect<Same<z.infer<typeof chargeDetailSchema>, ChargeDetail>>,
  Expect<Same<z.infer<typeof chargePaymentStateSchema>, ChargePaymentState>>,
];
