/**
 * Random sequences of the use cases, by random members in random roles, on the real database.
 * Expected refusals (DomainErrors) are fine but must write nothing; anything else fails the
 * property. After every step the books must hold their invariants (packages/db/src/testing/
 * ledger-invariants.ts) and no closed period may gain an entry.
 */
import {
  actorFor,
  closePeriod,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  fundAccount,
  ledgerViolations,
  periodEntryCounts,
  reopenPeriod,
  seedLedger,
  type SeededLedger,
  type SideEffectCounts,
  type TestDatabase,
  type TestMember,
  type TestOrganization,
} from "@closebook/db/testing";
import type { AccountRecord } from "@closebook/db";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { approveMovement } from "../use-cases/approve-movement";
import { cancelMovement } from "../use-cases/cancel-movement";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { issueCharge } from "../use-cases/issue-charge";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { recordChargePayment } from "../use-cases/record-charge-payment";
import { rejectMovement } from "../use-cases/reject-movement";
import { requestMovement } from "../use-cases/request-movement";
import { reverseJournalEntry } from "../use-cases/reverse-journal-entry";
import { voidCharge } from "../use-cases/void-charge";

const roles = ["viewer", "clerk", "clerk", "approver", "approver", "controller", "controller", "admin"] as const;
const months = ["2026-09", "2026-10", "2026-11"] as const;

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
});
afterAll(() => t.destroy());

// ---------------------------------------------------------------------------------------------
// Steps: plain data, so fast-check can print and shrink them. Picks are indexes taken modulo the
// list they choose from.
// ---------------------------------------------------------------------------------------------

const member = fc.nat({ max: roles.length - 1 });
const pick = fc.nat({ max: 999 });
const date = fc.record({ month: fc.constantFrom(...months), day: fc.integer({ min: 1, max: 28 }) }).map(({ month, day }) => `${month}-${String(day).padStart(2, "0")}`);
/** Amounts across the default approval bands: up to 1,000.00; up to 50,000.00; above. */
const movementAmount = fc.oneof(fc.bigInt({ min: 1n, max: 1_000_00n }), fc.bigInt({ min: 1_000_01n, max: 50_000_00n }), fc.bigInt({ min: 50_000_01n, max: 150_000_00n }));

const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("createCharge" as const), by: member, amount: fc.bigInt({ min: 1n, max: 5_000_00n }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("issueCharge" as const), by: member, charge: pick, date }) },
  // A percentage of what remains: 100 pays it off, above 100 overpays (PAYMENT_EXCEEDS_BALANCE); reuse sends an earlier bank reference again.
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("recordPayment" as const), by: member, charge: pick, percent: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 101, max: 130 })), reuse: fc.boolean(), date }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("voidCharge" as const), by: member, charge: pick, date }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("requestMovement" as const), by: member, amount: movementAmount, source: pick, destination: pick, transfer: fc.boolean(), date }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("approveMovement" as const), by: member, movement: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rejectMovement" as const), by: member, movement: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancelMovement" as const), by: member, movement: pick, asRequester: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("manualEntry" as const), by: member, debit: pick, credit: pick, amount: fc.bigInt({ min: 1n, max: 20_000_00n }), date }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reverseEntry" as const), by: member, entry: pick, date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("closePeriod" as const), month: fc.constantFrom(...months) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reopenPeriod" as const), month: fc.constantFrom(...months) }) },
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

interface World {
  org: TestOrganization;
  books: SeededLedger;
  /** A 'block' bank with a minimum balance, next to the seeded ones. */
  guardedBank: AccountRecord;
  references: string[];
  closedEntryCounts: Map<string, number>;
}

async function newWorld(): Promise<World> {
  const org = await createTestOrganization(t.db, roles);
  const books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  const { state: guardedBank } = await createAccount(t.db, actorFor(org, "controller"), {
    code: "1040",
    name: "Guarded bank",
    type: "asset",
    currency: "EUR",
    isBankAccount: true,
    minimumBalanceMinor: 5_000_00n,
    minimumBalancePolicy: "block",
  });
  for (const [accountId, amountMinor] of [
    [books.operatingBank.id, 500_000_00n],
    [guardedBank.id, 60_000_00n],
  ] as const) {
    await fundAccount(t.db, org, postManualJournalEntry, { accountId, fromAccountId: books.equity.id, amountMinor, effectiveDate: "2026-09-01" });
  }
  return { org, books, guardedBank, references: [], closedEntryCounts: new Map() };
}

const choose = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

function actorOf(world: World, index: number) {
  const m = world.org.members[index % world.org.members.length] as TestMember;
  return actorFor(world.org, m.role, m);
}

async function run(world: World, s: Step): Promise<void> {
  const { org, books } = world;
  const organizationId = org.organizationId;
  switch (s.kind) {
    case "createCharge":
      await createCharge(t.db, actorOf(world, s.by), {
        customerId: books.customer.id,
        description: "Services",
        currency: "EUR",
        amountMinor: s.amount,
        receivableAccountId: books.receivable.id,
        revenueAccountId: books.revenue.id,
      });
      return;
    case "issueCharge": {
      const charges = await t.db.read.charges.list({ organizationId, limit: 200 });
      const drafts = charges.filter((c) => c.status === "draft");
      const charge = choose(s.charge % 4 === 0 || drafts.length === 0 ? charges : drafts, s.charge);
      if (charge) await issueCharge(t.db, actorOf(world, s.by), { chargeId: charge.id, issueDate: s.date });
      return;
    }
    case "recordPayment": {
      const charges = await t.db.read.charges.list({ organizationId, limit: 200 });
      const open = charges.filter((c) => c.status === "issued");
      const charge = choose(s.charge % 4 === 0 || open.length === 0 ? charges : open, s.charge);
      if (!charge) return;
      const remaining = charge.amountMinor - charge.paidMinor;
      const amountMinor = remaining > 0n ? ((remaining * BigInt(s.percent)) / 100n > 0n ? (remaining * BigInt(s.percent)) / 100n : 1n) : 1n;
      const reused = s.reuse ? choose(world.references, s.charge) : undefined;
      const reference = reused ?? `PAY-${world.references.length + 1}-${s.charge}`;
      if (!reused) world.references.push(reference);
      await recordChargePayment(t.db, actorOf(world, s.by), { chargeId: charge.id, reference, amountMinor, bankAccountId: books.operatingBank.id, receivedOn: s.date });
      return;
    }
    case "voidCharge": {
      const charge = choose(await t.db.read.charges.list({ organizationId, limit: 200 }), s.charge);
      if (charge) await voidCharge(t.db, actorOf(world, s.by), { chargeId: charge.id, reason: "Property test", effectiveDate: s.date });
      return;
    }
    case "requestMovement": {
      const banks = [books.operatingBank, books.reserveBank, world.guardedBank];
      const source = choose(banks, s.source) as AccountRecord;
      const destination = s.transfer ? (choose(banks.filter((b) => b.id !== source.id), s.destination) as AccountRecord) : (choose([books.payable, books.expenses], s.destination) as AccountRecord);
      await requestMovement(t.db, actorOf(world, s.by), {
        kind: s.transfer ? "transfer" : "vendor_payment",
        description: "Property test",
        amountMinor: s.amount,
        sourceAccountId: source.id,
        destinationAccountId: destination.id,
        counterpartyId: s.transfer ? null : books.vendor.id,
        effectiveDate: s.date,
      });
      return;
    }
    case "approveMovement":
    case "rejectMovement":
    case "cancelMovement": {
      const movements = await t.db.read.movements.list({ organizationId, limit: 200 });
      const pending = movements.filter((m) => m.status === "pending_approval");
      const movement = choose(s.movement % 5 === 0 || pending.length === 0 ? movements : pending, s.movement);
      if (!movement) return;
      if (s.kind === "approveMovement") await approveMovement(t.db, actorOf(world, s.by), { movementId: movement.id });
      else if (s.kind === "rejectMovement") await rejectMovement(t.db, actorOf(world, s.by), { movementId: movement.id, reason: "Property test" });
      else {
        const requester = org.members.find((m) => m.userId === movement.requestedBy);
        const actor = s.asRequester && requester ? actorFor(org, requester.role, requester) : actorOf(world, s.by);
        await cancelMovement(t.db, actor, { movementId: movement.id });
      }
      return;
    }
    case "manualEntry": {
      const accounts = [books.operatingBank, books.reserveBank, world.guardedBank, books.payable, books.expenses, books.equity, books.receivable];
      const debit = choose(accounts, s.debit) as AccountRecord;
      const credit = choose(accounts, s.credit) as AccountRecord;
      if (debit.id === credit.id) return;
      await postManualJournalEntry(t.db, actorOf(world, s.by), {
        effectiveDate: s.date,
        memo: "Property test",
        lines: [
          { accountId: debit.id, debitMinor: s.amount },
          { accountId: credit.id, creditMinor: s.amount },
        ],
      });
      return;
    }
    case "reverseEntry": {
      const entry = choose(await t.db.read.ledger.listEntries({ organizationId, limit: 200 }), s.entry);
      if (entry) await reverseJournalEntry(t.db, actorOf(world, s.by), { entryId: entry.id, reason: "Property test", effectiveDate: s.date });
      return;
    }
    case "closePeriod": {
      await closePeriod(t.db, org, `${s.month}-01`);
      const counts = await periodEntryCounts(t.db, organizationId);
      world.closedEntryCounts.set(s.month, counts.get(s.month)?.entries ?? 0);
      return;
    }
    case "reopenPeriod":
      await reopenPeriod(t.db, org, `${s.month}-01`);
      world.closedEntryCounts.delete(s.month);
      return;
  }
}

const stats = { runs: 0, steps: 0, succeeded: 0, refused: new Map<string, number>(), posted: 0 };

it("random sequences of use cases keep the books consistent after every step", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 25, maxLength: 40 }), async (steps) => {
      stats.runs++;
      const world = await newWorld();
      const organizationId = world.org.organizationId;
      let before: SideEffectCounts = await countSideEffects(t.db, organizationId);
      for (const [index, s] of steps.entries()) {
        stats.steps++;
        let refusal: string | null = null;
        try {
          await run(world, s);
          stats.succeeded++;
        } catch (error) {
          if (!isDomainError(error)) throw error;
          refusal = error.code;
          stats.refused.set(error.code, (stats.refused.get(error.code) ?? 0) + 1);
        }
        const after = await countSideEffects(t.db, organizationId);
        const where = `step ${index} (${s.kind})`;
        if (refusal) expect(after, `${where} was refused with ${refusal} but wrote something`).toEqual(before);
        stats.posted += after.journalEntries - before.journalEntries;
        before = after;

        expect(await ledgerViolations(t.db, organizationId), `after ${where}`).toEqual([]);
        const periods = await periodEntryCounts(t.db, organizationId);
        for (const [month, entries] of world.closedEntryCounts) {
          expect(periods.get(month), `${where}: period ${month} is closed`).toEqual({ status: "closed", entries });
        }
      }
    }),
    { numRuns: 15, interruptAfterTimeLimit: 150_000 },
  );
  // The property must have exercised the books, not only refusals.
  expect(stats.runs).toBeGreaterThanOrEqual(15);
  expect(stats.succeeded).toBeGreaterThan(stats.steps / 4);
  expect(stats.posted).toBeGreaterThanOrEqual(stats.runs * 2);
  for (const code of ["PERIOD_CLOSED", "NOT_PERMITTED", "MOVEMENT_NOT_PENDING"]) expect(stats.refused.get(code) ?? 0, code).toBeGreaterThan(0);
}, 180_000);
