/**
 * Demo data a newcomer can learn from: a year of plausible history for two organizations,
 * written ONLY through core's use cases (and better-auth's sign-up for the people), so that it
 * never breaks a rule the product enforces.
 *
 * - Northwind Trading Ltd (EUR, the default approval bands): six people, one per role (two
 *   approvers); monthly rent, utilities, software and payroll across the past twelve months;
 *   charges in every state (draft, issued, partly paid, paid, overdue, void); movements posted,
 *   rejected and cancelled, and four pending ones: one waiting for each approver, one waiting for
 *   a controller and a small one either approver can take; tasks and notifications for each role
 *   that acts.
 * - Contoso Holdings GmbH (CHF, its own approval bands): the admin and the controller; a holding
 *   company's year of management fees, rent and an investment.
 *
 * Deterministic: amounts come from a pseudo-random generator with a fixed seed, dates are counted
 * back from today. Safe to run again: an organization that exists is left as it is (only missing
 * demo users are added); `pnpm db:seed --reset` empties the database and builds it anew.
 */
import type { ApiDependencies } from "@closebook/api";
import {
  acceptInvitation,
  addDays,
  approveMovement,
  cancelMovement,
  checkChargeOverdue,
  completeTask,
  createAccount,
  createBankAccount,
  createCharge,
  createCounterparty,
  createOrganization,
  formatDate,
  inviteMember,
  issueCharge,
  listTasks,
  markNotificationsRead,
  postManualJournalEntry,
  recordChargePayment,
  rejectMovement,
  requestMovement,
  reverseJournalEntry,
  today as todayUtc,
  updateApprovalPolicy,
  voidCharge,
  type Actor,
  type Role,
} from "@closebook/core";

import { demoStatementFiles, importDemoStatements, northwindCurrentMonth, type CurrentMonthExtras } from "./demo-statements";

type Db = ApiDependencies["db"];

export const demoPassword = "closebook-demo-2026";

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: "admin@closebook.dev", name: "Ada Admin", role: "admin" },
  { email: "controller@closebook.dev", name: "Carla Controller", role: "controller" },
  { email: "approver@closebook.dev", name: "Arun Approver", role: "approver" },
  { email: "approver2@closebook.dev", name: "Beth Approver", role: "approver" },
  { email: "clerk@closebook.dev", name: "Kim Clerk", role: "clerk" },
  { email: "viewer@closebook.dev", name: "Victor Viewer", role: "viewer" },
];

export const demoOrganization = { name: "Northwind Trading Ltd", slug: "northwind", baseCurrency: "EUR" };
export const secondDemoOrganization = { name: "Contoso Holdings GmbH", slug: "contoso-holdings", baseCurrency: "CHF" };
/** The people of Contoso besides its founder, the admin. */
const contosoMembers: { email: string; role: Role }[] = [{ email: "controller@closebook.dev", role: "controller" }];

/** What a seed run built (zero for an organization that was already there). */
export interface SeedSummary {
  organizationsCreated: string[];
  usersCreated: number;
  useCaseCalls: number;
}

/** mulberry32: a small deterministic pseudo-random generator. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The first day of the month `monthsBack` months before `day`'s month (UTC). */
function monthStart(day: Date, monthsBack: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - monthsBack, 1));
}

/** `day` of the month starting at `start`, or null when that date is after `today`. */
function dayOf(start: Date, day: number, today: Date): Date | null {
  const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), day));
  return date > today ? null : date;
}

const monthName = (date: Date) => date.toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** Seeds what is missing; returns what it built. `today` is for tests (default: today, UTC). */
export async function seedDemoData({ db, auth }: ApiDependencies, options: { today?: Date } = {}): Promise<SeedSummary> {
  const today = options.today ?? todayUtc();
  const summary: SeedSummary = { organizationsCreated: [], usersCreated: 0, useCaseCalls: 0 };
  const users = new Map<string, string>();
  for (const user of demoUsers) {
    let existing = await db.prisma.user.findUnique({ where: { email: user.email } });
    if (!existing) {
      const signUp = await auth.api.signUpEmail({ body: { email: user.email, password: demoPassword, name: user.name } });
      existing = await db.prisma.user.update({ where: { id: signUp.user.id }, data: { emailVerified: true } });
      summary.usersCreated++;
    }
    users.set(user.email, existing.id);
  }
  const userId = (email: string) => users.get(email) ?? "";

  for (const organization of [demoOrganization, secondDemoOrganization]) {
    if (await db.prisma.organization.findUnique({ where: { slug: organization.slug } })) continue;
    const seeder = new Seeder(db, today, summary);
    const founded = await seeder.call(() =>
      createOrganization(db, { userId: userId("admin@closebook.dev"), requestId: "seed" }, { ...organization, ledgerStartsOn: formatDate(monthStart(today, 12)) }),
    );
    const organizationId = founded.state.id;
    const actors = new Map<string, Actor>([["admin@closebook.dev", { userId: userId("admin@closebook.dev"), organizationId, role: "admin", requestId: "seed" }]]);
    const admin = actors.get("admin@closebook.dev") as Actor;
    const members = organization === demoOrganization ? demoUsers.filter((u) => u.role !== "admin") : contosoMembers;
    for (const member of members) {
      const invitation = await seeder.call(() => inviteMember(db, admin, { email: member.email, role: member.role }));
      await seeder.call(() => acceptInvitation(db, { userId: userId(member.email), requestId: "seed" }, { invitationId: invitation.state.id }));
      actors.set(member.email, { userId: userId(member.email), organizationId, role: member.role, requestId: "seed" });
    }
    const as = (email: string) => actors.get(email) as Actor;
    if (organization === demoOrganization) await seedNorthwind(seeder, as);
    else await seedContoso(seeder, as);
    summary.organizationsCreated.push(organization.name);
  }
  return summary;
}

/** The helpers each organization's history is written with. */
class Seeder {
  readonly random = randomGenerator(20_260_101);
  private accounts = new Map<string, string>();
  private counterparties = new Map<string, string>();
  private bankAccounts = new Map<string, string>();
  private paymentNumber = 0;
  /** Every charge issued, for the overdue checks at the end. */
  readonly issued: string[] = [];

  constructor(
    readonly db: Db,
    readonly today: Date,
    private summary: SeedSummary,
  ) {}

  /** Runs one use case (counted for the summary). */
  async call<T>(run: () => Promise<T>): Promise<T> {
    this.summary.useCaseCalls++;
    return run();
  }

  /** A whole amount of minor units between `low` and `high` major units, rounded to `step` major units. */
  amount(low: number, high: number, step = 1): bigint {
    const major = Math.round((low + this.random() * (high - low)) / step) * step;
    return BigInt(major) * 100n;
  }

  async account(actor: Actor, code: string): Promise<string> {
    const known = this.accounts.get(code);
    if (known) return known;
    const found = await this.db.read.accounts.findByCode(actor.organizationId, code);
    if (!found) throw new Error(`The demo chart has no account ${code}.`);
    this.accounts.set(code, found.id);
    return found.id;
  }

  async openAccount(actor: Actor, input: Parameters<typeof createAccount>[2]): Promise<void> {
    const opened = await this.call(() => createAccount(this.db, actor, input));
    this.accounts.set(opened.state.code, opened.state.id);
  }

  /** Makes a ledger account of the chart a bank account with the bank's details. */
  async bankAccount(actor: Actor, code: string, details: Omit<Parameters<typeof createBankAccount>[2], "accountId" | "code">): Promise<void> {
    const accountId = await this.account(actor, code);
    const created = await this.call(() => createBankAccount(this.db, actor, { ...details, accountId }));
    this.bankAccounts.set(code, created.state.id);
  }

  /** The bank's statements of the ledger account `code` (see demo-statements.ts), uploaded by `actor`. */
  async statements(actor: Actor, code: string, extras?: CurrentMonthExtras): Promise<void> {
    const bankAccountId = this.bankAccounts.get(code);
    if (!bankAccountId) throw new Error(`The demo has no bank account on ${code}.`);
    const files = await demoStatementFiles(this.db, actor.organizationId, bankAccountId, this.today, extras);
    await importDemoStatements(this.db, actor, bankAccountId, files, (run) => this.call(run));
  }

  async counterparty(actor: Actor, kind: "customer" | "vendor", name: string): Promise<string> {
    const domain = name.split(" ")[0]?.toLowerCase() ?? "example";
    const created = await this.call(() => createCounterparty(this.db, actor, { kind, name, email: `${kind === "customer" ? "billing" : "ar"}@${domain}.example` }));
    this.counterparties.set(name, created.state.id);
    return created.state.id;
  }

  counterpartyId(name: string): string {
    return this.counterparties.get(name) ?? "";
  }

  /** A charge drafted on `date`, then issued (unless `draft`), then paid by `payments`. */
  async charge(
    actor: Actor,
    input: { customer: string; description: string; amountMinor: bigint; currency: string; revenue: string; issueDate: Date; termsDays?: number; draft?: boolean },
    payments: { amountMinor: bigint; receivedOn: Date }[] = [],
  ): Promise<string> {
    const created = await this.call(async () =>
      createCharge(this.db, actor, {
        customerId: this.counterpartyId(input.customer),
        description: input.description,
        currency: input.currency,
        amountMinor: input.amountMinor,
        receivableAccountId: await this.account(actor, "1100"),
        revenueAccountId: await this.account(actor, input.revenue),
      }),
    );
    if (input.draft) return created.state.id;
    await this.call(() => issueCharge(this.db, actor, { chargeId: created.state.id, issueDate: input.issueDate, paymentTermsDays: input.termsDays ?? 30 }));
    this.issued.push(created.state.id);
    for (const payment of payments) {
      if (payment.receivedOn > this.today) continue;
      this.paymentNumber++;
      const reference = `BANK-${formatDate(payment.receivedOn).replaceAll("-", "")}-${String(this.paymentNumber).padStart(4, "0")}`;
      await this.call(async () =>
        recordChargePayment(this.db, actor, { chargeId: created.state.id, reference, amountMinor: payment.amountMinor, bankAccountId: await this.account(actor, "1010"), receivedOn: payment.receivedOn }),
      );
    }
    return created.state.id;
  }

  /** A movement requested by `requester` on `date`, then approved by each of `approvers` in turn. */
  async movement(
    requester: Actor,
    input: { kind: "vendor_payment" | "transfer"; description: string; amountMinor: bigint; from: string; to: string; vendor?: string; date: Date },
    approvers: Actor[] = [],
  ): Promise<string> {
    const requested = await this.call(async () =>
      requestMovement(this.db, requester, {
        kind: input.kind,
        description: input.description,
        amountMinor: input.amountMinor,
        sourceAccountId: await this.account(requester, input.from),
        destinationAccountId: await this.account(requester, input.to),
        counterpartyId: input.vendor ? this.counterpartyId(input.vendor) : null,
        effectiveDate: input.date,
      }),
    );
    for (const approver of approvers) await this.call(() => approveMovement(this.db, approver, { movementId: requested.state.id }));
    return requested.state.id;
  }

  /** The controller closes the review tasks of large movements that have since been decided (as one does after approving). */
  async completeSettledReviews(controller: Actor): Promise<void> {
    const open = (await listTasks(this.db, controller, { status: "open", limit: 100 })).items.filter((t) => t.entityType === "movement" && t.title.startsWith("Review large payment"));
    for (const task of open) {
      const movement = await this.db.read.movements.findById(controller.organizationId, task.entityId);
      if (movement && movement.status !== "pending_approval") await this.call(() => completeTask(this.db, controller, { taskId: task.id }));
    }
  }

  /** A manual entry of `lines` ([account code, debit, credit]). */
  /** The overdue checks the worker runs the day after each due date: a clerks' task per open overdue charge. */
  async checkOverdue(organizationId: string): Promise<void> {
    for (const chargeId of this.issued) await checkChargeOverdue(this.db, { organizationId, chargeId }, this.today);
  }

  async entry(actor: Actor, date: Date, memo: string, lines: [string, bigint, bigint][]): Promise<string> {
    const resolved = await Promise.all(lines.map(async ([code, debitMinor, creditMinor]) => ({ accountId: await this.account(actor, code), debitMinor, creditMinor })));
    const posted = await this.call(() => postManualJournalEntry(this.db, actor, { effectiveDate: date, memo, lines: resolved }));
    return posted.state.id;
  }
}

type ActorOf = (email: string) => Actor;

/** Northwind Trading Ltd: a trading company's year in EUR. */
async function seedNorthwind(s: Seeder, as: ActorOf): Promise<void> {
  const admin = as("admin@closebook.dev");
  const controller = as("controller@closebook.dev");
  const approver = as("approver@closebook.dev");
  const approver2 = as("approver2@closebook.dev");
  const clerk = as("clerk@closebook.dev");
  const today = s.today;
  const start = monthStart(today, 12);

  await s.openAccount(admin, { code: "6500", name: "Utilities", type: "expense", currency: "EUR" });
  await s.openAccount(admin, { code: "4200", name: "Consulting revenue", type: "revenue", currency: "EUR" });
  await s.bankAccount(admin, "1010", { currency: "EUR", iban: "DE89370400440532013000", bic: "COBADEFFXXX", bankName: "Commerzbank", ownerUserId: clerk.userId });
  await s.bankAccount(admin, "1020", { currency: "EUR", iban: "DE02120300000000202051", bic: "BYLADEM1001", bankName: "Deutsche Kreditbank", ownerUserId: controller.userId });

  await s.entry(controller, start, "Opening balances: share capital paid in", [
    ["1010", 250_000_00n, 0n],
    ["1020", 60_000_00n, 0n],
    ["1030", 40_000_00n, 0n],
    ["3000", 0n, 350_000_00n],
  ]);
  const customers = ["Contoso Retail GmbH", "Fabrikam Logistics BV", "Tailspin Toys SA", "Wingtip Partners LLP", "Adatum Corporation"];
  for (const name of customers) await s.counterparty(clerk, "customer", name);
  for (const name of ["Acme Office Supplies", "Globex Cloud Services", "Initech Facilities", "Litware Energy", "Proseware Travel"]) await s.counterparty(clerk, "vendor", name);

  // Twelve months of routine: rent, utilities, software, payroll, and the month's invoicing.
  for (let back = 12; back >= 1; back--) {
    const month = monthStart(today, back);
    const label = monthName(month);
    const rentDay = dayOf(month, 1, today);
    if (rentDay) {
      await s.movement(clerk, { kind: "vendor_payment", description: `Office rent, ${label}`, amountMinor: 4_500_00n, from: "1010", to: "6100", vendor: "Initech Facilities", date: rentDay }, [approver, approver2]);
    }
    const utilitiesDay = dayOf(month, 8, today);
    if (utilitiesDay) {
      await s.movement(clerk, { kind: "vendor_payment", description: `Electricity and heating, ${label}`, amountMinor: s.amount(280, 760, 5), from: "1010", to: "6500", vendor: "Litware Energy", date: utilitiesDay }, [
        back % 2 === 0 ? approver : approver2,
      ]);
    }
    const softwareDay = dayOf(month, 12, today);
    if (softwareDay) {
      await s.movement(clerk, { kind: "vendor_payment", description: `Cloud and office software, ${label}`, amountMinor: s.amount(640, 980, 10), from: "1010", to: "6200", vendor: "Globex Cloud Services", date: softwareDay }, [
        back % 2 === 0 ? approver2 : approver,
      ]);
    }
    const payroll = s.amount(36_000, 39_000, 50);
    const fundingDay = dayOf(month, 24, today);
    if (fundingDay) {
      await s.movement(controller, { kind: "transfer", description: `Fund payroll, ${label}`, amountMinor: payroll, from: "1010", to: "1020", date: fundingDay }, [approver, approver2]);
    }
    const payday = dayOf(month, 25, today);
    if (payday) await s.entry(controller, payday, `Salaries, ${label}`, [["6000", payroll, 0n], ["1020", 0n, payroll]]);

    // Two or three charges a month, paid about a month later (the recent ones are still open).
    const invoices = 3;
    for (let i = 0; i < invoices; i++) {
      const customer = customers[(back * 3 + i) % customers.length] ?? "Contoso Retail GmbH";
      const issueDate = dayOf(month, 3 + i * 7, today);
      if (!issueDate) continue;
      const amountMinor = s.amount(9_000, 22_000, 50);
      const paidOn = addDays(issueDate, 20 + Math.floor(s.random() * 15));
      await s.charge(
        controller,
        { customer, description: `${i === 0 ? "Consulting" : i === 1 ? "Supply contract" : "Implementation support"}, ${label}`, amountMinor, currency: "EUR", revenue: i === 0 ? "4200" : i === 1 ? "4000" : "4100", issueDate },
        back >= 2 ? [{ amountMinor, receivedOn: paidOn }] : [],
      );
    }
  }

  // Business trips, an accrual reversed the next month, a bank fee.
  for (const back of [10, 6, 2]) {
    const date = dayOf(monthStart(today, back), 17, today);
    if (date) await s.movement(clerk, { kind: "vendor_payment", description: `Trade fair travel, ${monthName(date)}`, amountMinor: s.amount(1_200, 3_400, 10), from: "1010", to: "6400", vendor: "Proseware Travel", date }, [approver, approver2]);
  }
  const accrualDay = addDays(monthStart(today, 3), -1);
  const accrual = await s.entry(controller, accrualDay, `Accrued audit fee, ${monthName(accrualDay)}`, [["6200", 3_200_00n, 0n], ["2200", 0n, 3_200_00n]]);
  await s.call(() => reverseJournalEntry(s.db, controller, { entryId: accrual, reason: "Accrual reversed at the start of the next month", effectiveDate: formatDate(monthStart(today, 3)) }));
  await s.entry(controller, addDays(monthStart(today, 1), -1), "Bank charges for the quarter", [["6300", 184_50n, 0n], ["1010", 0n, 184_50n]]);

  // Charges in every state besides paid.
  const recent = addDays(today, -5);
  await s.charge(controller, { customer: "Adatum Corporation", description: "Warehouse layout study (draft)", amountMinor: 5_400_00n, currency: "EUR", revenue: "4200", issueDate: recent, draft: true });
  await s.charge(clerk, { customer: "Tailspin Toys SA", description: "Toy fair stand design", amountMinor: 7_950_00n, currency: "EUR", revenue: "4100", issueDate: recent, draft: true });
  const partly = addDays(today, -40);
  await s.charge(controller, { customer: "Contoso Retail GmbH", description: "Consulting, retainer (paid in instalments)", amountMinor: 12_400_00n, currency: "EUR", revenue: "4200", issueDate: partly, termsDays: 60 }, [{ amountMinor: 5_000_00n, receivedOn: addDays(partly, 25) }]);
  const overdueIssue = addDays(today, -75);
  const freight = await s.charge(controller, { customer: "Fabrikam Logistics BV", description: "Freight management subscription, last quarter", amountMinor: 4_800_00n, currency: "EUR", revenue: "4100", issueDate: overdueIssue, termsDays: 30 });
  await s.charge(controller, { customer: "Wingtip Partners LLP", description: "Market entry workshop", amountMinor: 2_250_00n, currency: "EUR", revenue: "4200", issueDate: addDays(overdueIssue, 10), termsDays: 14 }, [{ amountMinor: 750_00n, receivedOn: addDays(overdueIssue, 30) }]);
  const wrongIssue = addDays(today, -50);
  const wrong = await s.charge(controller, { customer: "Tailspin Toys SA", description: "Catalogue photography (billed to the wrong customer)", amountMinor: 3_100_00n, currency: "EUR", revenue: "4100", issueDate: wrongIssue });
  await s.call(() => voidCharge(s.db, controller, { chargeId: wrong, reason: "Billed to the wrong customer; re-issued to Wingtip Partners LLP", effectiveDate: formatDate(addDays(wrongIssue, 3)) }));
  const duplicate = await s.charge(clerk, { customer: "Fabrikam Logistics BV", description: "Duplicate of the freight subscription", amountMinor: 4_800_00n, currency: "EUR", revenue: "4100", issueDate: recent, draft: true });
  await s.call(() => voidCharge(s.db, controller, { chargeId: duplicate, reason: "Entered twice" }));
  await s.checkOverdue(clerk.organizationId);

  // A rejection (the clerk revised it: task done) and a withdrawn request, months ago.
  const rejectedOn = dayOf(monthStart(today, 4), 14, today) ?? addDays(today, -100);
  const rejected = await s.movement(clerk, { kind: "vendor_payment", description: "Ergonomic chairs for the whole office", amountMinor: 18_900_00n, from: "1010", to: "2000", vendor: "Acme Office Supplies", date: rejectedOn });
  await s.call(() => rejectMovement(s.db, approver2, { movementId: rejected, reason: "Over this year's furniture budget: split it across two quarters" }));
  const reviseTask = (await listTasks(s.db, clerk, { status: "open" })).items.find((t) => t.entityId === rejected);
  if (reviseTask) await s.call(() => completeTask(s.db, clerk, { taskId: reviseTask.id }));
  await s.movement(clerk, { kind: "vendor_payment", description: "Ergonomic chairs, first half", amountMinor: 9_450_00n, from: "1010", to: "2000", vendor: "Acme Office Supplies", date: addDays(rejectedOn, 7) }, [approver, approver2]);
  const withdrawn = await s.movement(clerk, { kind: "vendor_payment", description: "Printer toner (ordered twice)", amountMinor: 240_00n, from: "1010", to: "2000", vendor: "Acme Office Supplies", date: addDays(rejectedOn, 9) });
  await s.call(() => cancelMovement(s.db, clerk, { movementId: withdrawn, reason: "Ordered twice" }));

  // What the history notified is read; what follows is new.
  await s.completeSettledReviews(controller);
  for (const person of [admin, controller, approver, approver2, clerk]) await s.call(() => markNotificationsRead(s.db, person, { ids: "all" }));

  // Now: a pending movement in each approver's inbox, one for a controller, one for anyone.
  await s.movement(clerk, { kind: "vendor_payment", description: "Shelving for the new storage room", amountMinor: 2_500_00n, from: "1010", to: "2000", vendor: "Acme Office Supplies", date: addDays(today, -2) }, [approver]);
  await s.movement(clerk, { kind: "vendor_payment", description: "Annual cloud licence renewal", amountMinor: 11_760_00n, from: "1010", to: "6200", vendor: "Globex Cloud Services", date: addDays(today, -1) }, [approver2]);
  await s.movement(clerk, { kind: "transfer", description: "Move surplus cash to the savings account", amountMinor: 60_000_00n, from: "1010", to: "1030", date: today }, [approver]);
  await s.movement(clerk, { kind: "vendor_payment", description: "Printer paper and toner", amountMinor: 186_40n, from: "1010", to: "2000", vendor: "Acme Office Supplies", date: today });
  // The large transfer's review task waits for a controller.
  const review = (await listTasks(s.db, controller, { status: "open" })).items.find((t) => t.title.startsWith("Review large payment"));
  if (!review) throw new Error("The large transfer did not create its review task.");

  // The banks' statements of the past months and of this one, with this month's exceptions.
  const freightNumber = (await s.db.prisma.charge.findUniqueOrThrow({ where: { id: freight } })).number ?? "";
  await s.statements(clerk, "1010", northwindCurrentMonth(freightNumber));
  await s.statements(controller, "1020");
}

/** Contoso Holdings GmbH: a holding company's year in CHF, with stricter bands of its own. */
async function seedContoso(s: Seeder, as: ActorOf): Promise<void> {
  const admin = as("admin@closebook.dev");
  const controller = as("controller@closebook.dev");
  const today = s.today;
  const start = monthStart(today, 12);
  await s.call(() =>
    updateApprovalPolicy(s.db, admin, {
      currency: "CHF",
      bands: [
        { upToMinor: 2_000_00n, requiredApprovals: 1, minimumRole: "approver", requiresController: false },
        { upToMinor: 25_000_00n, requiredApprovals: 1, minimumRole: "controller", requiresController: true },
        { upToMinor: null, requiredApprovals: 2, minimumRole: "controller", requiresController: true },
      ],
    }),
  );
  await s.bankAccount(admin, "1010", { currency: "CHF", iban: "CH9300762011623852957", bic: "POFICHBEXXX", bankName: "PostFinance", ownerUserId: controller.userId });
  await s.openAccount(admin, { code: "1500", name: "Investments in subsidiaries", type: "asset", currency: "CHF" });
  await s.openAccount(admin, { code: "4500", name: "Management fee income", type: "revenue", currency: "CHF" });
  await s.entry(controller, start, "Opening balances: share capital paid in", [["1010", 250_000_00n, 0n], ["3000", 0n, 250_000_00n]]);
  await s.entry(controller, addDays(start, 20), "Acquisition of a 60% stake in Fabrikam Logistics BV", [["1500", 75_000_00n, 0n], ["1010", 0n, 75_000_00n]]);
  await s.counterparty(admin, "customer", "Fabrikam Logistics BV");
  await s.counterparty(admin, "customer", "Northwind Trading Ltd");
  await s.counterparty(admin, "vendor", "Zurich Office Park AG");
  await s.counterparty(admin, "vendor", "Treuhand Keller & Partner");

  for (let back = 12; back >= 1; back--) {
    const month = monthStart(today, back);
    const label = monthName(month);
    const rentDay = dayOf(month, 1, today);
    if (rentDay) await s.movement(admin, { kind: "vendor_payment", description: `Office rent, ${label}`, amountMinor: 3_200_00n, from: "1010", to: "6100", vendor: "Zurich Office Park AG", date: rentDay }, [controller]);
    const issueDate = dayOf(month, 5, today);
    if (issueDate && back % 3 === 0) {
      const amountMinor = 9_000_00n;
      await s.charge(admin, { customer: "Fabrikam Logistics BV", description: `Group management fee, quarter to ${label}`, amountMinor, currency: "CHF", revenue: "4500", issueDate }, back >= 3 ? [{ amountMinor, receivedOn: addDays(issueDate, 21) }] : []);
    }
    const payday = dayOf(month, 25, today);
    if (payday) {
      const salary = s.amount(8_200, 8_600, 50);
      await s.entry(controller, payday, `Director's salary, ${label}`, [["6000", salary, 0n], ["1010", 0n, salary]]);
    }
  }
  await s.charge(admin, { customer: "Northwind Trading Ltd", description: "Shared treasury services (draft)", amountMinor: 1_500_00n, currency: "CHF", revenue: "4500", issueDate: today, draft: true });
  await s.charge(admin, { customer: "Northwind Trading Ltd", description: "Shared treasury services, first half-year", amountMinor: 2_400_00n, currency: "CHF", revenue: "4500", issueDate: addDays(today, -60), termsDays: 30 });
  await s.checkOverdue(admin.organizationId);
  await s.completeSettledReviews(controller);
  for (const person of [admin, controller]) await s.call(() => markNotificationsRead(s.db, person, { ids: "all" }));
  // Waiting for the controller: the audit fee, above the first band.
  await s.movement(admin, { kind: "vendor_payment", description: "Statutory audit, fee for the past year", amountMinor: 14_500_00n, from: "1010", to: "6200", vendor: "Treuhand Keller & Partner", date: today });
  await s.statements(controller, "1010");
}
