/** The response DTOs of the audit trail, declared once. */
import type { AuditEventRecord } from "@closebook/db";
import { z } from "zod";
import { wire } from "../fields";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { pageSchema } from "../shared/wire-schemas";

export const auditEventSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  actorUserId: wire.text(),
  actorName: wire.text().nullable(),
  action: wire.text(),
  entityType: wire.text(),
  entityId: wire.text(),
  /** JSON snapshots of the entity (bigints as decimal strings, dates as ISO strings); null when absent. */
  before: z.unknown(),
  after: z.unknown(),
  requestId: wire.text(),
  createdAt: wire.date(),
});

export const auditPageSchema = pageSchema(auditEventSchema);

type _Checks = [Expect<Same<z.infer<typeof auditEventSchema>, AuditEventRecord>>, Expect<Same<z.infer<typeof auditPageSchema>, Page<AuditEventRecord>>>];
