import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseFault } from "./database";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

let t: TestDatabase;
const organizationId = randomUUID();

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.prisma.organization.create({ data: { id: organizationId, name: "Faults Ltd", slug: `faults-${organizationId.slice(0, 8)}` } });
});
afterAll(() => t.destroy());

async function faultOf(work: Promise<unknown>): Promise<DatabaseFault> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseFault);
  return error as DatabaseFault;
}

describe("a transaction turns PostgreSQL's expected refusals into typed faults", () => {
  it("unique violation → unique", async () => {
    const fault = await faultOf(
      t.db.transaction(async () => {
        await t.db.prisma.$executeRaw`insert into counterparty (id, organization_id, kind, name) values (gen_random_uuid(), ${organizationId}, 'vendor', 'Twice')`;
        await t.db.prisma.$executeRaw`insert into counterparty (id, organization_id, kind, name) values (gen_random_uuid(), ${organizationId}, 'vendor', 'Twice')`;
      }),
    );
    expect(fault.kind).toBe("unique");
    expect(fault.message).toMatch(/counterparty/);
  });

  it("check violation → check", async () => {
    const fault = await faultOf(t.db.transaction(() => t.db.prisma.$executeRaw`update organization set posting_horizon_days = -5 where id = ${organizationId}`));
    expect(fault.kind).toBe("check");
  });

  it("bigint overflow → out_of_range", async () => {
    const fault = await faultOf(t.db.transaction(() => t.db.prisma.$queryRaw`select (9223372036854775807::bigint + 1)::text as x`));
    expect(fault.kind).toBe("out_of_range");
    expect(fault.message).toMatch(/out of range/);
  });

  it("serialization failure, after its retries → serialization", async () => {
    let attempts = 0;
    const fault = await faultOf(
      t.db.transaction(async () => {
        attempts++;
        await t.db.prisma.$executeRaw`do $$ begin raise exception 'simulated' using errcode = '40001'; end $$`;
      }),
    );
    expect(fault.kind).toBe("serialization");
    expect(attempts).toBe(4);
  });

  it("passes any other error through unchanged", async () => {
    const error = await t.db.transaction(() => t.db.prisma.$queryRaw`select * from no_such_table`).then(() => null, (e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatabaseFault);
    expect(error).toBeInstanceOf(Error);
  });
});
