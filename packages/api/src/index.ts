import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, organizationHeader, type ApiDependencies, type Context } from "./context";
export { createCallerFactory, type FieldErrors } from "./trpc";
export { domainErrorToTrpc } from "./error-map";
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { createRequestHandler, trpcEndpoint, authEndpoint } from "./http-handler";
export { createServerDependencies } from "./server-dependencies";
