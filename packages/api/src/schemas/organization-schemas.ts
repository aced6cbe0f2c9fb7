import { wire } from "@closebook/core";
import type { InvitationView, MembersView, MemberView, Outcome } from "@closebook/core";
import type { InvitationRecord, MemberRecord, OrganizationRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

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

function allowedActionSchema<const Names extends readonly [string, ...string[]]>(names: Names) {
  return z.object({ action: z.enum(names), allowed: z.boolean(), reason: wire.text().nullable() });
}

export const memberViewSchema = memberSchema.extend({ isYou: z.boolean(), actions: z.array(allowedActionSchema(["changeRole", "remove"])) });
export const invitationViewSchema = invitationSchema.extend({ actions: z.array(allowedActionSchema(["cancel"])) });
export const membersViewSchema = z.object({
  members: z.array(memberViewSchema),
  invitations: z.array(invitationViewSchema),
  actions: z.array(allowedActionSchema(["invite"])),
});

export const organizationOutcomeSchema = outcomeSchema(organizationSchema);
export const memberOutcomeSchema = outcomeSchema(memberSchema);
export const invitationOutcomeSchema = outcomeSchema(invitationSchema);

type _Checks = [
  Expect<Same<z.infer<typeof organizationSchema>, OrganizationRecord>>,
  Expect<Same<z.infer<typeof memberSchema>, MemberRecord>>,
  Expect<Same<z.infer<typeof invitationSchema>, InvitationRecord>>,
  Expect<Same<z.infer<typeof memberViewSchema>, MemberView>>,
  Expect<Same<z.infer<typeof invitationViewSchema>, InvitationView>>,
  Expect<Same<z.infer<typeof membersViewSchema>, MembersView>>,
  Expect<Same<z.infer<typeof organizationOutcomeSchema>, Outcome<OrganizationRecord>>>,
];
