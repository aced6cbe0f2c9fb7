import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The same alias as tsconfig `paths`: the demo data's people and password come from the seed.
  resolve: { alias: { "@prisma-seed": fileURLToPath(new URL("../../prisma/seed.ts", import.meta.url)) } },
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    // One app, one browser: the files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
