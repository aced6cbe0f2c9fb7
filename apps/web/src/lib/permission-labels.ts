/** "approvalPolicy" → "Approval policy", "recordPayment" → "record payment". */
function words(camel: string): string {
  return camel.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const areaLabels: Record<string, string> = {
  accounts: "Chart of accounts",
  audit: "Audit trail",
};

export interface PermissionGroup {
  area: string;
  actions: string[];
}

/**
 * Permissions ("charges.recordPayment") grouped by the area they belong to, in the order given:
 * [{ area: "Charges", actions: ["read", "record payment"] }].
 */
export function groupPermissions(permissions: readonly string[]): PermissionGroup[] {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const [area = permission, action = ""] = permission.split(".");
    const label = areaLabels[area] ?? `${words(area).charAt(0).toUpperCase()}${words(area).slice(1)}`;
    const actions = groups.get(label) ?? [];
    if (action) actions.push(words(action));
    groups.set(label, actions);
  }
  return [...groups].map(([area, actions]) => ({ area, actions }));
}
