import { actorFor, createTestDatabase, createTestOrganization, type TestDatabase } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sideEffects } from "../shared/side-effects";
import { InvalidJobPayloadError, jobCrontab, jobNames, jobRegistry, parseJobPayload } from "./job-registry";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("the job registry", () => {
  it("parses each job's payload with its own schema and names what it refuses", () => {
    const chargeId = randomUUID();
    expect(parseJobPayload("check-charge-overdue", { organizationId: "org-1", chargeId, extra: 1 })).toEqual({ organizationId: "org-1", chargeId });
    expect(() => parseJobPayload("deliver-notification", { notificationId: "not-a-uuid" })).toThrow(InvalidJobPayloadError);
    expect(() => parseJobPayload("deliver-invitation", {})).toThrow(/invitationId/);
    expect(jobNames).toEqual(Object.keys(jobRegistry));
    expect(jobCrontab()).toBe("0 3 * * * purge-idempotency-records");
  });

  it("is the only way a use case enqueues: a payload its schema refuses rolls the transaction back", async () => {
    const org = await createTestOrganization(t.db, ["admin"]);
    const actor = actorFor(org, "admin");
    const key = `test:${randomUUID()}`;
    const attempt = t.db.transaction(async (tx) => {
      const effects = sideEffects(tx, actor);
      await effects.schedule("check-charge-overdue", { organizationId: org.organizationId, chargeId: randomUUID() }, { runAt: new Date(), jobKey: `${key}:good` }, "good");
      // A caller that got past the types (a cast, JavaScript) with a bad payload:
      await effects.schedule("check-charge-overdue", { organizationId: org.organizationId, chargeId: "CH-1" } as never, { runAt: new Date(), jobKey: `${key}:bad` }, "bad");
    });
    await expect(attempt).rejects.toThrow(InvalidJobPayloadError);
    const queued = await t.db.read.jobs.pending("check-charge-overdue");
    expect(queued.filter((job) => job.key?.startsWith(key))).toEqual([]);

    await t.db.transaction((tx) => sideEffects(tx, actor).schedule("check-charge-overdue", { organizationId: org.organizationId, chargeId: randomUUID() }, { runAt: new Date(), jobKey: `${key}:alone` }, "alone"));
    expect((await t.db.read.jobs.pending("check-charge-overdue")).filter((job) => job.key?.startsWith(key)).map((job) => job.key)).toEqual([`${key}:alone`]);
  });
});
