/** The response DTOs of charges and their payments, declared once. */
import type { ChargePaymentRecord, ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { chargeStatuses } from "../domain/enums";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";

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

type _Checks = [
  Expect<Same<z.infer<typeof chargeSchema>, ChargeRecord>>,
  Expect<Same<z.infer<typeof chargeWithCustomerSchema>, ChargeRecord & { customerName: string }>>,
  Expect<Same<z.infer<typeof chargePaymentSchema>, ChargePaymentRecord>>,
];
