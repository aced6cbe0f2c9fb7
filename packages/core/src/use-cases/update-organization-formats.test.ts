import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInvalidInputError } from "../fields";
import { getWorkspaceAccess } from "../queries/workspace-access-query";
import { getOrganizationFormats, updateOrganizationFormats } from "./update-organization-formats";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "controller", "admin"]);
});
afterAll(() => t.destroy());

describe("update-organization-formats", () => {
  it("starts with today's formats: YYYY-MM-DD and 1,234.56", async () => {
    expect(await getOrganizationFormats(t.db, actorFor(org, "viewer"))).toEqual({ dateFormat: "iso", numberFormat: "comma_point" });
  });

  it("lets an admin set them: stored, audited once, read back by every member and by the session", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await updateOrganizationFormats(t.db, actorFor(org, "admin"), { dateFormat: "dmy_dot", numberFormat: "point_comma" });
    expect(result.state).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
    expect(result.message).toBe("Dates are now written DD.MM.YYYY and amounts 1.234,56.");
    expect(result.triggered).toEqual(["recorded audit event organization.formats_updated"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
    const audit = await t.db.read.audit.list({ organizationId: org.organizationId, entityType: "organization", limit: 10 });
    expect(audit.find((e) => e.action === "organization.formats_updated")).toMatchObject({
      entityId: org.organizationId,
      before: { dateFormat: "iso", numberFormat: "comma_point" },
      after: { dateFormat: "dmy_dot", numberFormat: "point_comma" },
    });
    expect(await getOrganizationFormats(t.db, actorFor(org, "clerk"))).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
    const clerk = actorFor(org, "clerk");
    expect((await getWorkspaceAccess(t.db, clerk.userId, org.organizationId)).formats).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
  });

  it("refuses everyone but an admin with NOT_PERMITTED", async () => {
    for (const role of ["viewer", "clerk", "controller"] as const) {
      await expectRefused(t.db, org.organizationId, () => updateOrganizationFormats(t.db, actorFor(org, role), { dateFormat: "mdy_slash", numberFormat: "comma_point" }), "NOT_PERMITTED");
    }
  });

  it("refuses a format outside the closed set, naming the field", async () => {
    const error = await updateOrganizationFormats(t.db, actorFor(org, "admin"), { dateFormat: "DD.MM.YY" as never, numberFormat: "point_comma" }).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as { issues: { path: unknown[]; message: string }[] }).issues).toEqual([
      expect.objectContaining({ path: ["dateFormat"], message: "Choose one of YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY." }),
    ]);
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const admin = actorFor(org, "admin");
    const first = await updateOrganizationFormats(t.db, admin, { dateFormat: "dmy_slash", numberFormat: "space_comma" }, { idempotencyKey: "formats-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await updateOrganizationFormats(t.db, admin, { dateFormat: "dmy_slash", numberFormat: "space_comma" }, { idempotencyKey: "formats-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => updateOrganizationFormats(t.db, admin, { dateFormat: "iso", numberFormat: "space_comma" }, { idempotencyKey: "formats-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
