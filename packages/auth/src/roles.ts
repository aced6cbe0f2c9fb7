import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/organization/access";

/**
 * Membership management inside better-auth's organization plugin. Whether a role may run a
 * business use case is decided by the policies in @closebook/core, not here: these roles only
 * say who may invite or remove members of an organization.
 */
export const accessControl = createAccessControl(defaultStatements);

const none = accessControl.newRole({});

export const organizationRoles = {
  viewer: none,
  clerk: none,
  approver: none,
  controller: none,
  admin: accessControl.newRole(adminAc.statements),
};
