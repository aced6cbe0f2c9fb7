import { z } from "zod";
import { dashboardSchema, type Dashboard, type DashboardBankBalance } from "../dto/workspace-dto";
import { belowMinimumWarning } from "../ledger/minimum-balance";
import { displayBalanceMinor } from "../ledger/normal-balance";
import { defineQuery } from "../shared/define-use-case";
import { listApprovalInbox } from "./movement-queries";
import { listTasks } from "./workspace-queries";

/**
 * What a person needs first: approvals waiting for them, their tasks, what just happened, the cash,
 * with the bank accounts below their minimum balance already judged (the web only shows them).
 */
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
    const bankBalances = accounts
      .filter((a) => a.isBankAccount)
      .map((a): DashboardBankBalance => {
        const below = belowMinimumWarning(a);
        return {
          id: a.id,
          code: a.code,
          name: a.name,
          type: a.type,
          currency: a.currency,
          balanceMinor: a.balanceMinor,
          displayBalanceMinor: displayBalanceMinor(a.type, a.balanceMinor),
          minimumBalanceMinor: a.minimumBalanceMinor,
          shortfallMinor: below?.shortfallMinor ?? null,
          warning: below?.warning ?? null,
        };
      });
    const warnings = bankBalances.flatMap((b) => (b.warning ? [b.warning] : []));
    return {
      pendingApprovals,
      openTasks: tasks.items,
      recentActivity,
      bankBalances,
      bankAccountsBelowMinimum: warnings.length,
      warnings,
      unreadNotifications,
    };
  },
});
