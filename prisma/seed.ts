/**
 * Demo data, safe to run again: one organization, one user per role (two approvers, so a
 * payment in the two-approver band can be approved end to end), and a chart of accounts.
 */
import { randomUUID } from "node:crypto";
import type { ApiDependencies } from "@closebook/api";
import {
  createAccount,
  createCharge,
  createCounterparty,
  issueCharge,
  postManualJournalEntry,
  recordChargePayment,
  type Actor,
  type CreateAccountInput,
  type Role,
} from "@closebook/core";

export const demoPassword = "closebook-demo-2026";

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: "admin@closebook.dev", name: "Ada Admin", role: "admin" },
  { email: "controller@closebook.dev", name: "Carla Controller", role: "controller" },
  { email: "approver@closebook.dev", name: "Arun Approver", role: "approver" },
  { email: "approver2@closebook.dev", name: "Beth Approver", role: "approver" },
  { email: "clerk@closebook.dev", name: "Kim Clerk", role: "clerk" },
  { email: "viewer@closebook.dev", name: "Victor Viewer", role: "viewer" },
];

const eur = "EUR";
const chartOfAccounts: CreateAccountInput[] = [
  { code: "1010", name: "Operating bank account", type: "asset", currency: eur, isBankAccount: true, minimumBalanceMinor: 5_000_00n, minimumBalancePolicy: "warn" },
  { code: "1020", name: "Payroll bank account", type: "asset", currency: eur, isBankAccount: true },
  { code: "1030", name: "Savings account", type: "asset", currency: eur, isBankAccount: true, minimumBalanceMinor: 10_000_00n, minimumBalancePolicy: "block" },
  { code: "1040", name: "USD bank account", type: "asset", currency: "USD", isBankAccount: true },
  { code: "1100", name: "Accounts receivable", type: "asset", currency: eur },
  { code: "1200", name: "Input VAT receivable", type: "asset", currency: eur },
  { code: "2000", name: "Accounts payable", type: "liability", currency: eur },
  { code: "2100", name: "Output VAT payable", type: "liability", currency: eur },
  { code: "2200", name: "Accrued expenses", type: "liability", currency: eur },
  { code: "3000", name: "Share capital", type: "equity", currency: eur },
  { code: "3100", name: "Retained earnings", type: "equity", currency: eur },
  { code: "4000", name: "Sales revenue", type: "revenue", currency: eur },
  { code: "4100", name: "Service revenue", type: "revenue", currency: eur },
  { code: "5000", name: "Cost of goods sold", type: "expense", currency: eur },
  { code: "6000", name: "Salaries and wages", type: "expense", currency: eur },
  { code: "6100", name: "Rent", type: "expense", currency: eur },
  { code: "6200", name: "Software subscriptions", type: "expense", currency: eur },
  { code: "6300", name: "Bank fees", type: "expense", currency: eur },
  { code: "6400", name: "Travel", type: "expense", currency: eur },
];

export const demoOrganization = { name: "Northwind Trading Ltd", slug: "northwind" };

/** Seeds what is missing; returns whether the organization was created now. */
export async function seedDemoData({ db, auth }: ApiDependencies): Promise<boolean> {
  const prisma = db.prisma;
  let organization = await prisma.organization.findUnique({ where: { slug: demoOrganization.slug } });
  const created = !organization;
  organization ??= await prisma.organization.create({ data: { id: randomUUID(), ...demoOrganization } });

  for (const user of demoUsers) {
    let existing = await prisma.user.findUnique({ where: { email: user.email } });
    if (!existing) {
      const signUp = await auth.api.signUpEmail({ body: { email: user.email, password: demoPassword, name: user.name } });
      existing = await prisma.user.update({ where: { id: signUp.user.id }, data: { emailVerified: true } });
    }
    await prisma.member.upsert({
      where: { organizationId_userId: { organizationId: organization.id, userId: existing.id } },
      create: { id: randomUUID(), organizationId: organization.id, userId: existing.id, role: user.role },
      update: {},
    });
  }

  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@closebook.dev" } });
  const actor = { userId: admin.id, organizationId: organization.id, role: "admin" as const, requestId: "seed" };
  const deps = { db, auth };
  for (const account of chartOfAccounts) {
    if (await db.read.accounts.findByCode(organization.id, account.code)) continue;
    await createAccount(db, actor, account);
  }
  if (created) await seedActivity(deps, actor);
  return created;
}

/** A little history on first start: opening capital, customers and vendors, charges. */
async function seedActivity({ db }: ApiDependencies, admin: Actor & { role: "admin" }) {
  const id = async (code: string) => (await db.read.accounts.findByCode(admin.organizationId, code))?.id ?? "";
  const today = new Date();
  const key = (name: string) => `seed-${admin.organizationId}-${name}`;
  await postManualJournalEntry(
    db,
    admin,
    {
      effectiveDate: today,
      memo: "Opening balances: share capital paid in",
      lines: [
        { accountId: await id("1010"), debitMinor: 250_000_00n },
        { accountId: await id("1020"), debitMinor: 60_000_00n },
        { accountId: await id("1030"), debitMinor: 40_000_00n },
        { accountId: await id("3000"), creditMinor: 350_000_00n },
      ],
    },
    { idempotencyKey: key("opening") },
  );
  const customers: string[] = [];
  for (const name of ["Contoso Retail GmbH", "Fabrikam Logistics BV", "Tailspin Toys SA"]) {
    customers.push((await createCounterparty(db, admin, { kind: "customer", name, email: `billing@${name.split(" ")[0]?.toLowerCase()}.example` }, { idempotencyKey: key(name) })).state.id);
  }
  for (const name of ["Acme Office Supplies", "Globex Cloud Services", "Initech Facilities"]) {
    await createCounterparty(db, admin, { kind: "vendor", name, email: `ar@${name.split(" ")[0]?.toLowerCase()}.example` }, { idempotencyKey: key(name) });
  }
  const charges: [number, string, bigint][] = [
    [0, "Consulting, October", 12_400_00n],
    [1, "Freight management subscription, Q4", 4_800_00n],
    [2, "Toy fair stand design", 7_950_00n],
  ];
  for (const [index, [customer, description, amountMinor]] of charges.entries()) {
    const charge = await createCharge(
      db,
      admin,
      { customerId: customers[customer] ?? "", description, currency: "EUR", amountMinor, receivableAccountId: await id("1100"), revenueAccountId: await id("4100") },
      { idempotencyKey: key(`charge-${index}`) },
    );
    if (index < 2) await issueCharge(db, admin, { chargeId: charge.state.id }, { idempotencyKey: key(`issue-${index}`) });
    if (index === 0) {
      await recordChargePayment(
        db,
        admin,
        { chargeId: charge.state.id, reference: "BANK-2026-0001", amountMinor: 5_000_00n, bankAccountId: await id("1010") },
        { idempotencyKey: key("payment-0") },
      );
    }
  }
}
