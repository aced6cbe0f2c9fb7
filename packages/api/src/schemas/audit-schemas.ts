import { auditEventSchema } from "@closebook/core";
import type { Page } from "@closebook/core";
import type { AuditEventRecord } from "@closebook/db";
import type { z } from "zod";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export { auditEventSchema } from "@closebook/core";

export const auditPageSchema = pageSchema(auditEventSchema);

type _Checks = [
  Expect<Same<z.infer<typeof auditEventSchema>, AuditEventRecord>>,
  Expect<Same<z.infer<typeof auditPageSchema>, Page<AuditEventRecord>>>,
];
