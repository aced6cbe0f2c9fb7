import { describe, expect, it } from "vitest";
import { auditChanges, enumLabel, renderAuditValue } from "./audit-changes";

describe("auditChanges", () => {
  it("lists only the fields that changed, money with the snapshot's currency, dates and enums as labels", () => {
    const before = { id: "c1", status: "draft", currency: "EUR", amountMinor: "10000", dueDate: "2026-12-31T00:00:00.000Z", description: "Consulting", updatedAt: "2026-12-01T10:00:00.000Z" };
    const after = { id: "c1", status: "issued", currency: "EUR", amountMinor: "1234567", dueDate: "2027-01-15T00:00:00.000Z", description: "Consulting", updatedAt: "2026-12-03T14:33:21.123Z" };
    expect(auditChanges(before, after)).toEqual([
      { field: "amountMinor", before: "100.00 EUR", after: "12,345.67 EUR" },
      { field: "dueDate", before: "2026-12-31", after: "2027-01-15" },
      { field: "status", before: "Draft", after: "Issued" },
    ]);
  });

  it("a creation lists every field with no before; a deletion every field with no after; nulls stay null", () => {
    expect(auditChanges(null, { name: "Acme", email: null, kind: "customer" })).toEqual([
      { field: "kind", before: null, after: "Customer" },
      { field: "name", before: null, after: "Acme" },
    ]);
    expect(auditChanges({ amountMinor: "500", currency: "JPY" }, null)).toEqual([
      { field: "amountMinor", before: "500 JPY", after: null },
      { field: "currency", before: "JPY", after: null },
    ]);
  });

  it("renders the same value the same way whether it came as JSON text or as a live value", () => {
    const snapshot = { amountMinor: "-2500", currency: "USD", postedAt: "2026-12-03T14:33:21.000Z", requiresController: true, status: "pending_approval" };
    const live = { amountMinor: -2500n, currency: "USD", postedAt: new Date("2026-12-03T14:33:21.000Z"), requiresController: true, status: "pending_approval" };
    expect(auditChanges(snapshot, live)).toEqual([]);
    expect(auditChanges({}, live)).toEqual([
      { field: "amountMinor", before: null, after: "-25.00 USD" },
      { field: "currency", before: null, after: "USD" },
      { field: "postedAt", before: null, after: "2026-12-03 14:33:21 UTC" },
      { field: "requiresController", before: null, after: "yes" },
      { field: "status", before: null, after: "Pending approval" },
    ]);
  });

  it("uses each side's own currency when the currency itself changed, and compares nested values as a whole", () => {
    expect(auditChanges({ currency: "EUR", amountMinor: "100" }, { currency: "USD", amountMinor: "100" })).toEqual([{ field: "currency", before: "EUR", after: "USD" }]);
    expect(auditChanges({ currency: "EUR", amountMinor: "100" }, { currency: "JPY", amountMinor: "150" })).toEqual([
      { field: "amountMinor", before: "1.00 EUR", after: "150 JPY" },
      { field: "currency", before: "EUR", after: "JPY" },
    ]);
    expect(auditChanges({ approvals: [{ approverId: "a" }] }, { approvals: [{ approverId: "a" }, { approverId: "b" }] })).toEqual([
      { field: "approvals", before: '[{"approverId":"a"}]', after: '[{"approverId":"a"},{"approverId":"b"}]' },
    ]);
  });

  it("leaves free text alone even when it looks like an enum value, and money without a currency in minor units", () => {
    expect(renderAuditValue("description", "pending_approval", "EUR")).toBe("pending_approval");
    expect(renderAuditValue("balanceMinor", "12345", null)).toBe("12345 (minor units)");
    expect(renderAuditValue("effectiveDate", "2026-02-28T00:00:00.000Z", null)).toBe("2026-02-28");
    expect(enumLabel("charge_payment")).toBe("Charge payment");
  });
});
