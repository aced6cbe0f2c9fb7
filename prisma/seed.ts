/**
 * Demo data, safe to run again: one organization, one user per role (two approvers, so a
 * payment in the two-approver band can be approved end to end), and a chart of accounts; and a
 * second organization, Contoso Holdings GmbH, of which the admin and the controller are members
 * too, so that switching and the isolation of the two are visible.
 */
import { randomUUID } from "node:crypto";
import type { ApiDependencies } from "@closebook/api";
import {
  createAccount,
  createCharge,
  acceptInvitation,
  createCounterparty,
  createOrganization,
  defaultChartOfAccounts,
  inviteMember,
  invitationsPendingAt,
  issueCharge,
  postManualJournalEntry,
  recordChargePayment,
  type Actor,
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

const chartOfAccounts = defaultChartOfAccounts("EUR");

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
  await seedSecondOrganization(deps);
  return created;
}

export const secondDemoOrganization = { name: "Contoso Holdings GmbH", slug: "contoso-holdings" };

/**
 * The second organization, founded through the product's own use cases: the admin creates it
 * (default chart), adds two accounts of its own, posts a few entries, and invites the controller,
 * who accepts. Each step is skipped (or replayed by its idempotency key) when already done.
 */
async function seedSecondOrganization({ db }: ApiDependencies): Promise<void> {
  const prisma = db.prisma;
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@closebook.dev" } });
  const controller = await prisma.user.findUniqueOrThrow({ where: { email: "controller@closebook.dev" } });
  let organization = await prisma.organization.findUnique({ where: { slug: secondDemoOrganization.slug } });
  const created = !organization;
  if (!organization) {
    const founded = await createOrganization(db, { userId: admin.id, requestId: "seed" }, { ...secondDemoOrganization, baseCurrency: "EUR", ledgerStartsOn: `${new Date().getUTCFullYear()}-01-01` });
    organization = await prisma.organization.findUniqueOrThrow({ where: { id: founded.state.id } });
  }
  const actor = { userId: admin.id, organizationId: organization.id, role: "admin" as const, requestId: "seed" };
  for (const account of [
    { code: "1500", name: "Investments in subsidiaries", type: "asset", currency: "EUR" },
    { code: "4500", name: "Management fee income", type: "revenue", currency: "EUR" },
  ] as const) {
    if (!(await db.read.accounts.findByCode(organization.id, account.code))) await createAccount(db, actor, account);
  }
  if (!(await db.read.memberships.roleOf(organization.id, controller.id))) {
    const pending = await db.read.invitations.findPendingForEmail(organization.id, controller.email, invitationsPendingAt());
    const invitation = pending ?? (await inviteMember(db, actor, { email: controller.email, role: "controller" })).state;
    await acceptInvitation(db, { userId: controller.id, requestId: "seed" }, { invitationId: invitation.id });
  }
  if (created) await seedSecondActivity(db, actor);
}

async function seedSecondActivity(db: ApiDependencies["db"], admin: Actor & { role: "admin" }) {
  const id = async (code: string) => (await db.read.accounts.findByCode(admin.organizationId, code))?.id ?? "";
  const key = (name: string) => `seed-${admin.organizationId}-${name}`;
  const today = new Date();
  await postManualJournalEntry(
    db,
    admin,
    {
      effectiveDate: today,
      memo: "Opening balances: share capital paid in",
      lines: [
        { accountId: await id("1010"), debitMinor: 120_000_00n },
        { accountId: await id("3000"), creditMinor: 120_000_00n },
      ],
    },
    { idempotencyKey: key("opening") },
  );
  await postManualJournalEntry(
    db,
    admin,
    {
      effectiveDate: today,
      memo: "Acquisition of a 60% stake in Fabrikam Logistics BV",
      lines: [
        { accountId: await id("1500"), debitMinor: 75_000_00n },
        { accountId: await id("1010"), creditMinor: 75_000_00n },
      ],
    },
    { idempotencyKey: key("investment") },
  );
  const subsidiary = await createCounterparty(db, admin, { kind: "customer", name: "Fabrikam Logistics BV", email: "finance@fabrikam.example" }, { idempotencyKey: key("fabrikam") });
  const charge = await createCharge(
    db,
    admin,
    { customerId: subsidiary.state.id, description: "Group management fee, Q4", currency: "EUR", amountMinor: 9_000_00n, receivableAccountId: await id("1100"), revenueAccountId: await id("4500") },
    { idempotencyKey: key("fee") },
  );
  await issueCharge(db, admin, { chargeId: charge.state.id }, { idempotencyKey: key("fee-issue") });
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
