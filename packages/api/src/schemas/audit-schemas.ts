import type { Page } from "@closebook/core";
import type { AuditEventRecord } from "@closebook/db";
import { z } from "zod";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const auditEventSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  actorUserId: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** JSON snapshots of the entity (bigints as decimal strings, dates as ISO strings); null when absent. */
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string(),
  createdAt: z.date(),
});

export const auditPageSchema = pageSchema(auditEventSchema);

type _Checks = [
  Expect<Same<z.infer<typeof auditEventSchema>, AuditEventRecord>>,
  Expect<Same<z.infer<typeof auditPageSchema>, Page<AuditEventRecord>>>,
];
