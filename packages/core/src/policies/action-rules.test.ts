import type { ChargeRecord, JournalEntryRecord, TaskRecord } from "@closebook/db";
import { describe, expect, it } from "vitest";
import { verdict } from "./refusal";
import { issueChargeRefusal, recordChargePaymentRefusal, voidChargeRefusal } from "./charge-actions";
import { reverseJournalEntryRefusal } from "./journal-entry-actions";
import { roles, type Role } from "./roles";
import { completeTaskRefusal, taskAudience } from "./task-actions";

const as = (role: Role, userId = "user-1") => ({ role, userId });
const charge = (status: ChargeRecord["status"], paidMinor = 0n, creditedMinor = 0n) => ({ status, number: status === "draft" ? null : "CH-2026-00001", paidMinor, creditedMinor });
const codeOf = (refusal: { code: string } | null) => refusal?.code ?? null;

describe("charge actions", () => {
  it("issue: a clerk issues a draft; not an issued, paid or void charge; not a viewer", () => {
    expect(issueChargeRefusal(as("clerk"), charge("draft"))).toBeNull();
    expect(codeOf(issueChargeRefusal(as("clerk"), charge("issued")))).toBe("CHARGE_NOT_DRAFT");
    expect(codeOf(issueChargeRefusal(as("clerk"), charge("paid")))).toBe("CHARGE_NOT_DRAFT");
    expect(codeOf(issueChargeRefusal(as("clerk"), charge("void")))).toBe("CHARGE_VOID");
    expect(issueChargeRefusal(as("viewer"), charge("draft"))).toEqual({ code: "NOT_PERMITTED", reason: "A viewer may not do this (charges.issue needs clerk or above)." });
  });

  it("record a payment: only on an issued charge not yet paid in full", () => {
    expect(recordChargePaymentRefusal(as("clerk"), charge("issued", 10n))).toBeNull();
    expect(codeOf(recordChargePaymentRefusal(as("clerk"), charge("draft")))).toBe("CHARGE_NOT_ISSUED");
    expect(codeOf(recordChargePaymentRefusal(as("clerk"), charge("paid", 100n)))).toBe("CHARGE_ALREADY_PAID");
    expect(codeOf(recordChargePaymentRefusal(as("clerk"), charge("void")))).toBe("CHARGE_VOID");
    expect(codeOf(recordChargePaymentRefusal(as("viewer"), charge("issued")))).toBe("NOT_PERMITTED");
    expect(codeOf(recordChargePaymentRefusal(as("clerk"), charge("credited", 40n, 60n)))).toBe("CHARGE_CREDITED");
  });

  it("void: a controller voids a draft or an issued charge without payments", () => {
    expect(voidChargeRefusal(as("controller"), charge("draft"))).toBeNull();
    expect(voidChargeRefusal(as("controller"), charge("issued"))).toBeNull();
    expect(codeOf(voidChargeRefusal(as("controller"), charge("issued", 1n)))).toBe("CHARGE_HAS_PAYMENTS");
    expect(codeOf(voidChargeRefusal(as("controller"), charge("paid", 100n)))).toBe("CHARGE_ALREADY_PAID");
    expect(codeOf(voidChargeRefusal(as("controller"), charge("void")))).toBe("CHARGE_VOID");
    expect(codeOf(voidChargeRefusal(as("approver"), charge("draft")))).toBe("NOT_PERMITTED");
    expect(codeOf(voidChargeRefusal(as("controller"), charge("issued", 0n, 30n)))).toBe("CHARGE_CREDITED");
  });

  it("the permission comes first: a viewer is told they may not, whatever the charge's state", () => {
    for (const status of ["draft", "issued", "paid", "void"] as const) {
      expect(codeOf(issueChargeRefusal(as("viewer"), charge(status)))).toBe("NOT_PERMITTED");
      expect(codeOf(voidChargeRefusal(as("clerk"), charge(status)))).toBe("NOT_PERMITTED");
    }
  });
});

describe("reversing a journal entry", () => {
  const entry = (source: JournalEntryRecord["source"], reversedBy: string | null = null) => ({ number: "JE-2026-000001", source, reversedByEntryId: reversedBy, reversedByNumber: reversedBy ? "JE-2026-000002" : null });

  it("is open to a controller on a manual entry or a reversal not yet reversed", () => {
    expect(reverseJournalEntryRefusal(as("controller"), entry("manual"))).toBeNull();
    expect(reverseJournalEntryRefusal(as("admin"), entry("reversal"))).toBeNull();
  });

  it("is refused on an entry a workflow posted, on one already reversed, and to a clerk", () => {
    for (const source of ["charge_issued", "charge_payment", "charge_void", "movement"] as const) {
      expect(codeOf(reverseJournalEntryRefusal(as("controller"), entry(source)))).toBe("ENTRY_NOT_REVERSIBLE");
    }
    expect(reverseJournalEntryRefusal(as("controller"), entry("manual", "x"))).toEqual({ code: "ENTRY_ALREADY_REVERSED", reason: "JE-2026-000001 was already reversed by JE-2026-000002." });
    expect(codeOf(reverseJournalEntryRefusal(as("clerk"), entry("manual")))).toBe("NOT_PERMITTED");
  });
});

describe("tasks", () => {
  const task = (assigneeUserId: string | null, assigneeRole: string | null, status: TaskRecord["status"] = "open") => ({ assigneeUserId, assigneeRole, status });

  it("are seen by their assignee and by the holders of their role; an admin sees every role's", () => {
    expect(taskAudience(as("clerk", "u1"))).toEqual({ userId: "u1", roles: ["clerk"] });
    expect(taskAudience(as("controller", "u2"))).toEqual({ userId: "u2", roles: ["controller"] });
    expect(taskAudience(as("admin", "u3"))).toEqual({ userId: "u3", roles: [...roles] });
  });

  it("are completed by their assignee, a holder of their role when unassigned, or an admin", () => {
    expect(completeTaskRefusal(as("clerk", "u1"), task("u1", null))).toBeNull();
    expect(completeTaskRefusal(as("clerk", "u1"), task(null, "clerk"))).toBeNull();
    expect(completeTaskRefusal(as("admin", "u9"), task("u1", null))).toBeNull();
    expect(completeTaskRefusal(as("clerk", "u2"), task("u1", null))).toEqual({ code: "NOT_PERMITTED", reason: "This task is assigned to someone else." });
    expect(codeOf(completeTaskRefusal(as("approver", "u2"), task(null, "clerk")))).toBe("NOT_PERMITTED");
    expect(codeOf(completeTaskRefusal(as("clerk", "u1"), task("u1", null, "done")))).toBe("TASK_ALREADY_DONE");
    expect(codeOf(completeTaskRefusal(as("viewer", "u1"), task("u1", null)))).toBe("NOT_PERMITTED");
  });
});

describe("verdict", () => {
  it("is allowed when the rule refuses nothing, and carries the code and reason when it does", () => {
    expect(verdict(null)).toEqual({ allowed: true });
    expect(verdict({ code: "CHARGE_VOID", reason: "This charge is void." })).toEqual({ allowed: false, code: "CHARGE_VOID", reason: "This charge is void." });
  });
});
