import { accountsRouter } from "./routers/accounts-router";
import { sessionRouter } from "./routers/session-router";
import { router } from "./trpc";

export const appRouter = router({
  session: sessionRouter,
  accounts: accountsRouter,
});

export type AppRouter = typeof appRouter;
