import type { Database, MemberRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
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
export async function removeMember(
  db: Database,
  actor: Actor,
  rawInput: RemoveMemberInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<MemberRecord>> {
  const input = parseInput(removeMemberInput, rawInput);
  return runMutation(db, actor, { operation: "remove-member", permission: "members.manage", failures: removeMemberFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const admins = await tx.memberships.lockAdmins(actor.organizationId);
    const member = await tx.memberships.findMember(actor.organizationId, input.memberId);
    if (!member) return fail("MEMBER_NOT_FOUND", "There is no member with this id in this organization.", { memberId: input.memberId });
    if (member.role === "admin" && admins.length <= 1) {
      return fail("LAST_ADMIN", `${member.name} is the organization's only admin and cannot be removed: make someone else admin first.`, { memberId: member.memberId });
    }
    await tx.memberships.remove(actor.organizationId, member.memberId);
    await tx.memberships.clearActiveOrganization(member.userId, actor.organizationId);
    await sideEffects(tx, actor).audit("member.removed", "member", member.memberId, member, null);
    return outcome(member, `${member.name} is no longer a member.`, { triggered: ["recorded audit event member.removed"] });
  });
}
