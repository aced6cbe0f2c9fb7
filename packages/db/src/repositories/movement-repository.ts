import type { DbClient } from "./db-client";

export type MovementKind = "vendor_payment" | "transfer";
export type MovementStatus = "pending_approval" | "approved" | "posted" | "rejected" | "cancelled";

export interface MovementApprovalRecord {
  id: string;
  approverId: string;
  approverRole: string;
  createdAt: Date;
}

/** A warning the requester was given when requesting the movement (funds, unusual amount). */
export interface MovementWarningRecord {
  code: string;
  message: string;
}

export interface MovementRecord {
  id: string;
  organizationId: string;
  number: string;
  kind: MovementKind;
  status: MovementStatus;
  description: string;
  currency: string;
  amountMinor: bigint;
  sourceAccountId: string;
  destinationAccountId: string;
  counterpartyId: string | null;
  effectiveDate: Date;
  requestedBy: string;
  requiredApprovals: number;
  minimumApproverRole: string;
  requiresController: boolean;
  entryId: string | null;
  decisionReason: string | null;
  /** The rejected movement this one revises, if it is a revision. */
  revisedFromId: string | null;
  /** The warnings of its request, kept so that its approvers see them. */
  warnings: MovementWarningRecord[];
  createdAt: Date;
  updatedAt: Date;
  approvals: MovementApprovalRecord[];
}

export type NewMovement = Omit<MovementRecord, "id" | "number" | "entryId" | "decisionReason" | "revisedFromId" | "createdAt" | "updatedAt" | "approvals"> & { revisedFromId?: string | null };

export interface MovementFilter {
  organizationId: string;
  status?: MovementStatus | undefined;
  kind?: MovementKind | undefined;
  requestedBy?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The stored JSON as warnings: anything that is not a {code, message} is left out. */
function warningsOf(value: unknown): MovementWarningRecord[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { code, message } = item as Record<string, unknown>;
    return typeof code === "string" && typeof message === "string" ? [{ code, message }] : [];
  });
}

type MovementRow = Omit<MovementRecord, "warnings"> & { warnings: unknown };
const toRecord = (row: MovementRow): MovementRecord => ({ ...row, warnings: warningsOf(row.warnings) });
const toRecordOrNull = (row: MovementRow | null): MovementRecord | null => (row ? toRecord(row) : null);

const withApprovals = { approvals: { orderBy: { createdAt: "asc" as const }, select: { id: true, approverId: true, approverRole: true, createdAt: true } } };

export function movementRepository(db: DbClient) {
  return {
    /** The next value of the movement number sequence (the number's format is the caller's). */
    async nextNumberSequence(): Promise<bigint> {
      const [{ seq } = { seq: 0n }] = await db.$queryRaw<{ seq: bigint }[]>`select nextval('movement_number_seq') as seq`;
      return seq;
    },

    async insert(movement: NewMovement & { number: string }): Promise<MovementRecord> {
      const warnings = movement.warnings.map((w) => ({ code: w.code, message: w.message }));
      return toRecord(await db.movement.create({ data: { ...movement, warnings }, include: withApprovals }));
    },

    async findById(organizationId: string, id: string): Promise<MovementRecord | null> {
      return toRecordOrNull(await db.movement.findFirst({ where: { id, organizationId }, include: withApprovals }));
    },

    /** Reads the movement and locks it until the transaction ends: decisions on one movement queue. */
    async lockById(organizationId: string, id: string): Promise<MovementRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id::text as id from movement where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return rows[0] ? toRecordOrNull(await db.movement.findUnique({ where: { id }, include: withApprovals })) : null;
    },

    async addApproval(input: { organizationId: string; movementId: string; approverId: string; approverRole: string }): Promise<void> {
      await db.movementApproval.create({ data: input });
    },

    async update(id: string, data: Partial<Pick<MovementRecord, "status" | "entryId" | "decisionReason">>): Promise<MovementRecord> {
      return toRecord(await db.movement.update({ where: { id }, data, include: withApprovals }));
    },

    /** The sum of the account's outgoing movements in `statuses` (the caller says which count as committed). */
    async pendingOutgoing(accountId: string, statuses: readonly MovementStatus[], excludeMovementId?: string): Promise<bigint> {
      const result = await db.movement.aggregate({
        where: { sourceAccountId: accountId, status: { in: [...statuses] }, id: excludeMovementId ? { not: excludeMovementId } : undefined },
        _sum: { amountMinor: true },
      });
      return result._sum.amountMinor ?? 0n;
    },

    /** Average payment to the vendor in the currency since a date among movements in `statuses`, with how many there were. */
    async vendorAverage(organizationId: string, counterpartyId: string, currency: string, since: Date, statuses: readonly MovementStatus[]): Promise<{ average: bigint; count: number }> {
      const result = await db.movement.aggregate({
        where: { organizationId, counterpartyId, currency, status: { in: [...statuses] }, effectiveDate: { gte: since } },
        _sum: { amountMinor: true },
        _count: true,
      });
      const count = result._count;
      return { average: count > 0 ? (result._sum.amountMinor ?? 0n) / BigInt(count) : 0n, count };
    },

    async list(filter: MovementFilter): Promise<MovementRecord[]> {
      const rows = await db.movement.findMany({
        where: { organizationId: filter.organizationId, status: filter.status, kind: filter.kind, requestedBy: filter.requestedBy },
        include: withApprovals,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
      return rows.map(toRecord);
    },

    /** The movement that revises the given one, if any. */
    async findRevisionOf(organizationId: string, id: string): Promise<MovementRecord | null> {
      return toRecordOrNull(await db.movement.findFirst({ where: { organizationId, revisedFromId: id }, include: withApprovals }));
    },

    /** The counterparty's movements, newest first. */
    async listForCounterparty(organizationId: string, counterpartyId: string, limit: number): Promise<MovementRecord[]> {
      const rows = await db.movement.findMany({ where: { organizationId, counterpartyId }, include: withApprovals, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
      return rows.map(toRecord);
    },

    /** Sums of the counterparty's movements in the given statuses, per currency. */
    async totalsForCounterparty(organizationId: string, counterpartyId: string, statuses: MovementStatus[]): Promise<{ currency: string; totalMinor: bigint; count: number }[]> {
      const rows = await db.movement.groupBy({ by: ["currency"], where: { organizationId, counterpartyId, status: { in: statuses } }, _sum: { amountMinor: true }, _count: true, orderBy: { currency: "asc" } });
      return rows.map((r) => ({ currency: r.currency, totalMinor: r._sum.amountMinor ?? 0n, count: r._count }));
    },
  };
}
