import type { Database } from "@closebook/db";
import { formatMinor } from "../money";
import { formatDate, today } from "../shared/dates";

/**
 * Job handler, scheduled by issue-charge for the day after the due date: if the charge is still
 * open, a clerk gets a task to chase the customer. The task's dedupe key makes a redelivered job
 * create nothing more.
 */
export async function checkChargeOverdue(db: Database, payload: { organizationId: string; chargeId: string }, asOf: Date = today()): Promise<"task-created" | "not-overdue" | "already-tasked"> {
  return db.transaction(async (tx) => {
    const charge = await tx.charges.findById(payload.organizationId, payload.chargeId);
    if (!charge || charge.status !== "issued" || !charge.dueDate || charge.dueDate >= asOf) return "not-overdue";
    const customer = await tx.counterparties.findById(payload.organizationId, charge.customerId);
    const task = await tx.tasks.insertUnlessDuplicate({
      organizationId: payload.organizationId,
      title: `Chase overdue charge ${charge.number ?? ""}`,
      detail: `${customer?.name ?? "The customer"} owes ${formatMinor(charge.amountMinor - charge.paidMinor, charge.currency)}, due ${formatDate(charge.dueDate)}.`,
      assigneeUserId: null,
      assigneeRole: "clerk",
      entityType: "charge",
      entityId: charge.id,
      dedupeKey: `overdue:${charge.id}`,
      dueOn: null,
    });
    if (!task) return "already-tasked";
    await tx.audit.record({
      organizationId: payload.organizationId,
      actorUserId: "system",
      action: "task.created",
      entityType: "task",
      entityId: task.id,
      before: null,
      after: task,
      requestId: `job:check-charge-overdue:${charge.id}`,
    });
    return "task-created";
  });
}
