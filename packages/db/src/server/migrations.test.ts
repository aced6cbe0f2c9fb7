import { inject, expect, it } from "vitest";
import { pendingSchemaChanges } from "./migrations";

it("schema.prisma and prisma/migrations agree (run pnpm db:migration:new when this fails)", async () => {
  const drift = await pendingSchemaChanges(inject("databaseServerUrl"));
  expect(drift).toBe("");
});
