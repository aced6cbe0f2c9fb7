/**
 * The back office's areas, in sidebar order, with what each is for. The placeholder pages of the
 * areas not built yet show the same purpose, so the two never disagree.
 */
export type AreaKey = "dashboard" | "charges" | "movements" | "approvals" | "reconciliation" | "periods" | "ledger" | "reports" | "audit" | "settings";

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
    key: "charges",
    label: "Charges",
    href: "/charges",
    purpose: "Record what is owed to and by the organization (customer charges, supplier bills, fees), each posting to the ledger.",
  },
  {
    key: "movements",
    label: "Movements",
    href: "/movements",
    purpose: "Move money between accounts (payments, receipts and transfers), checked against each account's minimum-balance policy.",
  },
  {
    key: "approvals",
    label: "Approvals",
    href: "/approvals",
    purpose: "Review and approve the movements that need sign-off before they are posted, by one or two approvers depending on the amount.",
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
    children: [{ label: "Chart of accounts", href: "/ledger/accounts" }],
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
    purpose: "The organization's details, its members and their roles.",
  },
];

export function area(key: AreaKey): Area {
  const found = areas.find((a) => a.key === key);
  if (!found) throw new Error(`Unknown area ${key}`);
  return found;
}
