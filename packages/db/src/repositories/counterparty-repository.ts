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
