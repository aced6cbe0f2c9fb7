import { z } from "zod";
import { auditChanges } from "../audit/audit-changes";
import { auditEventDetailSchema } from "../dto/audit-detail-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { defineQuery } from "../shared/define-use-case";

export const getAuditEventInput = z.object({ auditEventId: entityId() });

const { fail } = failuresOf(["AUDIT_EVENT_NOT_FOUND"]);

/** One audit event of the organization: its raw before/after snapshots and, beside them, what changed as readable lines. */
export const getAuditEvent = defineQuery({
  name: "get-audit-event",
  permission: "audit.read",
  input: getAuditEventInput,
  output: auditEventDetailSchema,
  async run({ db, actor }, input) {
    const event = await db.read.audit.findById(actor.organizationId, input.auditEventId);
    if (!event) return fail("AUDIT_EVENT_NOT_FOUND", "No such audit event in this organization.", { field: "auditEventId" });
    return { ...event, changes: auditChanges(event.before, event.after) };
  },
});
