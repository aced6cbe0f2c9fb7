/**
 * What a browser test needs, created by the test itself through core's use cases (never by
 * reading the demo data): an organization of its own with one person per role (signed up with
 * better-auth, as the demo people are), its opening balances and counterparties, and helpers for
 * the charges and movements a test starts from. Names are unique per organization, so tests run
 * alone, in any order, and again on the same database.
 *
 * `useFixtures()` at the top of a test file opens the connection and closes it after the file.
 */
import { randomUUID } from "node:crypto";
import { createServerDependencies, type ApiDependencies } from "@closebook/api";
import {
  acceptInvitation,
  approveMovement,
  cancelMovement,
  createAccount,
  createCharge,
  createCounterparty,
  createOrganization,
  inviteMember,
  issueCharge,
  postManualJournalEntry,
  recordChargePayment,
  rejectMovement,
  requestMovement,
  type Actor,
  type CreateAccountInput,
  type Role,
} from "@closebook/core";
import { afterAll, inject } from "vitest";
import "./provided-context";
import { demoPassword } from "./session";

/** The people of a fixture organization, with the demo people's names (the pages greet them by name). */
const people = {
  admin: { name: "Ada Admin", role: "admin" },
  controller: { name: "Carla Controller", role: "controller" },
  approver: { name: "Arun Approver", role: "approver" },
  approver2: { name: "Beth Approver", role: "approver" },
  clerk: { name: "Kim Clerk", role: "clerk" },
  viewer: { name: "Victor Viewer", role: "viewer" },
} as const satisfies Record<string, { name: string; role: Role }>;

export type Person = keyof typeof people;

export interface FixtureOrganization {
  id: string;
  name: string;
  /** Each person's e-mail (unique to this organization; the password is the demo one). */
  email: Record<Person, string>;
  actor(person: Person): Actor;
  accountId(code: string): Promise<string>;
  counterpartyId(name: string): string;
}

let deps: ApiDependencies | undefined;

/** Opens the fixtures' connection to the app's database for this test file (closed after it). */
export function useFixtures(): void {
  afterAll(async () => {
    await deps?.db.close();
    deps = undefined;
  });
}

function database(): ApiDependencies {
  deps ??= createServerDependencies({ ...process.env, NODE_ENV: "test", DATABASE_URL: inject("e2eDatabaseUrl"), DATABASE_POOL_SIZE: "2" });
  return deps;
}

/** A short unique tag for names and e-mails. */
export function uniqueTag(): string {
  return randomUUID().replaceAll("-", "").slice(0, 8);
}

/** A user signed up with the demo password (e-mail verified, as the demo users are). */
export async function createUser(email: string, name: string): Promise<string> {
  const { db, auth } = database();
  const signUp = await auth.api.signUpEmail({ body: { email, password: demoPassword, name } });
  await db.prisma.user.update({ where: { id: signUp.user.id }, data: { emailVerified: true } });
  return signUp.user.id;
}

export interface FixtureOptions {
  /** The organization's name ("E2E Trading <tag>" when not given). */
  name?: string;
  /** The founding admin, when it is an existing user (for a second organization of the same admin). */
  admin?: { userId: string; email: string };
  /** Extra accounts to open besides the default chart. */
  accounts?: CreateAccountInput[];
}

/**
 * A new organization (default chart in EUR) with one member per role, opening balances of
 * 250,000.00 EUR in 1010, 60,000.00 in 1020 and 40,000.00 in 1030 (share capital 350,000.00) and
 * three customers and three vendors.
 */
export async function createFixtureOrganization(options: FixtureOptions = {}): Promise<FixtureOrganization> {
  const { db } = database();
  const tag = uniqueTag();
  const name = options.name ?? `E2E Trading ${tag}`;
  const email = Object.fromEntries(Object.keys(people).map((person) => [person, `${person}-${tag}@e2e.closebook.dev`])) as Record<Person, string>;
  const userIds = {} as Record<Person, string>;
  if (options.admin) {
    userIds.admin = options.admin.userId;
    email.admin = options.admin.email;
  } else {
    userIds.admin = await createUser(email.admin, people.admin.name);
  }
  const founded = await createOrganization(db, { userId: userIds.admin, requestId: "e2e-fixture" }, { name, baseCurrency: "EUR" });
  const id = founded.state.id;
  const actor = (person: Person): Actor => ({ userId: userIds[person], organizationId: id, role: people[person].role, requestId: "e2e-fixture" });
  for (const person of Object.keys(people) as Person[]) {
    if (person === "admin") continue;
    userIds[person] = await createUser(email[person], people[person].name);
    const invitation = await inviteMember(db, actor("admin"), { email: email[person], role: people[person].role });
    await acceptInvitation(db, { userId: userIds[person], requestId: "e2e-fixture" }, { invitationId: invitation.state.id });
  }
  for (const account of options.accounts ?? []) await createAccount(db, actor("admin"), account);

  const accountIds = new Map<string, string>();
  const accountId = async (code: string) => {
    const known = accountIds.get(code);
    if (known) return known;
    const found = await db.read.accounts.findByCode(id, code);
    if (!found) throw new Error(`No account ${code} in ${name}`);
    accountIds.set(code, found.id);
    return found.id;
  };
  const counterparties = new Map<string, string>();
  const organization: FixtureOrganization = {
    id,
    name,
    email,
    actor,
    accountId,
    counterpartyId: (counterparty) => counterparties.get(counterparty) ?? "",
  };

  await postManualJournalEntry(db, actor("controller"), {
    effectiveDate: new Date(),
    memo: "Opening balances: share capital paid in",
    lines: [
      { accountId: await accountId("1010"), debitMinor: 250_000_00n },
      { accountId: await accountId("1020"), debitMinor: 60_000_00n },
      { accountId: await accountId("1030"), debitMinor: 40_000_00n },
      { accountId: await accountId("3000"), creditMinor: 350_000_00n },
    ],
  });
  for (const [kind, names] of [
    ["customer", ["Contoso Retail GmbH", "Fabrikam Logistics BV", "Tailspin Toys SA"]],
    ["vendor", ["Acme Office Supplies", "Globex Cloud Services", "Initech Facilities"]],
  ] as const) {
    for (const counterparty of names) {
      const created = await createCounterparty(db, actor("admin"), { kind, name: counterparty, email: `billing@${counterparty.split(" ")[0]?.toLowerCase() ?? "x"}.example` });
      counterparties.set(counterparty, created.state.id);
    }
  }
  return organization;
}

/** A charge in EUR (1100 receivable, 4100 service revenue): a draft, or issued and paid `paidMinor` (by a bank transfer `reference`). */
export async function createFixtureCharge(
  organization: FixtureOrganization,
  input: { customer: string; description: string; amountMinor: bigint; issue?: boolean; paidMinor?: bigint; reference?: string },
): Promise<{ id: string; number: string | null }> {
  const { db } = database();
  const controller = organization.actor("controller");
  const created = await createCharge(db, controller, {
    customerId: organization.counterpartyId(input.customer),
    description: input.description,
    currency: "EUR",
    amountMinor: input.amountMinor,
    receivableAccountId: await organization.accountId("1100"),
    revenueAccountId: await organization.accountId("4100"),
  });
  if (!input.issue) return { id: created.state.id, number: null };
  const issued = await issueCharge(db, controller, { chargeId: created.state.id });
  if (input.paidMinor) {
    await recordChargePayment(db, controller, {
      chargeId: created.state.id,
      reference: input.reference ?? `BANK-E2E-${uniqueTag()}`,
      amountMinor: input.paidMinor,
      bankAccountId: await organization.accountId("1010"),
    });
  }
  return { id: created.state.id, number: issued.state.number };
}

/**
 * The old demo organization's activity: "Consulting, October" issued and partly paid (5,000.00),
 * "Freight management subscription, Q4" issued, "Toy fair stand design" a draft.
 */
export async function addDemoLikeCharges(organization: FixtureOrganization): Promise<void> {
  await createFixtureCharge(organization, { customer: "Contoso Retail GmbH", description: "Consulting, October", amountMinor: 12_400_00n, issue: true, paidMinor: 5_000_00n });
  await createFixtureCharge(organization, { customer: "Fabrikam Logistics BV", description: "Freight management subscription, Q4", amountMinor: 4_800_00n, issue: true });
  await createFixtureCharge(organization, { customer: "Tailspin Toys SA", description: "Toy fair stand design", amountMinor: 7_950_00n });
}

/**
 * A movement `requester` asks for (a vendor payment to `vendor` against 2000, or a transfer to
 * `to`), from 1010 unless `from` says otherwise, then approved by each of `approvers` in turn
 * (and cancelled, or rejected by `reject.by` with its reason).
 */
export async function createFixtureMovement(
  organization: FixtureOrganization,
  input: { requester: Person; description: string; amountMinor: bigint; vendor?: string; from?: string; to?: string; approvers?: Person[]; cancel?: boolean; reject?: { by: Person; reason: string } },
): Promise<{ id: string; number: string; url: string; warnings: string[] }> {
  const { db } = database();
  const requested = await requestMovement(db, organization.actor(input.requester), {
    kind: input.vendor ? "vendor_payment" : "transfer",
    description: input.description,
    amountMinor: input.amountMinor,
    sourceAccountId: await organization.accountId(input.from ?? "1010"),
    destinationAccountId: await organization.accountId(input.to ?? "2000"),
    counterpartyId: input.vendor ? organization.counterpartyId(input.vendor) : null,
  });
  for (const approver of input.approvers ?? []) await approveMovement(db, organization.actor(approver), { movementId: requested.state.id });
  if (input.cancel) await cancelMovement(db, organization.actor(input.requester), { movementId: requested.state.id });
  if (input.reject) await rejectMovement(db, organization.actor(input.reject.by), { movementId: requested.state.id, reason: input.reject.reason });
  return { id: requested.state.id, number: requested.state.number, url: `/movements/${requested.state.id}`, warnings: requested.warnings.map((w) => w.message) };
}

/** Opens an account (as the organization's admin). */
export async function createFixtureAccount(organization: FixtureOrganization, input: CreateAccountInput): Promise<void> {
  await createAccount(database().db, organization.actor("admin"), input);
}
