import { movementSchema, movementViewSchema, wire } from "@closebook/core";
import type { MovementDetail, Outcome } from "@closebook/core";
import type { MovementRecord } from "@closebook/db";
import { z } from "zod";
import { auditEventSchema, journalEntrySchema } from "@closebook/core";
import { outcomeSchema } from "./outcome-schema";
import type { Expect, Same } from "./type-check";

export { approvalInboxSchema, approvalProgressSchema, movementApprovalSchema, movementPageSchema, movementSchema, movementViewSchema } from "@closebook/core";

export const movementDetailSchema = z.object({
  movement: movementViewSchema,
  entry: journalEntrySchema.nullable(),
  audit: z.array(auditEventSchema),
  /** User id → name, for the people in the audit trail. */
  names: z.record(wire.text(), wire.text()),
});

export const movementOutcomeSchema = outcomeSchema(movementSchema);

type _Checks = [
  Expect<Same<z.infer<typeof movementDetailSchema>, MovementDetail>>,
  Expect<Same<z.infer<typeof movementOutcomeSchema>, Outcome<MovementRecord>>>,
];
