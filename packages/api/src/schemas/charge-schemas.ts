import type { ChargeDetail, ChargePaymentState, Outcome, Page } from "@closebook/core";
import type { ChargePaymentRecord, ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { journalEntrySchema } from "./ledger-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const chargeSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  number: z.string().nullable(),
  customerId: z.string(),
  status: z.enum(["draft", "issued", "paid", "void"]),
  description: z.string(),
  currency: z.string(),
  amountMinor: z.bigint(),
  paidMinor: z.bigint(),
  receivableAccountId: z.string(),
  revenueAccountId: z.string(),
  issueDate: z.date().nullable(),
  dueDate: z.date().nullable(),
  issuedEntryId: z.string().nullable(),
  voidEntryId: z.string().nullable(),
  voidReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** A charge as lists and the detail page show it: with its customer's name. */
export const chargeWithCustomerSchema = chargeSchema.extend({ customerName: z.string() });

export const chargePaymentSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  chargeId: z.string(),
  reference: z.string(),
  amountMinor: z.bigint(),
  receivedOn: z.date(),
  bankAccountId: z.string(),
  entryId: z.string(),
  recordedBy: z.string(),
  createdAt: z.date(),
});

export const chargePageSchema = pageSchema(chargeWithCustomerSchema);

export const chargeDetailSchema = z.object({
  charge: chargeWithCustomerSchema,
  payments: z.array(chargePaymentSchema),
  entries: z.array(journalEntrySchema),
  remainingMinor: z.bigint(),
});

export const chargeOutcomeSchema = outcomeSchema(chargeSchema);

export const chargePaymentOutcomeSchema = outcomeSchema(
  z.object({ charge: chargeSchema, payment: chargePaymentSchema, remainingMinor: z.bigint() }),
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
