import { permissions, roles, type Permission, type WorkspaceAccess } from "@closebook/core";
import type { MembershipRecord } from "@closebook/db";
import { z } from "zod";
import type { SessionUser } from "../context";
import type { Expect, Same } from "./type-check";

export const sessionUserSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const membershipSchema = z.object({
  organizationId: z.string(),
  organizationName: z.string(),
  organizationSlug: z.string(),
  role: z.string(),
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
});

type _Checks = [
  Expect<Same<z.infer<typeof sessionUserSchema>, SessionUser>>,
  Expect<Same<z.infer<typeof membershipSchema>, MembershipRecord>>,
  Expect<Same<z.infer<typeof meSchema>, Me>>,
];
