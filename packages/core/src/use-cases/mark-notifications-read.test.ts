import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, fundAccount, seedLedger, type SeededLedger, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNotifications } from "../queries/workspace-queries";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { markNotificationsRead } from "./mark-notifications-read";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { requestMovement } from "./request-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

/** Each request notifies the approver, the controller and the admin. */
async function notifyApprovers() {
  await requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "transfer",
    description: "Reserve",
    amountMinor: 10_00n,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.reserveBank.id,
  });
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
});
afterAll(() => t.destroy());

describe("mark-notifications-read", () => {
  it("marks the caller's own notifications read, once, without an audit event", async () => {
    await notifyApprovers();
    await notifyApprovers();
    const approver = actorFor(org, "approver");
    const mine = await listNotifications(t.db, approver);
    expect(mine.unread).toBe(2);
    const [first] = mine.items;
    if (!first) throw new Error("notification expected");
    const before = await countSideEffects(t.db, org.organizationId);
    const one = await markNotificationsRead(t.db, approver, { ids: [first.id] });
    expect(one.state).toEqual({ marked: 1 });
    expect(one.message).toBe("Marked 1 notification read.");
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    expect((await listNotifications(t.db, approver)).unread).toBe(1);
    // Again: nothing new.
    const again = await markNotificationsRead(t.db, approver, { ids: [first.id] });
    expect(again.state).toEqual({ marked: 0 });
    expect(again.message).toBe("Nothing new to mark read.");
  });

  it("does not touch other people's notifications", async () => {
    await notifyApprovers();
    const controllerItems = (await listNotifications(t.db, actorFor(org, "controller"))).items;
    const result = await markNotificationsRead(t.db, actorFor(org, "approver"), { ids: controllerItems.map((n) => n.id) });
    expect(result.state.marked).toBe(0);
    expect((await listNotifications(t.db, actorFor(org, "controller"))).unread).toBe(controllerItems.length);
  });

  it("marks all of the caller's notifications with 'all', a viewer included", async () => {
    await notifyApprovers();
    const admin = actorFor(org, "admin");
    const unread = (await listNotifications(t.db, admin)).unread;
    expect(unread).toBeGreaterThan(1);
    expect((await markNotificationsRead(t.db, admin, { ids: "all" })).state.marked).toBe(unread);
    expect((await listNotifications(t.db, admin)).unread).toBe(0);
    expect((await markNotificationsRead(t.db, actorFor(org, "viewer"), { ids: "all" })).state.marked).toBe(0);
  });

  it("ignores unknown ids", async () => {
    expect((await markNotificationsRead(t.db, actorFor(org, "approver"), { ids: [randomUUID()] })).state.marked).toBe(0);
  });

  it("runs in the mutation runner: a retry with the same key replays, the same key for other ids is refused", async () => {
    await notifyApprovers();
    const approver = actorFor(org, "approver");
    const [latest] = (await listNotifications(t.db, approver)).items;
    if (!latest) throw new Error("notification expected");
    const idempotencyKey = `mark-read-${randomUUID()}`;
    const first = await markNotificationsRead(t.db, approver, { ids: [latest.id] }, { idempotencyKey });
    expect(first).toMatchObject({ state: { marked: 1 }, replayed: false });
    const retry = await markNotificationsRead(t.db, approver, { ids: [latest.id] }, { idempotencyKey });
    expect(retry).toMatchObject({ state: { marked: 1 }, replayed: true });
    await expect(markNotificationsRead(t.db, approver, { ids: "all" }, { idempotencyKey })).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });
});
