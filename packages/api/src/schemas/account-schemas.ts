import { accountStatuses, accountTypes, type AvailableBalance, type Outcome, wire } from "@closebook/core";
import { minimumBalancePolicies } from "@closebook/core";
import type { AccountRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

export const accountSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  code: wire.text(),
  name: wire.text(),
  type: z.enum(accountTypes),
  currency: wire.text(),
  status: z.enum(accountStatuses),
  minimumBalanceMinor: wire.money().nullable(),
  minimumBalancePolicy: z.enum(minimumBalancePolicies),
  isBankAccount: z.boolean(),
  balanceMinor: wire.money(),
  createdAt: wire.date(),
  updatedAt: wire.date(),
});

export const accountListSchema = z.array(accountSchema);
export const accountOutcomeSchema = outcomeSchema(accountSchema);

export const availableBalanceSchema = z.object({
  accountId: wire.text(),
  code: wire.text(),
  name: wire.text(),
  currency: wire.text(),
  balanceMinor: wire.money(),
  pendingMinor: wire.money(),
  availableMinor: wire.money(),
  minimumBalanceMinor: wire.money().nullable(),
  minimumBalancePolicy: z.enum(minimumBalancePolicies),
});

type _Checks = [
  Expect<Same<z.infer<typeof accountSchema>, AccountRecord>>,
  Expect<Same<z.infer<typeof accountListSchema>, AccountRecord[]>>,
  Expect<Same<z.infer<typeof accountOutcomeSchema>, Outcome<AccountRecord>>>,
  Expect<Same<z.infer<typeof availableBalanceSchema>, AvailableBalance>>,
];
