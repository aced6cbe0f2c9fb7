import { chargePaymentSchema, chargeSchema, chargeWithCustomerSchema, wire } from "@closebook/core";
import type { ChargeDetail, ChargePaymentState, Outcome, Page } from "@closebook/core";
import type { ChargePaymentRecord, ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { journalEntrySchema } from "./ledger-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export { chargePaymentSchema, chargeSchema, chargeWithCustomerSchema } from "@closebook/core";

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
