import { accountStatuses, accountTypes, type AvailableBalance, type Outcome } from "@closebook/core";
import type { AccountRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

export const accountSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(accountTypes),
  currency: z.string(),
  status: z.enum(accountStatuses),
  minimumBalanceMinor: z.bigint().nullable(),
  minimumBalancePolicy: z.enum(["warn", "block"]),
  isBankAccount: z.boolean(),
  balanceMinor: z.bigint(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const accountListSchema = z.array(accountSchema);
export const accountOutcomeSchema = outcomeSchema(accountSchema);

export const availableBalanceSchema = z.object({
  accountId: z.string(),
  code: z.string(),
  name: z.string(),
  currency: z.string(),
  balanceMinor: z.bigint(),
  pendingMinor: z.bigint(),
  availableMinor: z.bigint(),
  minimumBalanceMinor: z.bigint().nullable(),
  minimumBalancePolicy: z.enum(["warn", "block"]),
});

type _Checks = [
  Expect<Same<z.infer<typeof accountSchema>, AccountRecord>>,
  Expect<Same<z.infer<typeof accountListSchema>, AccountRecord[]>>,
  Expect<Same<z.infer<typeof accountOutcomeSchema>, Outcome<AccountRecord>>>,
  Expect<Same<z.infer<typeof availableBalanceSchema>, AvailableBalance>>,
];
