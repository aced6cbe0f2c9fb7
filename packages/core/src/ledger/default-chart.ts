import type { CreateAccountInput } from "../use-cases/create-account";

/**
 * The chart of accounts every new organization starts with (and the demo organization is
 * seeded with): banks, receivables and payables, VAT, equity, revenue and expenses, in the
 * organization's base currency, plus one bank account in a second currency (USD, or EUR for an
 * organization keeping its books in USD).
 */
export function defaultChartOfAccounts(baseCurrency = "EUR"): CreateAccountInput[] {
  const base = baseCurrency;
  const foreign = base === "USD" ? "EUR" : "USD";
  return [
    { code: "1010", name: "Operating bank account", type: "asset", currency: base, isBankAccount: true, minimumBalanceMinor: 5_000_00n, minimumBalancePolicy: "warn" },
    { code: "1020", name: "Payroll bank account", type: "asset", currency: base, isBankAccount: true },
    { code: "1030", name: "Savings account", type: "asset", currency: base, isBankAccount: true, minimumBalanceMinor: 10_000_00n, minimumBalancePolicy: "block" },
    { code: "1040", name: `${foreign} bank account`, type: "asset", currency: foreign, isBankAccount: true },
    { code: "1100", name: "Accounts receivable", type: "asset", currency: base },
    { code: "1200", name: "Input VAT receivable", type: "asset", currency: base },
    { code: "2000", name: "Accounts payable", type: "liability", currency: base },
    { code: "2100", name: "Output VAT payable", type: "liability", currency: base },
    { code: "2200", name: "Accrued expenses", type: "liability", currency: base },
    { code: "3000", name: "Share capital", type: "equity", currency: base },
    { code: "3100", name: "Retained earnings", type: "equity", currency: base },
    { code: "4000", name: "Sales revenue", type: "revenue", currency: base },
    { code: "4100", name: "Service revenue", type: "revenue", currency: base },
    { code: "5000", name: "Cost of goods sold", type: "expense", currency: base },
    { code: "6000", name: "Salaries and wages", type: "expense", currency: base },
    { code: "6100", name: "Rent", type: "expense", currency: base },
    { code: "6200", name: "Software subscriptions", type: "expense", currency: base },
    { code: "6300", name: "Bank fees", type: "expense", currency: base },
    { code: "6400", name: "Travel", type: "expense", currency: base },
  ];
}
