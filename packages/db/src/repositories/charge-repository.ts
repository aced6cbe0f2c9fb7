import type { DbClient } from "./db-client";

export type ChargeStatus = "draft" | "issued" | "paid" | "void" | "credited";

export interface ChargeRecord {
  id: string;
  organizationId: string;
  number: string | null;
  customerId: string;
  status: ChargeStatus;
  description: string;
  currency: string;
  amountMinor: bigint;
  paidMinor: bigint;
  /** Sum of its credit notes. */
  creditedMinor: bigint;
  receivableAccountId: string;
  revenueAccountId: string;
  issueDate: Date | null;
  dueDate: Date | null;
  issuedEntryId: string | null;
  voidEntryId: string | null;
  voidReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ChargePaymentRecord {
  id: string;
  organizationId: string;
  chargeId: string;
  reference: string;
  amountMinor: bigint;
  receivedOn: Date;
  bankAccountId: string;
  entryId: string;
  recordedBy: string;
  createdAt: Date;
}

export type NewCharge = Pick<
  ChargeRecord,
  "organizationId" | "customerId" | "description" | "currency" | "amountMinor" | "receivableAccountId" | "revenueAccountId" | "dueDate" | "createdBy"
>;

export interface ChargeFilter {
  organizationId: string;
  status?: ChargeStatus | undefined;
  customerId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  cursor?: string | undefined;
}

export function chargeRepository(db: DbClient) {
  return {
    insert(charge: NewCharge): Promise<ChargeRecord> {
      return db.charge.create({ data: charge });
    },

    findById(organizationId: string, id: string): Promise<ChargeRecord | null> {
      return db.charge.findFirst({ where: { id, organizationId } });
    },

    /** Reads the charge and locks it until the transaction ends. */
    async lockById(organizationId: string, id: string): Promise<ChargeRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id::text as id from charge where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return rows[0] ? db.charge.findUnique({ where: { id } }) : null;
    },

    update(id: string, data: Partial<Pick<ChargeRecord, "status" | "number" | "paidMinor" | "creditedMinor" | "issueDate" | "dueDate" | "issuedEntryId" | "voidEntryId" | "voidReason">>): Promise<ChargeRecord> {
      return db.charge.update({ where: { id }, data });
    },

    /**
     * The next gapless number of a kind of document for the organization and year. The counter
     * row stays locked until the transaction ends, so numbers are handed out in commit order and
     * a rolled-back transaction gives its number back.
     */
    async nextDocumentNumber(organizationId: string, kind: string, year: number): Promise<number> {
      const rows = await db.$queryRaw<{ last_number: number }[]>`
        insert into document_counter (organization_id, kind, year, last_number) values (${organizationId}, ${kind}, ${year}, 1)
        on conflict (organization_id, kind, year) do update set last_number = document_counter.last_number + 1
        returning last_number`;
      const value = rows[0]?.last_number;
      if (value === undefined) throw new Error("document counter returned nothing");
      return value;
    },

    /** Records the payment, or returns null when a payment with that reference already exists. */
    async insertPaymentUnlessRecorded(payment: Omit<ChargePaymentRecord, "id" | "createdAt">): Promise<ChargePaymentRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into charge_payment (id, organization_id, charge_id, reference, amount_minor, received_on, bank_account_id, entry_id, recorded_by)
        values (gen_random_uuid(), ${payment.organizationId}, ${payment.chargeId}::uuid, ${payment.reference}, ${payment.amountMinor},
          ${payment.receivedOn}::date, ${payment.bankAccountId}::uuid, ${payment.entryId}::uuid, ${payment.recordedBy})
        on conflict (organization_id, reference) do nothing
        returning id::text as id`;
      const id = rows[0]?.id;
      return id ? db.chargePayment.findUniqueOrThrow({ where: { id } }) : null;
    },

    findPaymentByReference(organizationId: string, reference: string): Promise<ChargePaymentRecord | null> {
      return db.chargePayment.findUnique({ where: { organizationId_reference: { organizationId, reference } } });
    },

    payments(organizationId: string, chargeId: string): Promise<ChargePaymentRecord[]> {
      return db.chargePayment.findMany({ where: { organizationId, chargeId }, orderBy: { createdAt: "asc" } });
    },

    list(filter: ChargeFilter): Promise<(ChargeRecord & { customerName: string })[]> {
      return db.charge
        .findMany({
          where: {
            organizationId: filter.organizationId,
            status: filter.status,
            customerId: filter.customerId,
            createdAt: { gte: filter.from, lte: filter.to },
          },
          include: { customer: { select: { name: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: filter.limit,
          ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
        })
        .then((rows) => rows.map(({ customer, ...charge }) => ({ ...charge, customerName: customer.name })));
    },

    /** Changes what a draft holds (the caller checked it is a draft). */
    updateDraft(id: string, data: Partial<Pick<ChargeRecord, "customerId" | "description" | "currency" | "amountMinor" | "receivableAccountId" | "revenueAccountId" | "dueDate">>): Promise<ChargeRecord> {
      return db.charge.update({ where: { id }, data });
    },

    /** Deletes a charge row (the caller checked it is a draft: nothing refers to it). */
    async delete(id: string): Promise<void> {
      await db.charge.delete({ where: { id } });
    },

    /** Sums of what is left open (amount − paid − credited) on the customer's charges in the given statuses, per currency. */
    async openTotalsForCustomer(organizationId: string, customerId: string, statuses: ChargeStatus[]): Promise<{ currency: string; openMinor: bigint; count: number }[]> {
      const rows = await db.charge.groupBy({ by: ["currency"], where: { organizationId, customerId, status: { in: statuses } }, _sum: { amountMinor: true, paidMinor: true, creditedMinor: true }, _count: true, orderBy: { currency: "asc" } });
      return rows.map((r) => ({ currency: r.currency, openMinor: (r._sum.amountMinor ?? 0n) - (r._sum.paidMinor ?? 0n) - (r._sum.creditedMinor ?? 0n), count: r._count }));
    },
  };
}
