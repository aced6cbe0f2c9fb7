/**
 * The back office's areas, in sidebar order, with what each is for. The placeholder pages of the
 * areas not built yet show the same purpose, so the two never disagree.
 */
export type AreaKey =
  | "dashboard"
  | "notifications"
  | "tasks"
  | "charges"
  | "movements"
  | "approvals"
  | "bankAccounts"
  | "reconciliation"
  | "periods"
  | "ledger"
  | "reports"
  | "audit"
  | "settings";

export interface Area {
  key: AreaKey;
  label: string;
  href: string;
  purpose: string;
  /** Sub-pages shown under the area in the sidebar. */
  children?: { label: string; href: string }[];
}

export const areas: readonly Area[] = [
  { key: "dashboard", label: "Dashboard", href: "/dashboard", purpose: "Your organization at a glance." },
  {
    key: "notifications",
    label: "Notifications",
    href: "/notifications",
    purpose: "What happened to the things you asked for or need to decide: approvals needed, approvals given, rejections.",
  },
  {
    key: "tasks",
    label: "Tasks",
    href: "/tasks",
    purpose: "Follow-ups assigned to you or to your role, such as revising a rejected movement or reviewing a large payment.",
  },
  {
    key: "charges",
    label: "Charges",
    href: "/charges",
    purpose: "Charge customers for what they owe: draft, issue (posting to the ledger), record the payments received, or void.",
    children: [{ label: "Customers", href: "/charges/customers" }],
  },
  {
    key: "movements",
    label: "Movements",
    href: "/movements",
    purpose: "Pay vendors and transfer between the organization's bank accounts, approved by one or two people depending on the amount before they post.",
    children: [{ label: "Vendors", href: "/movements/vendors" }],
  },
  {
    key: "approvals",
    label: "Approvals",
    href: "/approvals",
    purpose: "Review and approve the movements that need sign-off before they are posted, by one or two approvers depending on the amount.",
  },
  {
    key: "bankAccounts",
    label: "Bank accounts",
    href: "/bank-accounts",
    purpose: "The organization's bank accounts: their ledger balance, their last statement and the lines left to reconcile; import statement files (camt.053, OFX, MT940, CSV).",
  },
  {
    key: "reconciliation",
    label: "Reconciliation",
    href: "/reconciliation",
    purpose: "Match bank statement lines to the movements on bank accounts and explain any difference.",
  },
  {
    key: "periods",
    label: "Periods",
    href: "/periods",
    purpose: "Open and close accounting periods, so that a closed month's books can no longer change.",
  },
  {
    key: "ledger",
    label: "Ledger",
    href: "/ledger",
    purpose: "The double-entry ledger: the chart of accounts, journal entries and account balances.",
    children: [
      { label: "Chart of accounts", href: "/ledger/accounts" },
      { label: "New journal entry", href: "/ledger/new" },
    ],
  },
  {
    key: "reports",
    label: "Reports",
    href: "/reports",
    purpose: "Trial balance, balance sheet and profit and loss, computed from the posted ledger.",
  },
  {
    key: "audit",
    label: "Audit",
    href: "/audit",
    purpose: "Who changed what, and when: every change in Closebook records an audit event.",
  },
  {
    key: "settings",
    label: "Settings",
    href: "/settings",
    purpose: "The organization's approval policy: how many approvals, and from whom, movements need at each amount.",
    children: [
      { label: "Members", href: "/settings/members" },
      { label: "Formats", href: "/settings/formats" },
    ],
  },
];

export function area(key: AreaKey): Area {
  const found = areas.find((a) => a.key === key);
  if (!found) throw new Error(`Unknown area ${key}`);
  return found;
}
