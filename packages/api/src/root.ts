import { accountsRouter } from "./routers/accounts-router";
import { bankAccountsRouter, statementsRouter } from "./routers/bank-router";
import { chargesRouter } from "./routers/charges-router";
import { counterpartiesRouter } from "./routers/counterparties-router";
import { ledgerRouter } from "./routers/ledger-router";
import { approvalsRouter, movementsRouter } from "./routers/movements-router";
import { invitationsRouter, membersRouter, organizationsRouter } from "./routers/organizations-router";
import { reconciliationRouter } from "./routers/reconciliation-router";
import { searchRouter } from "./routers/search-router";
import { sessionRouter } from "./routers/session-router";
import { settingsRouter } from "./routers/settings-router";
import { auditRouter, dashboardRouter, notificationsRouter, tasksRouter } from "./routers/workspace-router";
import { router } from "./trpc";

export const appRouter = router({
  session: sessionRouter,
  dashboard: dashboardRouter,
  accounts: accountsRouter,
  counterparties: counterpartiesRouter,
  charges: chargesRouter,
  movements: movementsRouter,
  approvals: approvalsRouter,
  ledger: ledgerRouter,
  tasks: tasksRouter,
  notifications: notificationsRouter,
  audit: auditRouter,
  search: searchRouter,
  settings: settingsRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  bankAccounts: bankAccountsRouter,
  statements: statementsRouter,
  reconciliation: reconciliationRouter,
});

export type AppRouter = typeof appRouter;
