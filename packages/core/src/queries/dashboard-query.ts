import { z } from "zod";
import { dashboardSchema, type Dashboard } from "../dto/workspace-dto";
import { defineQuery } from "../shared/define-use-case";
import { listApprovalInbox } from "./movement-queries";
import { listTasks } from "./workspace-queries";

/** What a person needs first: approvals waiting for them, their tasks, what just happened, the cash. */
export const getDashboard = defineQuery({
  name: "get-dashboard",
  permission: "ledger.read",
  input: z.object({}),
  output: dashboardSchema,
  async run({ db, actor }): Promise<Dashboard> {
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
  },
});
