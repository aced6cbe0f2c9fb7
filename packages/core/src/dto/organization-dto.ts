/** The response DTOs of organizations, members and invitations, declared once. */
import type { InvitationRecord, MemberRecord, OrganizationRecord } from "@closebook/db";
import { z } from "zod";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema, type ActionVerdict } from "../shared/wire-schemas";

/** The older list form of a verdict (`{action, allowed, reason}`), which the web reads today. */
export interface AllowedAction<Name extends string> {
  action: Name;
  allowed: boolean;
  reason: string | null;
}

export interface MemberView extends MemberRecord {
  isYou: boolean;
  actions: AllowedAction<"changeRole" | "remove">[];
  allowedActions: { changeRole: ActionVerdict; remove: ActionVerdict };
}

export interface InvitationView extends InvitationRecord {
  actions: AllowedAction<"cancel">[];
  allowedActions: { cancel: ActionVerdict };
}

export interface MembersView {
  members: MemberView[];
  invitations: InvitationView[];
  actions: AllowedAction<"invite">[];
  allowedActions: { invite: ActionVerdict };
}

export const organizationSchema = z.object({
  id: wire.text(),
  name: wire.text(),
  slug: wire.text(),
  baseCurrency: wire.text(),
  ledgerStartsOn: wire.date(),
  postingHorizonDays: z.number().int(),
  createdAt: wire.date(),
});

export const memberSchema = z.object({
  memberId: wire.text(),
  organizationId: wire.text(),
  userId: wire.text(),
  name: wire.text(),
  email: wire.text(),
  role: wire.text(),
  createdAt: wire.date(),
});

export const invitationSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  organizationName: wire.text(),
  email: wire.text(),
  role: wire.text(),
  status: wire.text(),
  expiresAt: wire.date(),
  createdAt: wire.date(),
  inviterId: wire.text(),
});

export const invitationListSchema = z.array(invitationSchema);

/** The older list form of the actions the web still reads; `allowedActions` carries the same verdicts. */
function actionListSchema<const Names extends readonly [string, ...string[]]>(names: Names) {
  return z.array(z.object({ action: z.enum(names), allowed: z.boolean(), reason: wire.text().nullable() }));
}

export const memberViewSchema = memberSchema.extend({
  isYou: z.boolean(),
  actions: actionListSchema(["changeRole", "remove"]),
  allowedActions: allowedActionsSchema(["changeRole", "remove"]),
});
export const invitationViewSchema = invitationSchema.extend({ actions: actionListSchema(["cancel"]), allowedActions: allowedActionsSchema(["cancel"]) });
export const membersViewSchema = z.object({
  members: z.array(memberViewSchema),
  invitations: z.array(invitationViewSchema),
  actions: actionListSchema(["invite"]),
  allowedActions: allowedActionsSchema(["invite"]),
});

type _Checks = [
  Expect<Same<z.infer<typeof organizationSchema>, OrganizationRecord>>,
  Expect<Same<z.infer<typeof memberSchema>, MemberRecord>>,
  Expect<Same<z.infer<typeof invitationSchema>, InvitationRecord>>,
  Expect<Same<z.infer<typeof invitationListSchema>, InvitationRecord[]>>,
  Expect<Same<z.infer<typeof memberViewSchema>, MemberView>>,
  Expect<Same<z.infer<typeof invitationViewSchema>, InvitationView>>,
  Expect<Same<z.infer<typeof membersViewSchema>, MembersView>>,
];
