import { organizationFormatsSchema, permissions, roles, type Permission, type WorkspaceAccess, wire } from "@closebook/core";
import type { MembershipRecord } from "@closebook/db";
import { z } from "zod";
import type { SessionUser } from "../context";
import type { Expect, Same } from "./type-check";

export const sessionUserSchema = z.object({ id: wire.text(), name: wire.text(), email: wire.text() });

export const membershipSchema = z.object({
  organizationId: wire.text(),
  organizationName: wire.text(),
  organizationSlug: wire.text(),
  role: wire.text(),
});

const permissionNames = Object.keys(permissions) as [Permission, ...Permission[]];

/** What `session.me` returns. */
export interface Me extends WorkspaceAccess {
  user: SessionUser;
}

export const meSchema = z.object({
  user: sessionUserSchema,
  memberships: z.array(membershipSchema),
  activeOrganization: membershipSchema.nullable(),
  role: z.enum(roles).nullable(),
  permissions: z.array(z.enum(permissionNames)),
  formats: organizationFormatsSchema.nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof sessionUserSchema>, SessionUser>>,
  Expect<Same<z.infer<typeof membershipSchema>, MembershipRecord>>,
  Expect<Same<z.infer<typeof meSchema>, Me>>,
];
