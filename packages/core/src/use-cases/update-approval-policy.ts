import { z } from "zod";
import { approvalBandListSchema } from "../dto/approval-policy-dto";
import { defineUseCase } from "../shared/define-use-case";
import { amountMinor, currencyCode } from "../fields";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import { orderBands } from "../policies/approval-policy";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

const band = z.object({
  /** Upper limit in minor units; null for the last, open-ended band. */
  upToMinor: amountMinor("Limits must be above zero.").nullable(),
  requiredApprovals: z.number().int().min(1, "At least one approval.").max(5, "At most five approvals."),
  minimumRole: z.enum(["approver", "controller", "admin"], { message: "Choose approver, controller or admin." }),
  requiresController: z.boolean().default(false),
});

export const updateApprovalPolicyInput = z
  .object({ currency: currencyCode, bands: z.array(band).min(1, "Give at least one band.").max(10) })
  .superRefine((value, ctx) => {
    value.bands.forEach((b, i) => {
      const previous = value.bands[i - 1];
      const isLast = i === value.bands.length - 1;
      if (isLast && b.upToMinor !== null) ctx.addIssue({ code: "custom", path: ["bands", i, "upToMinor"], message: "The last band has no upper limit." });
      if (!isLast && b.upToMinor === null) ctx.addIssue({ code: "custom", path: ["bands", i, "upToMinor"], message: "Only the last band may be open-ended." });
      if (previous !== undefined && previous.upToMinor !== null && b.upToMinor !== null && b.upToMinor <= previous.upToMinor) {
        ctx.addIssue({ code: "custom", path: ["bands", i, "upToMinor"], message: "Limits must increase from band to band." });
      }
      if (b.requiresController && b.requiredApprovals < 1) ctx.addIssue({ code: "custom", path: ["bands", i, "requiredApprovals"], message: "A controller's approval is one of the approvals." });
    });
  });
export type UpdateApprovalPolicyInput = z.input<typeof updateApprovalPolicyInput>;

export const updateApprovalPolicyFailures = failuresOf([...mutationFailures, "CURRENCY_NOT_KEPT"]);
const { fail } = updateApprovalPolicyFailures;

/** An admin sets the approval bands for one currency; movements requested later follow them. */
export const updateApprovalPolicy = defineUseCase({
  name: "update-approval-policy",
  permission: "approvalPolicy.update",
  input: updateApprovalPolicyInput,
  failures: updateApprovalPolicyFailures,
  state: approvalBandListSchema,
  async run({ tx, actor }, input) {
    const kept = await tx.organizations.currencies(actor.organizationId);
    if (!kept.includes(input.currency)) {
      fail("CURRENCY_NOT_KEPT", `This organization keeps no ${input.currency}: it has ${kept.join(", ")}. Open an account in ${input.currency} first.`, { field: "currency", currencies: kept });
    }
    const before = orderBands(await tx.approvalPolicy.bands(actor.organizationId, input.currency));
    await tx.approvalPolicy.replaceBands(actor.organizationId, input.currency, input.bands.map((b) => ({ ...b, currency: input.currency })));
    const after = orderBands(await tx.approvalPolicy.bands(actor.organizationId, input.currency));
    await sideEffects(tx, actor).audit("approval_policy.updated", "approval_policy", `${actor.organizationId}:${input.currency}`, before, after);
    const summary = after
      .map((b) => `${b.upToMinor === null ? "above" : `up to ${formatMinor(b.upToMinor, input.currency)}`}: ${b.requiredApprovals} × ${b.minimumRole}${b.requiresController ? " incl. a controller" : ""}`)
      .join("; ");
    return outcome(after, `Approval policy for ${input.currency} saved (${summary}). It applies to movements requested from now on.`, {
      triggered: ["recorded audit event approval_policy.updated"],
    });
  },
});
