/** The response DTOs of the approval policy, declared once. */
import type { ApprovalBandRecord } from "@closebook/db";
import { z } from "zod";
import { roles } from "../policies/roles";
import { wire } from "../fields";
import type { ApprovalRequirement } from "../policies/approval-policy";
import type { Expect, Same } from "../shared/type-check";

export interface ApprovalPolicyView {
  currency: string;
  bands: Omit<ApprovalBandRecord, "id">[];
  isDefault: boolean;
}

export interface ApprovalRequirementView extends ApprovalRequirement {
  currency: string;
  amountMinor: bigint;
  isDefault: boolean;
}

export const approvalBandSchema = z.object({
  id: wire.text(),
  currency: wire.text(),
  upToMinor: wire.money().nullable(),
  requiredApprovals: z.number(),
  minimumRole: wire.text(),
  requiresController: z.boolean(),
});

export const approvalBandListSchema = z.array(approvalBandSchema);

export const approvalPolicySchema = z.array(
  z.object({
    currency: wire.text(),
    bands: z.array(approvalBandSchema.omit({ id: true })),
    isDefault: z.boolean(),
  }),
);

/** What a movement of an amount would need: its band, how many approvals, from whom. */
export const approvalRequirementSchema = z.object({
  currency: wire.text(),
  amountMinor: wire.money(),
  /** "up to 1,000.00 EUR" or "above 50,000.00 EUR". */
  bandLabel: wire.text(),
  requiredApprovals: z.number(),
  minimumRole: z.enum(roles),
  requiresController: z.boolean(),
  /** The organization has set no bands of its own for the currency: the defaults apply. */
  isDefault: z.boolean(),
});

type _Checks = [
  Expect<Same<z.infer<typeof approvalBandSchema>, ApprovalBandRecord>>,
  Expect<Same<z.infer<typeof approvalBandListSchema>, ApprovalBandRecord[]>>,
  Expect<Same<z.infer<typeof approvalPolicySchema>, ApprovalPolicyView[]>>,
  Expect<Same<z.infer<typeof approvalRequirementSchema>, ApprovalRequirementView>>,
];
