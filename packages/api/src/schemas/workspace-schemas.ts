import { type ApprovalPolicyView, type Outcome, wire } from "@closebook/core";
import type { ApprovalBandRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

export const approvalBandSchema = z.object({
  id: wire.text(),
  currency: wire.text(),
  upToMinor: wire.money().nullable(),
  requiredApprovals: z.number(),
  minimumRole: wire.text(),
  requiresController: z.boolean(),
});

export const approvalPolicySchema = z.array(
  z.object({
    currency: wire.text(),
    bands: z.array(approvalBandSchema.omit({ id: true })),
    isDefault: z.boolean(),
  }),
);

export const approvalPolicyOutcomeSchema = outcomeSchema(z.array(approvalBandSchema));

type _Checks = [
  Expect<Same<z.infer<typeof approvalBandSchema>, ApprovalBandRecord>>,
  Expect<Same<z.infer<typeof approvalPolicySchema>, ApprovalPolicyView[]>>,
  Expect<Same<z.infer<typeof approvalPolicyOutcomeSchema>, Outcome<ApprovalBandRecord[]>>>,
];
