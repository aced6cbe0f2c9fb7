/** The response DTOs of the chart of accounts, declared once. */
import type { AccountRecord, MinimumBalancePolicy } from "@closebook/db";
import { z } from "zod";
import { accountStatuses, accountTypes, minimumBalancePolicies } from "../domain/enums";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";

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

/** An account's available balance, as the funds rule sees it. */
export interface AvailableBalance {
  accountId: string;
  code: string;
  name: string;
  currency: string;
  /** Posted debits minus credits. */
  balanceMinor: bigint;
  /** Movements from the account requested or approved, not yet posted. */
  pendingMinor: bigint;
  /** Balance less pending movements: what a new movement can take before it overdraws. */
  availableMinor: bigint;
  minimumBalanceMinor: bigint | null;
  minimumBalancePolicy: MinimumBalancePolicy;
}

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
  Expect<Same<z.infer<typeof availableBalanceSchema>, AvailableBalance>>,
];
