import type { InvitationView, MembersView, MemberView, Outcome } from "@closebook/core";
import type { InvitationRecord, MemberRecord, OrganizationRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  baseCurrency: z.string(),
  ledgerStartsOn: z.date(),
  postingHorizonDays: z.number().int(),
  createdAt: z.date(),
});

export const memberSchema = z.object({
  memberId: z.string(),
  organizationId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  createdAt: z.date(),
});

export const invitationSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  expiresAt: z.date(),
  createdAt: z.date(),
  inviterId: z.string(),
});

function allowedActionSchema<const Names extends readonly [string, ...string[]]>(names: Names) {
  return z.object({ action: z.enum(names), allowed: z.boolean(), reason: z.string().nullable() });
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
