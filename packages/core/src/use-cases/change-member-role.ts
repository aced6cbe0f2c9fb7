import { z } from "zod";
import { memberSchema } from "../dto/organization-dto";
import { defineUseCase } from "../shared/define-use-case";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { roles } from "../policies/roles";
import { adminRole, lastAdminRefusal } from "../policies/member-actions";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const changeMemberRoleInput = z.object({
  /** Member ids are UUIDs (better-auth's are generated as UUIDs here, see packages/auth). */
  memberId: entityId("Choose a member."),
  role: z.enum(roles, { message: "Choose viewer, clerk, approver, controller or admin." }),
});
export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleInput>;

export const changeMemberRoleFailures = failuresOf([...mutationFailures, "MEMBER_NOT_FOUND", "LAST_ADMIN"]);
const { fail } = changeMemberRoleFailures;

/** Gives a member another role (admins only); the organization's last admin cannot be demoted. */
export const changeMemberRole = defineUseCase({
  name: "change-member-role",
  permission: "members.manage",
  input: changeMemberRoleInput,
  failures: changeMemberRoleFailures,
  state: memberSchema,
  async run({ tx, actor }, input) {
    // Locked first: two admins demoting each other at the same moment queue here.
    const admins = await tx.memberships.lockMembersWithRole(actor.organizationId, adminRole);
    const member = await tx.memberships.findMember(actor.organizationId, input.memberId);
    if (!member) return fail("MEMBER_NOT_FOUND", "There is no member with this id in this organization.", { memberId: input.memberId });
    if (member.role === input.role) return outcome(member, `${member.name} is already ${input.role}; nothing changed.`);
    const lastAdmin = lastAdminRefusal(member, admins.length);
    if (lastAdmin) return fail(lastAdmin.code, `${lastAdmin.reason} Make someone else admin first.`, { field: "role", memberId: member.memberId });
    const changed = await tx.memberships.setRole(actor.organizationId, member.memberId, input.role);
    await sideEffects(tx, actor).audit("member.role_changed", "member", member.memberId, member, changed);
    return outcome(changed, `${member.name} is now ${input.role} (was ${member.role}).`, { triggered: ["recorded audit event member.role_changed"] });
  },
});
