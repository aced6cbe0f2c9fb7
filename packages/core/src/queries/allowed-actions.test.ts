/**
 * The allowed actions the views return agree with what the use cases do: for each action, a case
 * where it is allowed (and the use case then succeeds) and cases where it is refused with the use
 * case's own code (and the use case then refuses with that code and that sentence, writing nothing).
 */
import {
  actorFor,
  createTestDatabase,
  createTestOrganization,
  expectRefused,
  fundAccount,
  seedLedger,
  type SeededLedger,
  type TestActor,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionVerdict } from "../shared/wire-schemas";
import { completeTask } from "../use-cases/complete-task";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { issueCharge } from "../use-cases/issue-charge";
import { issueCreditNote } from "../use-cases/issue-credit-note";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { recordChargePayment } from "../use-cases/record-charge-payment";
import { reverseJournalEntry } from "../use-cases/reverse-journal-entry";
import { voidCharge } from "../use-cases/void-charge";
import { getCharge, listCharges } from "./charge-queries";
import { getJournalEntry, listJournalEntries } from "./ledger-queries";
import { listTasks } from "./workspace-queries";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
});
afterAll(() => t.destroy());

/** Reads the verdict, then runs the use case: it succeeds when allowed, else fails with the verdict's code and reason. */
async function expectUseCaseAgrees(verdict: ActionVerdict, run: () => Promise<unknown>): Promise<void> {
  if (verdict.allowed) {
    await expect(run()).resolves.toBeDefined();
    return;
  }
  const error = await expectRefused(t.db, org.organizationId, run, verdict.code);
  expect(error.message).toBe(verdict.reason);
}

async function draftCharge(amountMinor = 100_00n) {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Consulting",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  return state;
}

async function issuedCharge(amountMinor = 100_00n) {
  const draft = await draftCharge(amountMinor);
  return (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: draft.id })).state;
}

const pay = (actor: TestActor, chargeId: string, amountMinor: bigint) => () =>
  recordChargePayment(t.db, actor, { chargeId, reference: `BANK-${randomUUID()}`, amountMinor, bankAccountId: books.operatingBank.id });

/** The charge's verdicts as its detail and the list show them: both must say the same. */
async function chargeActionsFor(actor: TestActor, chargeId: string) {
  const detail = await getCharge(t.db, actor, { chargeId });
  const listed = (await listCharges(t.db, actor, { limit: 200 })).items.find((item) => item.id === chargeId);
  expect(listed?.allowedActions).toEqual(detail.allowedActions);
  return detail.allowedActions;
}

describe("charge actions", () => {
  it("issue: allowed on a draft for a clerk", async () => {
    const charge = await draftCharge();
    const clerk = actorFor(org, "clerk");
    const { issue } = await chargeActionsFor(clerk, charge.id);
    expect(issue).toEqual({ allowed: true });
    await expectUseCaseAgrees(issue, () => issueCharge(t.db, clerk, { chargeId: charge.id }));
  });

  it("issue: refused on an issued charge (CHARGE_NOT_DRAFT), a void one (CHARGE_VOID) and to a viewer (NOT_PERMITTED)", async () => {
    const clerk = actorFor(org, "clerk");
    const issued = await issuedCharge();
    const onIssued = (await chargeActionsFor(clerk, issued.id)).issue;
    expect(onIssued).toMatchObject({ allowed: false, code: "CHARGE_NOT_DRAFT" });
    await expectUseCaseAgrees(onIssued, () => issueCharge(t.db, clerk, { chargeId: issued.id }));

    const voided = await draftCharge();
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: voided.id, reason: "Entered twice" });
    const onVoid = (await chargeActionsFor(clerk, voided.id)).issue;
    expect(onVoid).toMatchObject({ allowed: false, code: "CHARGE_VOID" });
    await expectUseCaseAgrees(onVoid, () => issueCharge(t.db, clerk, { chargeId: voided.id }));

    const viewer = actorFor(org, "viewer");
    const draft = await draftCharge();
    const forViewer = (await chargeActionsFor(viewer, draft.id)).issue;
    expect(forViewer).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });
    await expectUseCaseAgrees(forViewer, () => issueCharge(t.db, viewer, { chargeId: draft.id }));
  });

  it("recordPayment: allowed on an issued charge with money still open", async () => {
    const clerk = actorFor(org, "clerk");
    const charge = await issuedCharge(100_00n);
    const { recordPayment } = await chargeActionsFor(clerk, charge.id);
    expect(recordPayment).toEqual({ allowed: true });
    await expectUseCaseAgrees(recordPayment, pay(clerk, charge.id, 40_00n));
    // Partly paid, it still takes payments.
    const partly = (await chargeActionsFor(clerk, charge.id)).recordPayment;
    expect(partly).toEqual({ allowed: true });
    await expectUseCaseAgrees(partly, pay(clerk, charge.id, 60_00n));
  });

  it("recordPayment: refused on a draft (CHARGE_NOT_ISSUED) and on a charge paid in full (CHARGE_ALREADY_PAID)", async () => {
    const clerk = actorFor(org, "clerk");
    const draft = await draftCharge();
    const onDraft = (await chargeActionsFor(clerk, draft.id)).recordPayment;
    expect(onDraft).toMatchObject({ allowed: false, code: "CHARGE_NOT_ISSUED" });
    await expectUseCaseAgrees(onDraft, pay(clerk, draft.id, 1_00n));

    const paid = await issuedCharge(50_00n);
    await pay(clerk, paid.id, 50_00n)();
    const onPaid = (await chargeActionsFor(clerk, paid.id)).recordPayment;
    expect(onPaid).toMatchObject({ allowed: false, code: "CHARGE_ALREADY_PAID" });
    await expectUseCaseAgrees(onPaid, pay(clerk, paid.id, 1_00n));
  });

  it("void: allowed for a controller on an issued charge without payments", async () => {
    const controller = actorFor(org, "controller");
    const charge = await issuedCharge();
    const { void: voidVerdict } = await chargeActionsFor(controller, charge.id);
    expect(voidVerdict).toEqual({ allowed: true });
    await expectUseCaseAgrees(voidVerdict, () => voidCharge(t.db, controller, { chargeId: charge.id, reason: "Customer cancelled" }));
  });

  it("void: refused to a clerk (NOT_PERMITTED), on a charge with payments (CHARGE_HAS_PAYMENTS) and on a paid one (CHARGE_ALREADY_PAID)", async () => {
    const controller = actorFor(org, "controller");
    const clerk = actorFor(org, "clerk");
    const charge = await issuedCharge(100_00n);
    const forClerk = (await chargeActionsFor(clerk, charge.id)).void;
    expect(forClerk).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });
    await expectUseCaseAgrees(forClerk, () => voidCharge(t.db, clerk, { chargeId: charge.id, reason: "Not mine to void" }));

    await pay(clerk, charge.id, 30_00n)();
    const withPayments = (await chargeActionsFor(controller, charge.id)).void;
    expect(withPayments).toMatchObject({ allowed: false, code: "CHARGE_HAS_PAYMENTS" });
    await expectUseCaseAgrees(withPayments, () => voidCharge(t.db, controller, { chargeId: charge.id, reason: "Too late" }));

    await pay(clerk, charge.id, 70_00n)();
    const onPaid = (await chargeActionsFor(controller, charge.id)).void;
    expect(onPaid).toMatchObject({ allowed: false, code: "CHARGE_ALREADY_PAID" });
    await expectUseCaseAgrees(onPaid, () => voidCharge(t.db, controller, { chargeId: charge.id, reason: "Too late" }));
  });
});

describe("the list's open amount", () => {
  const listedOpen = async (chargeId: string) => (await listCharges(t.db, actorFor(org, "viewer"), { limit: 200 })).items.find((item) => item.id === chargeId)?.openMinor;

  it("is null for a draft and a void charge, what payments and credit notes leave open otherwise (as the detail's remaining amount)", async () => {
    const clerk = actorFor(org, "clerk");
    const draft = await draftCharge(70_00n);
    expect(await listedOpen(draft.id)).toBeNull();
    const voided = await draftCharge();
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: voided.id, reason: "Entered twice" });
    expect(await listedOpen(voided.id)).toBeNull();

    const charge = await issuedCharge(100_00n);
    expect(await listedOpen(charge.id)).toBe(100_00n);
    await pay(clerk, charge.id, 30_00n)();
    expect(await listedOpen(charge.id)).toBe(70_00n);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: charge.id, amountMinor: 20_00n, reason: "Damaged goods" });
    expect(await listedOpen(charge.id)).toBe(50_00n);
    expect((await getCharge(t.db, clerk, { chargeId: charge.id })).remainingMinor).toBe(50_00n);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: charge.id, reason: "Goodwill" });
    expect(await listedOpen(charge.id)).toBe(0n);
  });
});

describe("journal entry actions", () => {
  async function manualEntry() {
    return fundAccount(t.db, org, postManualJournalEntry, { accountId: books.reserveBank.id, fromAccountId: books.equity.id, amountMinor: 10_00n });
  }

  /** The entry's reverse verdict as its detail and the journal list show it. */
  async function reverseVerdict(actor: TestActor, entryId: string) {
    const detail = await getJournalEntry(t.db, actor, { entryId });
    const listed = (await listJournalEntries(t.db, actor, { limit: 200 })).items.find((item) => item.id === entryId);
    expect(listed?.allowedActions).toEqual(detail.allowedActions);
    return detail.allowedActions.reverse;
  }

  const reverse = (actor: TestActor, entryId: string) => () => reverseJournalEntry(t.db, actor, { entryId, reason: "Posted in error" });

  it("reverse: allowed for a controller on a manual entry", async () => {
    const controller = actorFor(org, "controller");
    const entry = await manualEntry();
    const verdict = await reverseVerdict(controller, entry.id);
    expect(verdict).toEqual({ allowed: true });
    await expectUseCaseAgrees(verdict, reverse(controller, entry.id));
  });

  it("reverse: refused on a reversed entry (ENTRY_ALREADY_REVERSED), an entry a charge posted (ENTRY_NOT_REVERSIBLE) and to a clerk (NOT_PERMITTED)", async () => {
    const controller = actorFor(org, "controller");
    const entry = await manualEntry();
    await reverse(controller, entry.id)();
    const reversed = await reverseVerdict(controller, entry.id);
    expect(reversed).toMatchObject({ allowed: false, code: "ENTRY_ALREADY_REVERSED" });
    await expectUseCaseAgrees(reversed, reverse(controller, entry.id));

    const charge = await issuedCharge();
    const fromCharge = await reverseVerdict(controller, charge.issuedEntryId ?? "");
    expect(fromCharge).toMatchObject({ allowed: false, code: "ENTRY_NOT_REVERSIBLE" });
    await expectUseCaseAgrees(fromCharge, reverse(controller, charge.issuedEntryId ?? ""));

    const clerk = actorFor(org, "clerk");
    const other = await manualEntry();
    const forClerk = await reverseVerdict(clerk, other.id);
    expect(forClerk).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });
    await expectUseCaseAgrees(forClerk, reverse(clerk, other.id));
  });
});

describe("task actions", () => {
  async function taskFor(assigneeRole: string) {
    const task = await t.db.transaction((tx) =>
      tx.tasks.insertUnlessDuplicate({
        organizationId: org.organizationId,
        title: `Follow up for ${assigneeRole}`,
        detail: "Check it",
        assigneeUserId: null,
        assigneeRole,
        entityType: "charge",
        entityId: randomUUID(),
        dedupeKey: null,
        dueOn: null,
      }),
    );
    if (!task) throw new Error("no task");
    return task;
  }

  async function completeVerdict(actor: TestActor, taskId: string, status?: "open" | "done") {
    const listed = (await listTasks(t.db, actor, { status, limit: 200 })).items.find((item) => item.id === taskId);
    if (!listed) throw new Error("the task is not listed for this caller");
    return listed.allowedActions.complete;
  }

  const complete = (actor: TestActor, taskId: string) => () => completeTask(t.db, actor, { taskId });

  it("complete: allowed for a holder of the task's role", async () => {
    const clerk = actorFor(org, "clerk");
    const task = await taskFor("clerk");
    const verdict = await completeVerdict(clerk, task.id, "open");
    expect(verdict).toEqual({ allowed: true });
    await expectUseCaseAgrees(verdict, complete(clerk, task.id));
  });

  it("complete: refused on a done task (TASK_ALREADY_DONE) and to a viewer who sees it (NOT_PERMITTED)", async () => {
    const clerk = actorFor(org, "clerk");
    const task = await taskFor("clerk");
    await complete(clerk, task.id)();
    const done = await completeVerdict(clerk, task.id, "done");
    expect(done).toMatchObject({ allowed: false, code: "TASK_ALREADY_DONE" });
    await expectUseCaseAgrees(done, complete(clerk, task.id));

    const viewer = actorFor(org, "viewer");
    const forViewers = await taskFor("viewer");
    const forViewer = await completeVerdict(viewer, forViewers.id, "open");
    expect(forViewer).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });
    await expectUseCaseAgrees(forViewer, complete(viewer, forViewers.id));
  });

  it("complete: the tasks of another role are not listed for a clerk, and an admin sees and may complete them", async () => {
    const task = await taskFor("controller");
    await expect(completeVerdict(actorFor(org, "clerk"), task.id)).rejects.toThrow("not listed");
    const admin = actorFor(org, "admin");
    const verdict = await completeVerdict(admin, task.id, "open");
    expect(verdict).toEqual({ allowed: true });
    await expectUseCaseAgrees(verdict, complete(admin, task.id));
  });
});
