/**
 * The layer rules of docs/architecture.md, checked on every `pnpm lint` (CI fails on a
 * violation).
 */
module.exports = {
  forbidden: [
    {
      name: "core-stays-transport-free",
      comment: "packages/core holds use cases and policies: no tRPC, Next.js, React, HTTP or auth code.",
      severity: "error",
      from: { path: "^packages/core/src" },
      to: { path: ["node_modules/(@trpc|next|react|react-dom|better-auth|@tanstack)/", "^packages/(api|auth)/", "^apps/"] },
    },
    {
      name: "only-db-imports-prisma",
      comment: "Data access lives in packages/db: nothing else imports Prisma or the pg driver.",
      severity: "error",
      from: { pathNot: ["^packages/db/"] },
      to: { path: ["node_modules/(@prisma|prisma|pg)/", "^packages/db/src/generated/"] },
    },
    {
      name: "core-uses-db-through-its-public-entry",
      comment: "Use cases depend on repositories through @closebook/db, never on its internals or its server/test tooling.",
      severity: "error",
      from: { path: "^packages/core/src", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/db/src/(server|testing|generated)/" },
    },
    {
      name: "core-imports-only-types-from-db",
      comment: "The web imports use cases for their input schemas: a value import of @closebook/db would bundle the database driver into the browser.",
      severity: "error",
      from: { path: "^packages/core/src", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "statement-readers-load-on-demand",
      comment: "The web imports use case modules for their input schemas: only the bank-statements folder itself and tests may import the statement readers statically; use cases and jobs load them through readStatementFileOnDemand, so no XML/CSV/OFX/MT940 parser reaches the browser.",
      severity: "error",
      from: { path: "^packages/core/src", pathNot: ["^packages/core/src/bank-statements/", "\\.test\\.ts$", "^packages/core/src/index\\.ts$"] },
      to: { path: "^packages/core/src/bank-statements/(read-statement-file|formats/(camt053|csv|ofx|mt940))\\.ts$", dynamic: false, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "db-holds-no-business-rules",
      comment: "Repositories persist and query: they take the statuses, numbers and filters core decides as parameters, so packages/db never imports core (its policies included).",
      severity: "error",
      from: { path: "^packages/db/src" },
      to: { path: "^packages/core/" },
    },
    {
      name: "web-goes-through-the-api",
      comment: "apps/web reaches data only through the tRPC procedures of packages/api (its e2e setup excepted).",
      severity: "error",
      from: { path: "^apps/web/", pathNot: "^apps/web/e2e/" },
      to: { path: "^packages/db/" },
    },
    {
      name: "packages-do-not-import-apps",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "api-does-not-touch-web",
      severity: "error",
      from: { path: "^packages/api/" },
      to: { path: "node_modules/(next|react)/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that does not resolve is a missing dependency in package.json (or a typo).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: ["^(node:|bun:)"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["node_modules", "\\.next", "generated", "artifacts", "next-env\\.d\\.ts"] },
    tsPreCompilationDeps: true,
    // The web app's tsconfig extends the base one and adds its path aliases (`@/…`, `@prisma-seed`).
    tsConfig: { fileName: "apps/web/tsconfig.json" },
    combinedDependencies: true,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
