import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, failuresOf } from "../errors";
import { outcome } from "./outcome";
import { mutationFailures, runMutation, UndeclaredFailureError } from "./run-mutation";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createTestOrganization(t.db, ["clerk", "controller"]);
});
afterAll(() => t.destroy());

const declared = failuresOf([...mutationFailures, "TASK_NOT_FOUND"]);

describe("the mutation runner keeps failure sets closed", () => {
  it("lets a declared failure through, and writes nothing", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const error = await runMutation(t.db, actorFor(org, "clerk"), { operation: "test-declared", permission: "tasks.complete", failures: declared, input: {} }, async () =>
      declared.fail("TASK_NOT_FOUND", "No such task."),
    ).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("TASK_NOT_FOUND");
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("turns a code the use case did not declare (e.g. from a shared helper) into a server bug", async () => {
    const helper = failuresOf(["CHARGE_NOT_FOUND"]);
    const error = await runMutation(t.db, actorFor(org, "clerk"), { operation: "test-undeclared", permission: "tasks.complete", failures: declared, input: {} }, async () =>
      helper.fail("CHARGE_NOT_FOUND", "No such charge."),
    ).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UndeclaredFailureError);
    expect((error as Error).message).toMatch(/test-undeclared raised CHARGE_NOT_FOUND, which is not among its declared failures/);
  });

  it("maps the database's expected refusals to typed codes, rolled back", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const error = await runMutation(t.db, actorFor(org, "controller"), { operation: "test-overflow", permission: "tasks.complete", failures: declared, input: {} }, async (tx) => {
      await tx.audit.record({ organizationId: org.organizationId, actorUserId: org.member("controller").userId, action: "test.overflow", entityType: "test", entityId: "1", before: null, after: null, requestId: "req" });
      await t.db.prisma.$queryRaw`select 9223372036854775807::bigint + 1`;
      return outcome(null, "unreachable");
    }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("AMOUNT_OUT_OF_RANGE");
    expect((error as DomainError).details).toMatchObject({ retryable: false });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("does not compile for a failure set that lacks the runner's own codes", () => {
    const incomplete = failuresOf(["TASK_NOT_FOUND"]);
    const attempt = () =>
      // @ts-expect-error: NOT_PERMITTED, IDEMPOTENCY_KEY_REUSED and the database codes are missing
      runMutation(t.db, actorFor(org, "clerk"), { operation: "test", permission: "tasks.complete", failures: incomplete, input: {} }, async () => outcome(null, ""));
    expect(typeof attempt).toBe("function");
  });
});
