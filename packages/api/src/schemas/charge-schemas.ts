import { wire } from "@closebook/core";
import { chargeStatuses } from "@closebook/core";
import type { ChargeDetail, ChargePaymentState, Outcome, Page } from "@closebook/core";
import type { ChargePaymentRecord, ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { journalEntrySchema } from "./ledger-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

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

export const chargePageSchema = pageSchema(chargeWithCustomerSchema);

export const chargeDetailSchema = z.object({
  charge: chargeWithCustomerSchema,
  payments: z.array(chargePaymentSchema),
  entries: z.array(journalEntrySchema),
  remainingMinor: wire.money(),
});

export const chargeOutcomeSchema = outcomeSchema(chargeSchema);

export const chargePaymentOutcomeSchema = outcomeSchema(
  z.object({ charge: chargeSchema, payment: chargePaymentSchema, remainingMinor: wire.money() }),
);

type _Checks = [
  Expect<Same<z.infer<typeof chargeSchema>, ChargeRecord>>,
  Expect<Same<z.infer<typeof chargeWithCustomerSchema>, ChargeRecord & { customerName: string }>>,
  Expect<Same<z.infer<typeof chargePaymentSchema>, ChargePaymentRecord>>,
  Expect<Same<z.infer<typeof chargePageSchema>, Page<ChargeRecord & { customerName: string }>>>,
  Expect<Same<z.infer<typeof chargeDetailSchema>, ChargeDetail>>,
  Expect<Same<z.infer<typeof chargeOutcomeSchema>, Outcome<ChargeRecord>>>,
  Expect<Same<z.infer<typeof chargePaymentOutcomeSchema>, Outcome<ChargePaymentState>>>,
];
