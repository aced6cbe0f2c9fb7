import type { DbClient } from "./db-client";

export type CounterpartyKind = "customer" | "vendor";

export interface CounterpartyRecord {
  id: string;
  organizationId: string;
  kind: CounterpartyKind;
  name: string;
  email: string | null;
  taxId: string | null;
  createdAt: Date;
}

export type NewCounterparty = Omit<CounterpartyRecord, "id" | "createdAt">;

export function counterpartyRepository(db: DbClient) {
  return {
    /** Inserts the counterparty, or returns null when one of that kind has the name already. */
    async insertUnlessNameTaken(counterparty: NewCounterparty): Promise<CounterpartyRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into counterparty (id, organization_id, kind, name, email, tax_id)
        values (gen_random_uuid(), ${counterparty.organizationId}, ${counterparty.kind}::counterparty_kind,
          ${counterparty.name}, ${counterparty.email}, ${counterparty.taxId})
        on conflict (organization_id, kind, name) do nothing
        returning id::text as id`;
      const id = rows[0]?.id;
      return id ? db.counterparty.findUniqueOrThrow({ where: { id } }) : null;
    },

    /** Changes the counterparty, or returns null when another one of that kind has the name already. */
    async updateUnlessNameTaken(id: string, data: Pick<CounterpartyRecord, "name" | "email" | "taxId">): Promise<CounterpartyRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        update counterparty c set name = ${data.name}, email = ${data.email}, tax_id = ${data.taxId}
        where c.id = ${id}::uuid and not exists (
          select 1 from counterparty o where o.organization_id = c.organization_id and o.kind = c.kind and o.name = ${data.name} and o.id <> c.id)
        returning id::text as id`;
      const updated = rows[0]?.id;
      return updated ? db.counterparty.findUniqueOrThrow({ where: { id: updated } }) : null;
    },

    /** Reads the counterparty and locks it until the transaction ends. */
    async lockById(organizationId: string, id: string): Promise<CounterpartyRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id::text as id from counterparty where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return rows[0] ? db.counterparty.findUnique({ where: { id } }) : null;
    },

    findById(organizationId: string, id: string): Promise<CounterpartyRecord | null> {
      return db.counterparty.findFirst({ where: { id, organizationId } });
    },

    list(filter: { organizationId: string; kind?: CounterpartyKind | undefined; search?: string | undefined; limit: number; cursor?: string | undefined }): Promise<CounterpartyRecord[]> {
      return db.counterparty.findMany({
        where: {
          organizationId: filter.organizationId,
          kind: filter.kind,
          ...(filter.search ? { name: { contains: filter.search, mode: "insensitive" } } : {}),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
    },
  };
}
