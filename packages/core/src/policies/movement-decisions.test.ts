import type { MovementRecord } from "@closebook/db";
import { describe, expect, it } from "vitest";
import { approvalRefusal, cancellationRefusal, mayDecide, rejectionRefusal } from "./movement-decisions";
import { committedMovementStatuses, settledMovementStatuses } from "./movement-statuses";
import type { Role } from "./roles";

type Decided = Pick<MovementRecord, "number" | "status" | "requestedBy" | "approvals" | "requiredApprovals" | "requiresController" | "minimumApproverRole">;

const approval = (approverId: string, approverRole: Role) => ({ id: `a-${approverId}`, approverId, approverRole, createdAt: new Date() });
const movement = (over: Partial<Decided> = {}): Decided => ({
  number: "MV-2026-000001",
  status: "pending_approval",
  requestedBy: "requester",
  approvals: [],
  requiredApprovals: 1,
  requiresController: false,
  minimumApproverRole: "approver",
  ...over,
});
const as = (role: Role, userId = `u-${role}`) => ({ userId, role });

describe("approvalRefusal", () => {
  it("allows an approver on a pending movement of someone else", () => {
    expect(approvalRefusal(as("approver"), movement())).toBeNull();
  });

  it.each([
    ["a clerk", as("clerk"), movement(), "NOT_PERMITTED"],
    ["a posted movement", as("approver"), movement({ status: "posted" }), "MOVEMENT_NOT_PENDING"],
    ["its requester", as("approver", "requester"), movement(), "SELF_APPROVAL_FORBIDDEN"],
    ["a second approval by the same person", as("approver", "ann"), movement({ requiredApprovals: 2, approvals: [approval("ann", "approver")] }), "ALREADY_APPROVED_BY_YOU"],
    ["a band needing a controller", as("approver"), movement({ minimumApproverRole: "controller" }), "APPROVER_ROLE_TOO_LOW"],
    ["an approver when only a controller's approval is missing", as("approver"), movement({ requiredApprovals: 2, requiresController: true, approvals: [approval("ann", "approver")] }), "APPROVER_ROLE_TOO_LOW"],
  ] as const)("refuses %s", (_what, actor, m, code) => {
    expect(approvalRefusal(actor, m)?.code).toBe(code);
  });

  it("says why a controller's approval is the one missing", () => {
    const waiting = movement({ requiredApprovals: 2, requiresController: true, approvals: [approval("ann", "approver")] });
    expect(approvalRefusal(as("approver"), waiting)?.reason).toBe("MV-2026-000001 needs a controller's approval now.");
    expect(approvalRefusal(as("controller"), waiting)).toBeNull();
  });
});

describe("rejectionRefusal", () => {
  it("follows the band's minimum role, not the approval that is missing", () => {
    const waiting = movement({ requiredApprovals: 2, requiresController: true, approvals: [approval("ann", "approver")] });
    // The one case where approving and rejecting disagree: an approver may reject, not approve.
    expect(rejectionRefusal(as("approver"), waiting)).toBeNull();
    expect(approvalRefusal(as("approver"), waiting)?.code).toBe("APPROVER_ROLE_TOO_LOW");
    expect(mayDecide("approver", waiting)).toBe(true);
  });

  it.each([
    ["a viewer", as("viewer"), movement(), "NOT_PERMITTED"],
    ["a cancelled movement", as("approver"), movement({ status: "cancelled" }), "MOVEMENT_NOT_PENDING"],
    ["its requester", as("controller", "requester"), movement(), "SELF_APPROVAL_FORBIDDEN"],
    ["one who approved it", as("approver", "ann"), movement({ requiredApprovals: 2, approvals: [approval("ann", "approver")] }), "ALREADY_APPROVED_BY_YOU"],
    ["a role below the band's", as("approver"), movement({ minimumApproverRole: "controller" }), "APPROVER_ROLE_TOO_LOW"],
  ] as const)("refuses %s", (_what, actor, m, code) => {
    expect(rejectionRefusal(actor, m)?.code).toBe(code);
  });
});

describe("cancellationRefusal", () => {
  it("lets its requester or an admin cancel a pending movement", () => {
    expect(cancellationRefusal(as("clerk", "requester"), movement())).toBeNull();
    expect(cancellationRefusal(as("admin"), movement())).toBeNull();
  });

  it.each([
    ["a viewer, even its requester", as("viewer", "requester"), movement(), "NOT_PERMITTED"],
    ["a controller who did not request it", as("controller"), movement(), "NOT_REQUESTER"],
    ["an approved movement", as("clerk", "requester"), movement({ status: "approved" }), "MOVEMENT_NOT_PENDING"],
  ] as const)("refuses %s", (_what, actor, m, code) => {
    expect(cancellationRefusal(actor, m)?.code).toBe(code);
  });
});

describe("movement status sets", () => {
  it("commits money from request until posting, and averages vendors over posted movements", () => {
    expect(committedMovementStatuses).toEqual(["pending_approval", "approved"]);
    expect(settledMovementStatuses).toEqual(["posted"]);
  });
});
