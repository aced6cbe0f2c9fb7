import type { Database, MemberRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { roles } from "../policies/roles";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
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
export async function changeMemberRole(
  db: Database,
  actor: Actor,
  rawInput: ChangeMemberRoleInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<MemberRecord>> {
  const input = parseInput(changeMemberRoleInput, rawInput);
  return runMutation(db, actor, { operation: "change-member-role", permission: "members.manage", failures: changeMemberRoleFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    // Locked first: two admins demoting each other at the same moment queue here.
    const admins = await tx.memberships.lockAdmins(actor.organizationId);
    const member = await tx.memberships.findMember(actor.organizationId, input.memberId);
    if (!member) return fail("MEMBER_NOT_FOUND", "There is no member with this id in this organization.", { memberId: input.memberId });
    if (member.role === input.role) return outcome(member, `${member.name} is already ${input.role}; nothing changed.`);
    if (member.role === "admin" && admins.length <= 1) {
      return fail("LAST_ADMIN", `${member.name} is the organization's only admin: make someone else admin first.`, { field: "role", memberId: member.memberId });
    }
    const changed = await tx.memberships.setRole(actor.organizationId, member.memberId, input.role);
    await sideEffects(tx, actor).audit("member.role_changed", "member", member.memberId, member, changed);
    return outcome(changed, `${member.name} is now ${input.role} (was ${member.role}).`, { triggered: ["recorded audit event member.role_changed"] });
  });
}
