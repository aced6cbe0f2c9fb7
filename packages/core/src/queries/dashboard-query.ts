import type { AccountType, AuditEventRecord, Database, TaskRecord } from "@closebook/db";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { listApprovalInbox, type MovementView } from "./movement-queries";
import { listTasks } from "./workspace-queries";

export interface Dashboard {
  pendingApprovals: MovementView[];
  openTasks: TaskRecord[];
  recentActivity: AuditEventRecord[];
  bankBalances: { id: string; code: string; name: string; type: AccountType; currency: string; balanceMinor: bigint; minimumBalanceMinor: bigint | null }[];
  unreadNotifications: number;
}

/** What a person needs first: approvals waiting for them, their tasks, what just happened, the cash. */
export async function getDashboard(db: Database, actor: Actor): Promise<Dashboard> {
  authorize(actor, "ledger.read");
  const [pendingApprovals, tasks, recentActivity, accounts, unreadNotifications] = await Promise.all([
    listApprovalInbox(db, actor),
    listTasks(db, actor, { status: "open", limit: 10 }),
    db.read.audit.list({ organizationId: actor.organizationId, limit: 10 }),
    db.read.accounts.list({ organizationId: actor.organizationId }),
    db.read.notifications.countUnread(actor.organizationId, actor.userId),
  ]);
  return {
    pendingApprovals,
    openTasks: tasks.items,
    recentActivity,
    bankBalances: accounts
      .filter((a) => a.isBankAccount)
      .map((a) => ({ id: a.id, code: a.code, name: a.name, type: a.type, currency: a.currency, balanceMinor: a.balanceMinor, minimumBalanceMinor: a.minimumBalanceMinor })),
    unreadNotifications,
  };
}
