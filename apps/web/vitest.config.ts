import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./src", import.meta.url)),
  // The demo data's people and password come from the seed (the same alias as tsconfig `paths`).
  "@prisma-seed": fileURLToPath(new URL("../../prisma/seed.ts", import.meta.url)),
};

/**
 * Two projects: `unit` (src/**\/*.test.ts, plain functions, no app) and `e2e` (the browser tests,
 * which start the app on a fresh database first). `vitest run` runs both;
 * `vitest run --project unit` only the fast ones.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["./e2e/global-setup.ts"],
          // One app, one browser: the files run one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
