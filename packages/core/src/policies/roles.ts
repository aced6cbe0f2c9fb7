/** The roles a member can hold in an organization, from least to most authority. */
export const roles = ["viewer", "clerk", "approver", "controller", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function roleRank(role: Role): number {
  return roles.indexOf(role);
}

/** Whether `role` carries at least the authority of `minimum`. */
export function atLeast(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}
