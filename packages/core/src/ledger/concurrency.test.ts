/**
 * Races on the real PostgreSQL: the same decision taken twice at once, postings crossing on the
 * same accounts in both orders, gapless numbers under concurrent issues. Every race repeats a few
 * rounds; every outcome is counted in the database.
 */
import {
  accountBalances,
  actorFor,
  actorsFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  fundAccount,
  ledgerViolations,
  seedLedger,
  storedBalance,
  sumOfLines,
  tryLockAccountNowait,
  waitForLockWaiters,
  type SeededLedger,
  type TestActor,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { AccountRecord, MovementRecord } from "@closebook/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { approveMovement } from "../use-cases/approve-movement";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { issueCharge } from "../use-cases/issue-charge";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { recordChargePayment } from "../use-cases/record-charge-payment";
import { requestMovement } from "../use-cases/request-movement";
import { today } from "../shared/dates";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
let approvers: TestActor[];
const rounds = 4;

function outcomes<T>(settled: PromiseSettledResult<T>[]) {
  const fulfilled = settled.filter((s): s is PromiseFulfilledResult<T> => s.status === "fulfilled").map((s) => s.value);
  const errors = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected").map((s) => s.reason as unknown);
  for (const error of errors) if (!(error instanceof DomainError)) throw error;
  return { fulfilled, codes: (errors as DomainError[]).map((e) => e.code).sort() };
}

async function request(amountMinor: bigint, extra: { sourceAccountId?: string; destinationAccountId?: string } = {}): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "transfer",
    description: "Race",
    amountMinor,
    sourceAccountId: extra.sourceAccountId ?? books.operatingBank.id,
    destinationAccountId: extra.destinationAccountId ?? books.reserveBank.id,
  });
  return state;
}

async function issuedCharge(amountMinor: bigint) {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Race",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  return (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: state.id })).state;
}

const entriesFor = (source: "movement" | "charge_payment", sourceId: string) => t.db.read.ledger.entriesForSource(org.organizationId, source, sourceId);

/** Two bank accounts whose ids sort the given way (postings lock accounts in id order). */
async function bankPair(prefix: string): Promise<{ low: AccountRecord; high: AccountRecord }> {
  const a = (await createAccount(t.db, actorFor(org, "controller"), { code: `${prefix}1`, name: `Bank ${prefix}1`, type: "asset", currency: "EUR", isBankAccount: true })).state;
  const b = (await createAccount(t.db, actorFor(org, "controller"), { code: `${prefix}2`, name: `Bank ${prefix}2`, type: "asset", currency: "EUR", isBankAccount: true })).state;
  return a.id < b.id ? { low: a, high: b } : { low: b, high: a };
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 12 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "approver", "approver", "approver", "controller", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  approvers = actorsFor(org, "approver");
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 10_000_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("concurrent approvals", () => {
  it("two approvers giving the only required approval at once: posted once, the other gets MOVEMENT_NOT_PENDING", async () => {
    for (let round = 0; round < rounds; round++) {
      const movement = await request(100_00n);
      const [a, b] = approvers;
      if (!a || !b) throw new Error("approvers expected");
      const { fulfilled, codes } = outcomes(await Promise.allSettled([approveMovement(t.db, a, { movementId: movement.id }), approveMovement(t.db, b, { movementId: movement.id })]));
      expect(fulfilled.map((o) => o.state.status)).toEqual(["posted"]);
      expect(codes).toEqual(["MOVEMENT_NOT_PENDING"]);
      expect(await entriesFor("movement", movement.id)).toHaveLength(1);
      expect((await t.db.read.movements.findById(org.organizationId, movement.id))?.approvals).toHaveLength(1);
    }
  });

  it("two approvers giving the last of two approvals at once: posted once, the other gets MOVEMENT_NOT_PENDING", async () => {
    for (let round = 0; round < rounds; round++) {
      const movement = await request(5_000_00n);
      const [first, b, c] = approvers;
      if (!first || !b || !c) throw new Error("approvers expected");
      await approveMovement(t.db, first, { movementId: movement.id });
      const { fulfilled, codes } = outcomes(await Promise.allSettled([approveMovement(t.db, b, { movementId: movement.id }), approveMovement(t.db, c, { movementId: movement.id })]));
      expect(fulfilled.map((o) => o.state.status)).toEqual(["posted"]);
      expect(codes).toEqual(["MOVEMENT_NOT_PENDING"]);
      expect(await entriesFor("movement", movement.id)).toHaveLength(1);
      const after = await t.db.read.movements.findById(org.organizationId, movement.id);
      expect(after).toMatchObject({ status: "posted" });
      expect(after?.approvals).toHaveLength(2);
    }
  });

  it("two approvers approving a two-approval movement at once: both count, posted once", async () => {
    for (let round = 0; round < rounds; round++) {
      const movement = await request(5_000_00n);
      const [a, b] = approvers;
      if (!a || !b) throw new Error("approvers expected");
      const { fulfilled, codes } = outcomes(await Promise.allSettled([approveMovement(t.db, a, { movementId: movement.id }), approveMovement(t.db, b, { movementId: movement.id })]));
      expect(codes).toEqual([]);
      expect(fulfilled.map((o) => o.state.status).sort()).toEqual(["pending_approval", "posted"]);
      expect(await entriesFor("movement", movement.id)).toHaveLength(1);
    }
  });

  it("the same approver approving twice at once (a double click): one approval, the other ALREADY_APPROVED_BY_YOU", async () => {
    for (let round = 0; round < rounds; round++) {
      const movement = await request(5_000_00n);
      const [a] = approvers;
      if (!a) throw new Error("approver expected");
      const { fulfilled, codes } = outcomes(await Promise.allSettled([approveMovement(t.db, a, { movementId: movement.id }), approveMovement(t.db, a, { movementId: movement.id })]));
      expect(fulfilled).toHaveLength(1);
      expect(codes).toEqual(["ALREADY_APPROVED_BY_YOU"]);
      expect((await t.db.read.movements.findById(org.organizationId, movement.id))?.approvals).toHaveLength(1);
    }
  });

  it("a retry racing its original with the same idempotency key: one approval, the other replays it", async () => {
    for (let round = 0; round < rounds; round++) {
      const movement = await request(100_00n);
      const [a] = approvers;
      if (!a) throw new Error("approver expected");
      const key = `approve-race-${round}`;
      const results = await Promise.all([approveMovement(t.db, a, { movementId: movement.id }, { idempotencyKey: key }), approveMovement(t.db, a, { movementId: movement.id }, { idempotencyKey: key })]);
      expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
      expect(results[0].state).toEqual(results[1].state);
      expect(await entriesFor("movement", movement.id)).toHaveLength(1);
    }
  });
});

describe("concurrent payments", () => {
  it("one bank payment recorded twice at once: one payment, one entry, the other PAYMENT_ALREADY_RECORDED", async () => {
    for (let round = 0; round < rounds; round++) {
      const charge = await issuedCharge(500_00n);
      const input = { chargeId: charge.id, reference: `RACE-${round}`, amountMinor: 200_00n, bankAccountId: books.operatingBank.id };
      const { fulfilled, codes } = outcomes(
        await Promise.allSettled([recordChargePayment(t.db, actorFor(org, "clerk"), input), recordChargePayment(t.db, actorFor(org, "controller"), input)]),
      );
      expect(fulfilled).toHaveLength(1);
      expect(codes).toEqual(["PAYMENT_ALREADY_RECORDED"]);
      expect(await t.db.read.charges.payments(org.organizationId, charge.id)).toHaveLength(1);
      expect(await entriesFor("charge_payment", charge.id)).toHaveLength(1);
      expect((await t.db.read.charges.findById(org.organizationId, charge.id))?.paidMinor).toBe(200_00n);
    }
  });

  it("one bank reference recorded against two charges at once: one payment and one entry in all", async () => {
    for (let round = 0; round < rounds; round++) {
      const [first, second] = [await issuedCharge(500_00n), await issuedCharge(500_00n)];
      const reference = `CROSS-${round}`;
      const pay = (chargeId: string) => recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId, reference, amountMinor: 100_00n, bankAccountId: books.operatingBank.id });
      const { fulfilled, codes } = outcomes(await Promise.allSettled([pay(first.id), pay(second.id)]));
      expect(fulfilled).toHaveLength(1);
      expect(codes).toEqual(["PAYMENT_ALREADY_RECORDED"]);
      const entries = [...(await entriesFor("charge_payment", first.id)), ...(await entriesFor("charge_payment", second.id))];
      expect(entries).toHaveLength(1);
    }
  });

  it("several payments on one charge at once never exceed it: the charge ends exactly paid", async () => {
    const charge = await issuedCharge(1_000_00n);
    const settled = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: charge.id, reference: `SPLIT-${i}`, amountMinor: 250_00n, bankAccountId: books.operatingBank.id })),
    );
    const { fulfilled, codes } = outcomes(settled);
    expect(fulfilled).toHaveLength(4);
    expect(new Set(codes)).toEqual(new Set(["CHARGE_ALREADY_PAID"]));
    expect(await t.db.read.charges.findById(org.organizationId, charge.id)).toMatchObject({ status: "paid", paidMinor: 1_000_00n });
  });
});

describe("postings crossing on the same accounts", () => {
  it("20 manual entries between two accounts in both directions at once: no deadlock surfaces, balances exact", async () => {
    const { low, high } = await bankPair("15");
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: low.id, fromAccountId: books.equity.id, amountMinor: 10_000_00n });
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: high.id, fromAccountId: books.equity.id, amountMinor: 10_000_00n });
    for (let round = 0; round < 2; round++) {
      const moves = Array.from({ length: 20 }, (_, i) => {
        const amount = BigInt(100 + i);
        const [from, to] = i % 2 === 0 ? [low, high] : [high, low];
        // Some entries touch a third account, listed first or last.
        const lines =
          i % 5 === 0
            ? [
                { accountId: books.expenses.id, debitMinor: 1n },
                { accountId: to.id, debitMinor: amount },
                { accountId: from.id, creditMinor: amount + 1n },
              ]
            : [
                { accountId: to.id, debitMinor: amount },
                { accountId: from.id, creditMinor: amount },
              ];
        return postManualJournalEntry(t.db, actorFor(org, i % 3 === 0 ? "admin" : "controller"), { effectiveDate: today(), memo: `Cross ${round}-${i}`, lines });
      });
      const { fulfilled, codes } = outcomes(await Promise.allSettled(moves));
      expect(codes).toEqual([]);
      expect(fulfilled).toHaveLength(20);
    }
    // Per round: evens move low → high (100, 102, … 118 = 1,090), odds high → low (101 … 119 = 1,100); i = 0, 5, 10, 15 also spend 1 each from the source.
    const expectedLow = 10_000_00n + 2n * (1_100n - 1_090n) - 2n * 2n;
    const expectedHigh = 10_000_00n + 2n * (1_090n - 1_100n) - 2n * 2n;
    expect(await storedBalance(t.db, low.id)).toBe(expectedLow);
    expect(await storedBalance(t.db, high.id)).toBe(expectedHigh);
    for (const account of [low, high, books.expenses]) expect(await storedBalance(t.db, account.id)).toBe(await sumOfLines(t.db, account.id));
    expect((await accountBalances(t.db, org.organizationId)).filter((a) => a.stored !== a.fromLines)).toEqual([]);
  });

  it("movement approvals and manual entries racing on the same two banks in both orders: all succeed, balances exact", async () => {
    const { low, high } = await bankPair("16");
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: low.id, fromAccountId: books.equity.id, amountMinor: 100_000_00n });
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: high.id, fromAccountId: books.equity.id, amountMinor: 100_000_00n });
    const movements: MovementRecord[] = [];
    for (let i = 0; i < 8; i++) {
      movements.push(await request(10_00n, i % 2 === 0 ? { sourceAccountId: high.id, destinationAccountId: low.id } : { sourceAccountId: low.id, destinationAccountId: high.id }));
    }
    const work: Promise<unknown>[] = [];
    movements.forEach((movement, i) => {
      work.push(approveMovement(t.db, approvers[i % approvers.length] ?? actorFor(org, "approver"), { movementId: movement.id }));
      const [from, to] = i % 2 === 0 ? [low, high] : [high, low];
      work.push(
        postManualJournalEntry(t.db, actorFor(org, "controller"), {
          effectiveDate: today(),
          memo: `Against ${movement.number}`,
          lines: [
            { accountId: to.id, debitMinor: 1_00n },
            { accountId: from.id, creditMinor: 1_00n },
          ],
        }),
      );
    });
    const { codes } = outcomes(await Promise.allSettled(work));
    expect(codes).toEqual([]);
    for (const movement of movements) expect(await entriesFor("movement", movement.id)).toHaveLength(1);
    expect(await storedBalance(t.db, low.id)).toBe(100_000_00n);
    expect(await storedBalance(t.db, high.id)).toBe(100_000_00n);
    expect((await accountBalances(t.db, org.organizationId)).filter((a) => a.stored !== a.fromLines)).toEqual([]);
  });

  it.each(["warn", "block"] as const)(
    "an approval from a '%s' account takes its account locks in id order, like every other posting (no lock-order inversion)",
    async (policy) => {
      // The source (`high`, in the policy under test) must sort after the destination (`low`).
      const high = (
        await createAccount(t.db, actorFor(org, "controller"), { code: `17${policy}`, name: `Source ${policy}`, type: "asset", currency: "EUR", isBankAccount: true, minimumBalancePolicy: policy })
      ).state;
      let low: AccountRecord | undefined;
      for (let i = 0; !low || low.id > high.id; i++) {
        low = (await createAccount(t.db, actorFor(org, "controller"), { code: `17${policy}${i}`, name: `Destination ${i}`, type: "asset", currency: "EUR", isBankAccount: true })).state;
      }
      await fundAccount(t.db, org, postManualJournalEntry, { accountId: high.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
      // Money leaves `high` (the later id) for `low` (the earlier id).
      const movement = await request(10_00n, { sourceAccountId: high.id, destinationAccountId: low.id });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let lowLocked!: () => void;
      const locked = new Promise<void>((resolve) => (lowLocked = resolve));
      // Another transaction holds the earlier account, as a posting in progress would.
      const holder = t.db.transaction(async (tx) => {
        await tx.ledger.lockAccounts(org.organizationId, [low.id]);
        lowLocked();
        await held;
      });
      await locked;
      const approval = approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
      // Wait until the approval is blocked on a lock.
      const waiting = await waitForLockWaiters(t.db, 1);
      expect(waiting).toBe(1);
      // While it waits for the earlier account it must not hold the later one the way a posting
      // does (the key-share lock of its line inserts is compatible): a posting locking both in id
      // order would otherwise deadlock with it.
      const probe = await tryLockAccountNowait(t.db, high.id);
      release();
      await holder;
      expect((await approval).state.status).toBe("posted");
      expect(probe).toBe("free");
    },
  );
});

describe("funds checks under concurrency", () => {
  it("two requests against a 'block' account at once cannot together commit more than it holds", async () => {
    for (let round = 0; round < rounds; round++) {
      const { state: guarded } = await createAccount(t.db, actorFor(org, "controller"), {
        code: `18${round}`,
        name: `Guarded ${round}`,
        type: "asset",
        currency: "EUR",
        isBankAccount: true,
        minimumBalancePolicy: "block",
      });
      await fundAccount(t.db, org, postManualJournalEntry, { accountId: guarded.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
      const { fulfilled, codes } = outcomes(await Promise.allSettled([request(600_00n, { sourceAccountId: guarded.id }), request(600_00n, { sourceAccountId: guarded.id })]));
      expect(fulfilled).toHaveLength(1);
      expect(codes).toEqual(["INSUFFICIENT_FUNDS"]);
    }
  });
});

describe("gapless charge numbers", () => {
  it("charges issued at the same moment get distinct numbers with no gap", async () => {
    const year = today().getUTCFullYear();
    const existing = (await countSideEffects(t.db, org.organizationId)).documentNumbers;
    const issued: string[] = [];
    for (let round = 0; round < 2; round++) {
      const drafts = [];
      for (let i = 0; i < 6; i++) {
        drafts.push(
          (
            await createCharge(t.db, actorFor(org, "clerk"), {
              customerId: books.customer.id,
              description: `Batch ${round}-${i}`,
              currency: "EUR",
              amountMinor: 10_00n,
              receivableAccountId: books.receivable.id,
              revenueAccountId: books.revenue.id,
            })
          ).state,
        );
      }
      const results = await Promise.all(drafts.map((d, i) => issueCharge(t.db, actorFor(org, i % 2 ? "clerk" : "controller"), { chargeId: d.id })));
      issued.push(...results.map((r) => r.state.number ?? ""));
    }
    const expected = Array.from({ length: 12 }, (_, i) => `CH-${year}-${String(existing + i + 1).padStart(5, "0")}`);
    expect([...issued].sort()).toEqual(expected);
  });
});
