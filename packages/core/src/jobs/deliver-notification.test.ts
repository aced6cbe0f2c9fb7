import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  fundAccount,
  notificationsAbout,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { requestMovement } from "../use-cases/request-movement";
import { deliverNotification, type Mailer } from "./deliver-notification";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

/** An in-memory mailer: records what it was asked to send (it can be told to fail once). */
function fakeMailer(): Mailer & { sent: { to: string; subject: string; text: string }[]; failNext: boolean } {
  return {
    sent: [],
    failNext: false,
    async send(message) {
      if (this.failNext) {
        this.failNext = false;
        throw new Error("SMTP 451: try again later");
      }
      this.sent.push(message);
    },
  };
}

/** Requests a movement and returns the approver's 'Approval needed' notification. */
async function approverNotification() {
  const { state } = await requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "transfer",
    description: "Reserve",
    amountMinor: 10_00n,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.reserveBank.id,
  });
  const notification = (await notificationsAbout(t.db, org.organizationId, state.id)).find((n) => n.userId === org.member("approver").userId);
  if (!notification) throw new Error("the approver was not notified");
  return notification;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
});
afterAll(() => t.destroy());

describe("deliverNotification (job handler)", () => {
  it("sends the e-mail copy once to the recipient and marks it delivered; a redelivered job sends nothing", async () => {
    const notification = await approverNotification();
    const mailer = fakeMailer();
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await deliverNotification(t.db, mailer, { notificationId: notification.id })).toBe("sent");
    expect(mailer.sent).toEqual([{ to: org.member("approver").email, subject: notification.title, text: `${notification.body}\n\n${notification.link}` }]);
    expect((await t.db.read.notifications.findById(notification.id))?.deliveredAt).toBeInstanceOf(Date);

    expect(await deliverNotification(t.db, mailer, { notificationId: notification.id })).toBe("already-delivered");
    expect(mailer.sent).toHaveLength(1);
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("leaves the notification undelivered when sending fails, so the retry sends it", async () => {
    const notification = await approverNotification();
    const mailer = fakeMailer();
    mailer.failNext = true;
    await expect(deliverNotification(t.db, mailer, { notificationId: notification.id })).rejects.toThrow("SMTP 451");
    expect((await t.db.read.notifications.findById(notification.id))?.deliveredAt).toBeNull();
    expect(await deliverNotification(t.db, mailer, { notificationId: notification.id })).toBe("sent");
    expect(mailer.sent).toHaveLength(1);
  });

  it("sends once when the job runs twice at the same moment", async () => {
    const notification = await approverNotification();
    const mailer = fakeMailer();
    const results = await Promise.all([deliverNotification(t.db, mailer, { notificationId: notification.id }), deliverNotification(t.db, mailer, { notificationId: notification.id })]);
    expect(results.sort()).toEqual(["already-delivered", "sent"]);
    expect(mailer.sent).toHaveLength(1);
  });

  it("reports a notification that does not exist as missing and sends nothing", async () => {
    const mailer = fakeMailer();
    expect(await deliverNotification(t.db, mailer, { notificationId: randomUUID() })).toBe("missing");
    expect(mailer.sent).toEqual([]);
  });
});
