import type { DbClient } from "./db-client";

export interface PostingWindowSettings {
  /** The first day postings may be dated. */
  ledgerStartsOn: Date;
  /** How many days after today postings may be dated. */
  postingHorizonDays: number;
}

/** How an organization writes dates and amounts (the values core's enums list). */
export type DateFormat = "iso" | "dmy_dot" | "dmy_slash" | "mdy_slash";
export type NumberFormat = "comma_point" | "point_comma" | "space_comma" | "apostrophe_point";

export interface OrganizationFormatsRecord {
  dateFormat: DateFormat;
  numberFormat: NumberFormat;
}

/** An organization (legal entity, the tenant boundary) as Closebook shows it. */
export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  baseCurrency: string;
  ledgerStartsOn: Date;
  postingHorizonDays: number;
  createdAt: Date;
}

export interface NewOrganization {
  id: string;
  name: string;
  slug: string;
  baseCurrency: string;
  ledgerStartsOn: Date;
}

const organizationFields = { id: true, name: true, slug: true, baseCurrency: true, ledgerStartsOn: true, postingHorizonDays: true, createdAt: true } as const;

export function organizationRepository(db: DbClient) {
  return {
    async postingWindow(organizationId: string): Promise<PostingWindowSettings | null> {
      return db.organization.findUnique({ where: { id: organizationId }, select: { ledgerStartsOn: true, postingHorizonDays: true } });
    },

    /** Inserts the organization, or returns null when its slug is taken. */
    async insertUnlessSlugTaken(organization: NewOrganization): Promise<OrganizationRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into organization (id, name, slug, base_currency, ledger_starts_on)
        values (${organization.id}, ${organization.name}, ${organization.slug}, ${organization.baseCurrency}, ${organization.ledgerStartsOn}::date)
        on conflict (slug) do nothing
        returning id`;
      const id = rows[0]?.id;
      return id ? db.organization.findUniqueOrThrow({ where: { id }, select: organizationFields }) : null;
    },

    findById(id: string): Promise<OrganizationRecord | null> {
      return db.organization.findUnique({ where: { id }, select: organizationFields });
    },

    /** How the organization writes dates and amounts; null for no such organization. */
    formats(organizationId: string): Promise<OrganizationFormatsRecord | null> {
      return db.organization.findUnique({ where: { id: organizationId }, select: { dateFormat: true, numberFormat: true } });
    },

    /** Stores the organization's formats and returns them as stored. */
    updateFormats(organizationId: string, formats: OrganizationFormatsRecord): Promise<OrganizationFormatsRecord> {
      return db.organization.update({ where: { id: organizationId }, data: formats, select: { dateFormat: true, numberFormat: true } });
    },

    /** The currencies the organization keeps: its base currency and those of its accounts. */
    async currencies(organizationId: string): Promise<string[]> {
      const rows = await db.$queryRaw<{ currency: string }[]>`
        select base_currency::text as currency from organization where id = ${organizationId}
        union
        select distinct currency::text from ledger_account where organization_id = ${organizationId}`;
      return rows.map((r) => r.currency.trim()).sort();
    },

    /** The slugs among `candidates` already used by an organization. */
    async takenSlugs(candidates: readonly string[]): Promise<Set<string>> {
      const rows = await db.organization.findMany({ where: { slug: { in: [...candidates] } }, select: { slug: true } });
      return new Set(rows.map((r) => r.slug));
    },
  };
}
