import type { DbClient } from "./db-client";

/** A row a search found, before core ranks it: the fields its title and subtitle are made of. */
export interface SearchHit {
  id: string;
  /** The document number (charge, movement, journal entry), or the name (counterparty). */
  number: string | null;
  name: string;
  detail: string | null;
  currency: string | null;
  amountMinor: bigint | null;
  status: string | null;
  createdAt: Date;
}

export interface SearchFilter {
  organizationId: string;
  /** Matched case-insensitively anywhere in the searched fields. */
  term: string;
  /** Most rows per type (core ranks them and keeps its own limit). */
  limit: number;
}

export function searchRepository(db: DbClient) {
  const contains = (term: string) => ({ contains: term, mode: "insensitive" as const });
  return {
    /** Charges whose number, description or customer's name holds the term. */
    async charges(filter: SearchFilter): Promise<SearchHit[]> {
      const rows = await db.charge.findMany({
        where: {
          organizationId: filter.organizationId,
          OR: [{ number: contains(filter.term) }, { description: contains(filter.term) }, { customer: { name: contains(filter.term) } }],
        },
        include: { customer: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
      });
      return rows.map((r) => ({ id: r.id, number: r.number, name: r.description, detail: r.customer.name, currency: r.currency, amountMinor: r.amountMinor, status: r.status, createdAt: r.createdAt }));
    },

    /** Movements whose number or description holds the term. */
    async movements(filter: SearchFilter): Promise<SearchHit[]> {
      const rows = await db.movement.findMany({
        where: { organizationId: filter.organizationId, OR: [{ number: contains(filter.term) }, { description: contains(filter.term) }] },
        include: { counterparty: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
      });
      return rows.map((r) => ({ id: r.id, number: r.number, name: r.description, detail: r.counterparty?.name ?? null, currency: r.currency, amountMinor: r.amountMinor, status: r.status, createdAt: r.createdAt }));
    },

    /** Counterparties whose name holds the term. */
    async counterparties(filter: SearchFilter): Promise<SearchHit[]> {
      const rows = await db.counterparty.findMany({
        where: { organizationId: filter.organizationId, name: contains(filter.term) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: filter.limit,
      });
      return rows.map((r) => ({ id: r.id, number: null, name: r.name, detail: r.email, currency: null, amountMinor: null, status: r.kind, createdAt: r.createdAt }));
    },

    /** Journal entries whose number or memo holds the term. */
    async journalEntries(filter: SearchFilter): Promise<SearchHit[]> {
      const rows = await db.journalEntry.findMany({
        where: { organizationId: filter.organizationId, OR: [{ number: contains(filter.term) }, { memo: contains(filter.term) }] },
        orderBy: [{ postedAt: "desc" }, { id: "desc" }],
        take: filter.limit,
      });
      return rows.map((r) => ({ id: r.id, number: r.number, name: r.memo, detail: r.source, currency: null, amountMinor: null, status: null, createdAt: r.postedAt }));
    },
  };
}
