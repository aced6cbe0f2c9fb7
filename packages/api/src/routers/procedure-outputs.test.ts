import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

/**
 * Every procedure declares its output with zod and tRPC validates each result against it, so a
 * schema out of step with what the database really returns fails the call. This walks through
 * every procedure once over HTTP, with real rows, so each output schema meets real data.
 */
let h: ApiHarness;
type Client = Awaited<ReturnType<ApiHarness["signInAs"]>>["client"];
let admin: Client;
let approver: Client;
const ids: Record<string, string> = {};
const id = (key: string) => ids[key] ?? "";

beforeAll(async () => {
  h = await createApiHarness();
  admin = (await h.signInAs("admin")).client;
  approver = (await h.signInAs("approver")).client;
});
afterAll(() => h.destroy());

describe("every procedure's output passes its schema with real data", () => {
  it("accounts and counterparties", async () => {
    for (const [key, input] of Object.entries({
      bank: { code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true, minimumBalanceMinor: 100_00n },
      receivable: { code: "1200", name: "Receivables", type: "asset", currency: "EUR" },
      payable: { code: "2000", name: "Accounts payable", type: "liability", currency: "EUR" },
      equity: { code: "3000", name: "Share capital", type: "equity", currency: "EUR" },
      revenue: { code: "4000", name: "Sales", type: "revenue", currency: "EUR" },
    } as const)) {
      ids[key] = (await admin.accounts.create.mutate(input)).state.id;
    }
    expect((await admin.accounts.list.query()).map((a) => a.code)).toEqual(["1010", "1200", "2000", "3000", "4000"]);
    ids.customer = (await admin.counterparties.create.mutate({ kind: "customer", name: "Globex", email: "ap@globex.example" })).state.id;
    ids.vendor = (await admin.counterparties.create.mutate({ kind: "vendor", name: "Acme Supplies" })).state.id;
    const page = await admin.counterparties.list.query({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toBe(page.items[0]?.id);
  });

  it("ledger: post, reverse, list, read an entry and an account's ledger", async () => {
    const opening = await admin.ledger.postEntry.mutate({
      effectiveDate: new Date(),
      memo: "Opening capital",
      lines: [
        { accountId: id("bank"), debitMinor: 10_000_00n },
        { accountId: id("equity"), creditMinor: 10_000_00n, memo: "Founders" },
      ],
    });
    const mistake = await admin.ledger.postEntry.mutate({
      effectiveDate: new Date(),
      memo: "Posted twice by mistake",
      lines: [
        { accountId: id("bank"), debitMinor: 5_00n },
        { accountId: id("equity"), creditMinor: 5_00n },
      ],
    });
    const reversal = await admin.ledger.reverseEntry.mutate({ entryId: mistake.state.id, reason: "Duplicate" });
    expect(reversal.state.reversesEntryId).toBe(mistake.state.id);
    expect((await admin.ledger.entry.query({ entryId: mistake.state.id })).reversedByNumber).toBe(reversal.state.number);
    expect((await admin.ledger.entries.query({ accountId: id("bank") })).items.map((e) => e.id)).toContain(opening.state.id);
    const ledger = await admin.ledger.accountLedger.query({ accountId: id("bank"), limit: 2 });
    expect(ledger.account.balanceMinor).toBe(10_000_00n);
    expect(ledger.lines.map((l) => l.runningBalanceMinor)).toEqual([10_000_00n, 10_005_00n]);
    expect(typeof ledger.nextBeforeSequence).toBe("bigint");
  });

  it("charges: draft, issue, part payment, void, list and detail", async () => {
    const draft = {
      customerId: id("customer"),
      description: "Consulting, November",
      currency: "EUR",
      amountMinor: 1_200_00n,
      receivableAccountId: id("receivable"),
      revenueAccountId: id("revenue"),
    };
    const created = await admin.charges.create.mutate(draft);
    const issued = await admin.charges.issue.mutate({ chargeId: created.state.id });
    expect(issued.state.status).toBe("issued");
    const paid = await admin.charges.recordPayment.mutate({ chargeId: created.state.id, reference: "BANK-REF-001", amountMinor: 200_00n, bankAccountId: id("bank") });
    expect(paid.state.remainingMinor).toBe(1_000_00n);
    const other = await admin.charges.create.mutate({ ...draft, description: "Entered by mistake" });
    expect((await admin.charges.void.mutate({ chargeId: other.state.id, reason: "Duplicate draft" })).state.status).toBe("void");
    expect((await admin.charges.list.query()).items.map((c) => c.customerName)).toEqual(["Globex", "Globex"]);
    const detail = await admin.charges.byId.query({ chargeId: created.state.id });
    expect(detail.payments.map((p) => p.reference)).toEqual(["BANK-REF-001"]);
    expect(detail.entries).toHaveLength(2);
  });

  it("movements and approvals: request, approve, reject, cancel, inbox, list and detail", async () => {
    const request = (description: string) =>
      admin.movements.request.mutate({
        kind: "vendor_payment",
        description,
        amountMinor: 50_00n,
        sourceAccountId: id("bank"),
        destinationAccountId: id("payable"),
        counterpartyId: id("vendor"),
      });
    const approved = await request("Printer paper");
    expect((await approver.approvals.approve.mutate({ movementId: approved.state.id })).state.status).toBe("posted");
    const rejected = await request("Duplicate invoice");
    expect((await approver.approvals.reject.mutate({ movementId: rejected.state.id, reason: "Already paid" })).state.status).toBe("rejected");
    const cancelled = await request("Wrong vendor");
    expect((await admin.movements.cancel.mutate({ movementId: cancelled.state.id, reason: "Oops" })).state.status).toBe("cancelled");
    const pending = await request("Toner");
    expect((await approver.approvals.inbox.query()).map((m) => m.id)).toEqual([pending.state.id]);
    expect((await admin.movements.list.query({ mine: true })).items).toHaveLength(4);
    const detail = await admin.movements.byId.query({ movementId: approved.state.id });
    expect(detail.entry?.lines).toHaveLength(2);
    expect(Object.values(detail.names)).toContain("Test approver");
  });

  it("tasks, notifications, audit, approval policy, dashboard and session", async () => {
    const tasks = await admin.tasks.list.query({ status: "open" });
    const task = tasks.items[0];
    expect(task).toBeDefined();
    expect((await admin.tasks.complete.mutate({ taskId: task?.id ?? "" })).state.status).toBe("done");

    const notifications = await admin.notifications.list.query();
    expect(notifications.unread).toBeGreaterThan(0);
    expect((await admin.notifications.markRead.mutate({ ids: "all" })).state.marked).toBe(notifications.unread);

    const audit = await admin.audit.list.query({ entityType: "ledger_account" });
    expect(audit.items.filter((e) => e.action === "account.created")).toHaveLength(5);

    const policy = await admin.settings.approvalPolicy.query();
    expect(policy.map((p) => [p.currency, p.isDefault])).toEqual([["EUR", true]]);
    const updated = await admin.settings.updateApprovalPolicy.mutate({
      currency: "EUR",
      bands: [
        { upToMinor: 500_00n, requiredApprovals: 1, minimumRole: "approver" },
        { upToMinor: null, requiredApprovals: 2, minimumRole: "controller", requiresController: true },
      ],
    });
    expect(updated.state.map((b) => b.upToMinor)).toEqual([500_00n, null]);

    const dashboard = await approver.dashboard.summary.query();
    expect(dashboard.bankBalances.map((b) => b.code)).toEqual(["1010"]);
    expect(dashboard.pendingApprovals).toHaveLength(1);

    const me = await admin.session.me.query();
    expect(me.role).toBe("admin");
    expect(me.activeOrganization?.organizationId).toBe(h.organizationId);
    expect(me.permissions).toContain("approvalPolicy.update");
    expect(me.formats).toEqual({ dateFormat: "iso", numberFormat: "comma_point" });

    expect(await approver.settings.formats.query()).toEqual({ dateFormat: "iso", numberFormat: "comma_point" });
    const formats = await admin.settings.updateFormats.mutate({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
    expect(formats.state).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
    expect((await approver.session.me.query()).formats).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
  });
});
