/** One audit event with its readable difference beside the raw snapshots, declared once. */
import type { AuditEventRecord } from "@closebook/db";
import { z } from "zod";
import type { AuditChange } from "../audit/audit-changes";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";
import { auditEventSchema } from "./audit-dto";

export const auditChangeSchema = z.object({ field: wire.text(), before: wire.text().nullable(), after: wire.text().nullable() });

export const auditEventDetailSchema = auditEventSchema.extend({ changes: z.array(auditChangeSchema) });

type _Checks = [
  Expect<Same<z.infer<typeof auditChangeSchema>, AuditChange>>,
  Expect<Same<z.infer<typeof auditEventDetailSchema>, AuditEventRecord & { changes: AuditChange[] }>>,
];
