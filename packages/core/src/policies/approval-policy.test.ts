import { describe, expect, it } from "vitest";
import { defaultBands, orderBands, progressOf, requirementFor, rolesThatCanApproveNow, type BandInput } from "./approval-policy";
import { can } from "./permissions";

const approval = (approverRole: string) => ({ id: "a", approverId: `u-${approverRole}-${Math.random()}`, approverRole, createdAt: new Date() });

describe("requirementFor (default bands)", () => {
  const eur = (amount: bigint) => requirementFor([], "EUR", amount);
  it.each([
    [1n, 1, false, "up to 1,000.00 EUR"],
    [1_000_00n, 1, false, "up to 1,000.00 EUR"],
    [1_000_01n, 2, false, "up to 50,000.00 EUR"],
    [50_000_00n, 2, false, "up to 50,000.00 EUR"],
    [50_000_01n, 2, true, "above 50,000.00 EUR"],
  ])("%s minor units: %s approvals, controller %s (%s)", (amount, requiredApprovals, requiresController, bandLabel) => {
    expect(eur(amount)).toEqual({ requiredApprovals, minimumRole: "approver", requiresController, bandLabel });
  });

  it("scales the limits to the currency's minor unit", () => {
    expect(defaultBands("JPY").map((b) => b.upToMinor)).toEqual([1_000n, 50_000n, null]);
    expect(requirementFor([], "JPY", 1_001n).requiredApprovals).toBe(2);
  });

  it("asks for a controller above the last limit when no band is open-ended", () => {
    const bands: BandInput[] = [{ currency: "EUR", upToMinor: 100n, requiredApprovals: 1, minimumRole: "approver", requiresController: false }];
    expect(requirementFor(bands, "EUR", 101n)).toEqual({ requiredApprovals: 1, minimumRole: "approver", requiresController: true, bandLabel: "above 1.00 EUR" });
  });
});

describe("progressOf and rolesThatCanApproveNow", () => {
  const top = { requiredApprovals: 2, requiresController: true, minimumApproverRole: "approver" };
  it("needs two approvals, one of them at least a controller's", () => {
    expect(progressOf({ ...top, approvals: [] })).toMatchObject({ given: 0, remaining: 2, controllerNeeded: true, complete: false });
    expect(rolesThatCanApproveNow({ ...top, approvals: [] })).toEqual(["approver", "controller", "admin"]);
    expect(rolesThatCanApproveNow({ ...top, approvals: [approval("approver")] })).toEqual(["controller", "admin"]);
    expect(rolesThatCanApproveNow({ ...top, approvals: [approval("admin")] })).toEqual(["approver", "controller", "admin"]);
    expect(progressOf({ ...top, approvals: [approval("approver"), approval("controller")] })).toMatchObject({ complete: true, remaining: 0 });
    expect(rolesThatCanApproveNow({ ...top, approvals: [approval("approver"), approval("controller")] })).toEqual([]);
  });

  it("does not count two approvers as the controller's approval", () => {
    expect(progressOf({ ...top, approvals: [approval("approver"), approval("approver")] })).toMatchObject({ complete: false, remaining: 1, controllerNeeded: true });
  });

  it("follows a band's higher minimum role", () => {
    expect(rolesThatCanApproveNow({ requiredApprovals: 1, requiresController: false, minimumApproverRole: "controller", approvals: [] })).toEqual(["controller", "admin"]);
  });
});

describe("permissions", () => {
  it("lets clerks request but not approve, controllers post, only admins change the policy", () => {
    expect([can("clerk", "movements.request"), can("clerk", "movements.approve"), can("approver", "movements.approve")]).toEqual([true, false, true]);
    expect([can("approver", "ledger.post"), can("controller", "ledger.post"), can("controller", "approvalPolicy.update"), can("admin", "approvalPolicy.update")]).toEqual([false, true, false, true]);
    expect(can("viewer", "notifications.read")).toBe(true);
  });
});

describe("orderBands", () => {
  const band = (currency: string, upToMinor: bigint | null): BandInput => ({ currency, upToMinor, requiredApprovals: 1, minimumRole: "approver", requiresController: false });
  it("orders by currency, then smallest limit first, the open-ended band last", () => {
    const ordered = orderBands([band("USD", null), band("EUR", null), band("EUR", 500n), band("USD", 10n), band("EUR", 100n)]);
    expect(ordered.map((b) => `${b.currency}:${b.upToMinor ?? "∞"}`)).toEqual(["EUR:100", "EUR:500", "EUR:∞", "USD:10", "USD:∞"]);
  });

  it("lets requirementFor take the bands in any order, and only the currency's own", () => {
    const shuffled = [band("EUR", null), band("USD", 1n), band("EUR", 100n)];
    expect(requirementFor(shuffled, "EUR", 100n).bandLabel).toBe("up to 1.00 EUR");
    expect(requirementFor(shuffled, "EUR", 101n).bandLabel).toBe("above 1.00 EUR");
  });
});
