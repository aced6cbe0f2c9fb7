import { z } from "zod";
import { memberSchema } from "../dto/organization-dto";
import { defineUseCase } from "../shared/define-use-case";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { adminRole, lastAdminRefusal } from "../policies/member-actions";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const removeMemberInput = z.object({
  /** Member ids are UUIDs (better-auth's are generated as UUIDs here, see packages/auth). */
  memberId: entityId("Choose a member."),
});
export type RemoveMemberInput = z.input<typeof removeMemberInput>;

export const removeMemberFailures = failuresOf([...mutationFailures, "MEMBER_NOT_FOUND", "LAST_ADMIN"]);
const { fail } = removeMemberFailures;

/**
 * Takes a person out of the organization (admins only; the last admin stays). Their sessions stop
 * working in it at once: every procedure resolves the membership per call, and sessions that had
 * it as their active organization lose that choice. What they did stays, with their name.
 */
export const removeMember = defineUseCase({
  name: "remove-member",
  permission: "members.manage",
  input: removeMemberInput,
  failures: removeMemberFailures,
  state: memberSchema,
  async run({ tx, actor }, input) {
    const admins = await tx.memberships.lockMembersWithRole(actor.organizationId, adminRole);
    const member = await tx.memberships.findMember(actor.organizationId, input.memberId);
    if (!member) return fail("MEMBER_NOT_FOUND", "There is no member with this id in this organization.", { memberId: input.memberId });
    const lastAdmin = lastAdminRefusal(member, admins.length);
    if (lastAdmin) return fail(lastAdmin.code, `${lastAdmin.reason} Make someone else admin first.`, { memberId: member.memberId });
    await tx.memberships.remove(actor.organizationId, member.memberId);
    await tx.memberships.clearActiveOrganization(member.userId, actor.organizationId);
    await sideEffects(tx, actor).audit("member.removed", "member", member.memberId, member, null);
    return outcome(member, `${member.name} is no longer a member.`, { triggered: ["recorded audit event member.removed"] });
  },
});
