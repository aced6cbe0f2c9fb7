/**
 * Where an entity named by an audit event, a task or a notification is shown: "movement" +
 * id → /movements/<id>. Null for entities without a page of their own.
 */
export function entityHref(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case "movement":
      return `/movements/${entityId}`;
    case "charge":
      return `/charges/${entityId}`;
    case "journal_entry":
      return `/ledger/entries/${entityId}`;
    case "counterparty":
      return `/counterparties/${entityId}`;
    case "ledger_account":
      return `/ledger/accounts/${entityId}`;
    case "approval_policy":
      return "/settings";
    case "task":
      return "/tasks";
    default:
      return null;
  }
}

/** The entity types audit events are recorded for, with how the audit filter names them. */
export const auditEntityTypes: { value: string; label: string }[] = [
  { value: "movement", label: "Movements" },
  { value: "charge", label: "Charges" },
  { value: "journal_entry", label: "Journal entries" },
  { value: "ledger_account", label: "Ledger accounts" },
  { value: "counterparty", label: "Customers and vendors" },
  { value: "task", label: "Tasks" },
  { value: "approval_policy", label: "Approval policy" },
];

/** "movement.approval_given" → "Approval given" (the entity type shows beside it). */
export function auditActionLabel(action: string): string {
  const verb = action.split(".").slice(1).join(" ") || action;
  const words = verb.replaceAll("_", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** "journal_entry" → "Journal entry". */
export function entityTypeLabel(entityType: string): string {
  const words = entityType.replaceAll("_", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * What names the document of an audit event: the number its snapshot carries (a movement's,
 * charge's or entry's), an account's code or a counterparty's name; "draft" for a charge not yet
 * numbered.
 */
export function snapshotLabel(entityType: string, ...snapshots: unknown[]): string | null {
  for (const snapshot of snapshots) {
    if (typeof snapshot !== "object" || snapshot === null) continue;
    const record = snapshot as Record<string, unknown>;
    for (const key of ["number", "code", "name"]) {
      const value = record[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return entityType === "charge" ? "draft" : null;
}
