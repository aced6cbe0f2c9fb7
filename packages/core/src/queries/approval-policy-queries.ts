import { z } from "zod";
import { approvalPolicySchema, approvalRequirementSchema, type ApprovalPolicyView, type ApprovalRequirementView } from "../dto/approval-policy-dto";

export type { ApprovalPolicyView, ApprovalRequirementView } from "../dto/approval-policy-dto";
import { failuresOf } from "../errors";
import { amountMinor, currencyCode, entityId } from "../fields";
import { defaultBands, orderBands, requirementFor } from "../policies/approval-policy";
import { defineQuery } from "../shared/define-use-case";


/** The bands per currency in use (the defaults for a currency the organization has not set). */
export const getApprovalPolicy = defineQuery({
  name: "get-approval-policy",
  permission: "approvalPolicy.read",
  input: z.object({}),
  output: approvalPolicySchema,
  async run({ db, actor }): Promise<ApprovalPolicyView[]> {
    const [bands, accounts] = await Promise.all([db.read.approvalPolicy.bands(actor.organizationId), db.read.accounts.list({ organizationId: actor.organizationId })]);
    const currencies = [...new Set([...accounts.map((a) => a.currency), ...bands.map((b) => b.currency)])].sort();
    return currencies.map((currency) => {
      const own = orderBands(bands.filter((b) => b.currency === currency));
      return { currency, bands: own.length ? own : defaultBands(currency), isDefault: own.length === 0 };
    });
  },
});

export const approvalRequirementInput = z
  .object({
    /** The movement's currency; the source account's when that is given instead. */
    currency: currencyCode.optional(),
    amountMinor: amountMinor("The amount must be above zero."),
    /** The bank account the money would leave. */
    sourceAccountId: entityId("Choose the account the money leaves.").optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.currency && !value.sourceAccountId) ctx.addIssue({ code: "custom", path: ["currency"], message: "Give the currency or the source account." });
  });
export type ApprovalRequirementInput = z.input<typeof approvalRequirementInput>;


const { fail } = failuresOf(["ACCOUNT_NOT_FOUND", "CURRENCY_MISMATCH"]);

/**
 * What a movement of this amount would need under the organization's approval policy: the band
 * that applies, how many approvals, the minimum approver role and whether a controller must be
 * one of them (the rule request-movement applies when it is requested).
 */
export const getApprovalRequirement = defineQuery({
  name: "approval-requirement",
  permission: "movements.read",
  input: approvalRequirementInput,
  output: approvalRequirementSchema,
  async run({ db, actor }, input): Promise<ApprovalRequirementView> {
    let currency = input.currency;
    if (input.sourceAccountId) {
      const source = await db.read.accounts.findById(actor.organizationId, input.sourceAccountId);
      if (!source) return fail("ACCOUNT_NOT_FOUND", "No such source account in this organization.", { field: "sourceAccountId" });
      if (currency && currency !== source.currency) fail("CURRENCY_MISMATCH", `${source.name} is in ${source.currency}, not ${currency}.`, { field: "currency" });
      currency = source.currency;
    }
    if (!currency) return fail("CURRENCY_MISMATCH", "Give the currency or the source account.", { field: "currency" });
    const bands = await db.read.approvalPolicy.bands(actor.organizationId, currency);
    return { currency, amountMinor: input.amountMinor, ...requirementFor(bands, currency, input.amountMinor), isDefault: bands.length === 0 };
  },
});
