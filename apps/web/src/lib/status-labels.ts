import { bankStatementLineStatuses, chargeStatuses, entrySources, movementKinds, movementStatuses, taskStatuses } from "@closebook/core";
import type { BadgeTone } from "@/components/ui/badge";

/** The enums are core's (declared once there); this file only adds their labels and colours. */
export { bankStatementLineStatuses, chargeStatuses, entrySources, movementKinds, movementStatuses, taskStatuses };

/** Labels and badge colours of the states documents go through, in one place for every page. */
interface StateStyle {
  label: string;
  tone: BadgeTone;
}

export type ChargeStatus = (typeof chargeStatuses)[number];
export const chargeStatusStyles: Record<ChargeStatus, StateStyle> = {
  draft: { label: "Draft", tone: "neutral" },
  issued: { label: "Issued", tone: "blue" },
  paid: { label: "Paid", tone: "green" },
  void: { label: "Void", tone: "red" },
  credited: { label: "Credited", tone: "neutral" },
};

export type StatementLineStatus = (typeof bankStatementLineStatuses)[number];
export const statementLineStatusStyles: Record<StatementLineStatus, StateStyle> = {
  unreconciled: { label: "Unreconciled", tone: "amber" },
  matched: { label: "Matched", tone: "green" },
  excluded: { label: "Excluded", tone: "neutral" },
};

export type MovementStatus = (typeof movementStatuses)[number];
export const movementStatusStyles: Record<MovementStatus, StateStyle> = {
  pending_approval: { label: "Pending approval", tone: "amber" },
  approved: { label: "Approved", tone: "blue" },
  posted: { label: "Posted", tone: "green" },
  rejected: { label: "Rejected", tone: "red" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

export type MovementKind = (typeof movementKinds)[number];
export const movementKindLabels: Record<MovementKind, string> = {
  vendor_payment: "Vendor payment",
  transfer: "Transfer",
};

export type EntrySource = (typeof entrySources)[number];
export const entrySourceStyles: Record<EntrySource, StateStyle> = {
  manual: { label: "Manual", tone: "violet" },
  charge_issued: { label: "Charge issued", tone: "blue" },
  charge_payment: { label: "Charge payment", tone: "green" },
  charge_void: { label: "Charge void", tone: "red" },
  movement: { label: "Movement", tone: "amber" },
  reversal: { label: "Reversal", tone: "neutral" },
  credit_note: { label: "Credit note", tone: "neutral" },
};

export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusStyles: Record<TaskStatus, StateStyle> = {
  open: { label: "Open", tone: "amber" },
  done: { label: "Done", tone: "green" },
};

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
