import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../root";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

let h: ApiHarness;
type Client = Awaited<ReturnType<ApiHarness["signInAs"]>>["client"];
let admin: Client;
let clerk: Awaited<ReturnType<ApiHarness["signInAs"]>>;
let approverA: Client;
let approverB: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createApiHarness();
  admin = (await h.signInAs("admin")).client;
  clerk = await h.signInAs("clerk");
  approverA = (await h.signInAs("approver")).client;
  approverB = (await h.signInAs("approver")).client;
  for (const [key, input] of Object.entries({
    bank: { code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true },
    equity: { code: "3000", name: "Share capital", type: "equity", currency: "EUR" },
    payable: { code: "2000", name: "Accounts payable", type: "liability", currency: "EUR" },
  } as const)) {
    ids[key] = (await admin.accounts.create.mutate(input)).state.id;
  }
  await admin.ledger.postEntry.mutate({
    effectiveDate: new Date(),
    memo: "Opening capital",
    lines: [
      { accountId: ids.bank ?? "", debitMinor: 100_000_00n },
      { accountId: ids.equity ?? "", creditMinor: 100_000_00n },
    ],
  });
  ids.vendor = (await clerk.client.counterparties.create.mutate({ kind: "vendor", name: "Acme Supplies" })).state.id;
});
afterAll(() => h.destroy());

async function trpcError(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

describe("a payment in the two-approver band, over HTTP", () => {
  it("is requested, refused to its requester, approved twice, posted, and replayed on retry", async () => {
    const request = {
      kind: "vendor_payment",
      description: "Office furniture",
      amountMinor: 2_500_00n,
      sourceAccountId: ids.bank ?? "",
      destinationAccountId: ids.payable ?? "",
      counterpartyId: ids.vendor ?? null,
      idempotencyKey: "request-office-furniture",
    } as const;
    const requested = await clerk.client.movements.request.mutate(request);
    expect(requested.state.status).toBe("pending_approval");
    expect(requested.message).toMatch(/needs 2 approvals/);
    // Both approvers and the admin (an admin counts as an approver) can act now.
    expect(requested.triggered).toContain("notified 3 approvers");
    const retried = await clerk.client.movements.request.mutate(request);
    expect(retried.replayed).toBe(true);
    expect(retried.state.id).toBe(requested.state.id);

    const movementId = requested.state.id;
    const self = await trpcError(clerk.client.approvals.approve.mutate({ movementId }));
    expect(self.data?.code).toBe("FORBIDDEN");
    expect(self.data?.domainCode).toBe("NOT_PERMITTED");

    const inbox = await approverA.approvals.inbox.query();
    expect(inbox.find((m) => m.id === movementId)?.requestedByName).toBe("Test clerk");
    const first = await approverA.approvals.approve.mutate({ movementId });
    expect(first.message).toContain("awaiting 1 more approval");
    const twice = await trpcError(approverA.approvals.approve.mutate({ movementId }));
    expect(twice.data?.domainCode).toBe("ALREADY_APPROVED_BY_YOU");
    expect(twice.data?.code).toBe("CONFLICT");

    const second = await approverB.approvals.approve.mutate({ movementId, idempotencyKey: "approve-b-office" });
    expect(second.state.status).toBe("posted");
    expect(second.triggered.some((t) => /^posted JE-\d{4}-\d{6}$/.test(t))).toBe(true);

    const detail = await clerk.client.movements.byId.query({ movementId });
    expect(detail.entry?.lines.map((l) => [l.accountCode, l.debitMinor, l.creditMinor])).toEqual([
      ["2000", 2_500_00n, 0n],
      ["1010", 0n, 2_500_00n],
    ]);
    const notes = await clerk.client.notifications.list.query();
    expect(notes.items.some((n) => n.title.includes("approved and posted"))).toBe(true);

    const late = await trpcError(approverA.approvals.reject.mutate({ movementId, reason: "Too late" }));
    expect(late.data?.domainCode).toBe("MOVEMENT_NOT_PENDING");
  });

  it("names each bad field of a request and writes nothing", async () => {
    const before = await h.t.db.prisma.movement.count();
    const error = await trpcError(
      clerk.client.movements.request.mutate({
        kind: "vendor_payment",
        description: "",
        amountMinor: -5n,
        sourceAccountId: "not-a-uuid",
        destinationAccountId: ids.payable ?? "",
        counterpartyId: null,
      }),
    );
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.data?.fieldErrors ?? {}).sort()).toEqual(["amountMinor", "counterpartyId", "description", "sourceAccountId"]);
    expect(await h.t.db.prisma.movement.count()).toBe(before);
  });

  it("keeps the dashboard in step", async () => {
    const summary = await approverA.dashboard.summary.query();
    expect(summary.bankBalances.find((b) => b.code === "1010")?.balanceMinor).toBe(100_000_00n - 2_500_00n);
  });
});

describe("approvals.requirement, over HTTP", () => {
  it("answers the band a movement of an amount falls in, exactly at the limit and one above", async () => {
    const at = (amountMinor: bigint) => clerk.client.approvals.requirement.query({ sourceAccountId: ids.bank ?? "", amountMinor });
    expect(await at(1_000_00n)).toMatchObject({ currency: "EUR", bandLabel: "up to 1,000.00 EUR", requiredApprovals: 1, minimumRole: "approver", requiresController: false, isDefault: true });
    expect(await at(1_000_01n)).toMatchObject({ bandLabel: "up to 50,000.00 EUR", requiredApprovals: 2, requiresController: false });
    expect(await at(50_000_01n)).toMatchObject({ bandLabel: "above 50,000.00 EUR", requiredApprovals: 2, requiresController: true });
    const refused = await trpcError(clerk.client.approvals.requirement.query({ amountMinor: 1n }));
    expect(refused.data?.domainCode).toBe("INVALID_INPUT");
  });

  it("returns each movement's allowed actions beside canDecide", async () => {
    const { state } = await clerk.client.movements.request.mutate({
      kind: "vendor_payment",
      description: "Printer paper",
      amountMinor: 10_00n,
      sourceAccountId: ids.bank ?? "",
      destinationAccountId: ids.payable ?? "",
      counterpartyId: ids.vendor ?? null,
    });
    const mine = await clerk.client.movements.byId.query({ movementId: state.id });
    expect(mine.movement.allowedActions).toEqual({
      approve: { allowed: false, code: "NOT_PERMITTED", reason: "Your role cannot approve movements." },
      reject: { allowed: false, code: "NOT_PERMITTED", reason: "Your role cannot reject movements." },
      cancel: { allowed: true },
    });
    const theirs = (await approverA.approvals.inbox.query()).find((m) => m.id === state.id);
    expect(theirs?.allowedActions.approve).toEqual({ allowed: true });
    expect(theirs?.canDecide).toBe(true);
    expect(theirs?.allowedActions.cancel).toMatchObject({ allowed: false, code: "NOT_REQUESTER" });
  });
});
