import type { DbClient } from "./db-client";

export type IdempotencyClaim =
  | { kind: "claimed" }
  | { kind: "existing"; operation: string; requestHash: string; outcome: unknown };

export function idempotencyRepository(db: DbClient) {
  return {
    /**
     * Claims (organization, caller, key) for this transaction. A concurrent transaction holding the same
     * key makes this wait until it commits (then the stored record is returned) or rolls back
     * (then the claim succeeds). Records past their expiry are taken over.
     */
    async claim(input: { organizationId: string; callerId: string; key: string; operation: string; requestHash: string; ttlHours: number }): Promise<IdempotencyClaim> {
      const claimed = await db.$queryRaw<{ key: string }[]>`
        insert into idempotency_record (organization_id, caller_id, key, operation, request_hash, outcome, created_at, expires_at)
        values (${input.organizationId}, ${input.callerId}, ${input.key}, ${input.operation}, ${input.requestHash}, 'null'::jsonb, now(),
          now() + make_interval(hours => ${input.ttlHours}::int))
        on conflict (organization_id, caller_id, key) do update
          set operation = excluded.operation, request_hash = excluded.request_hash, outcome = excluded.outcome,
              created_at = excluded.created_at, expires_at = excluded.expires_at
          where idempotency_record.expires_at < now()
        returning key`;
      if (claimed.length > 0) return { kind: "claimed" };
      const existing = await db.idempotencyRecord.findUniqueOrThrow({
        where: { organizationId_callerId_key: { organizationId: input.organizationId, callerId: input.callerId, key: input.key } },
      });
      return { kind: "existing", operation: existing.operation, requestHash: existing.requestHash, outcome: existing.outcome };
    },

    async complete(input: { organizationId: string; callerId: string; key: string; outcome: unknown }): Promise<void> {
      await db.idempotencyRecord.update({
        where: { organizationId_callerId_key: { organizationId: input.organizationId, callerId: input.callerId, key: input.key } },
        data: { outcome: input.outcome as object },
      });
    },

    async deleteExpired(): Promise<number> {
      const { count } = await db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      return count;
    },
  };
}
