/**
 * Whether an action on a charge is open to the caller now, and if not why: one pure function per
 * action, used by the use case as its precondition and by views as the action's verdict.
 */
import type { ChargeRecord } from "@closebook/db";
import type { ErrorCode } from "../errors";
import type { Actor } from "../shared/actor";
import type { ActionVerdict } from "../shared/wire-schemas";
import { can, permissions, type Permission } from "./permissions";

export interface Refusal<Code extends ErrorCode = ErrorCode> {
  code: Code;
  reason: string;
}

/** NOT_PERMITTED with a sentence when the role lacks the permission: the first check of every verdict. */
export function permissionRefusal(actor: Pick<Actor, "role">, permission: Permission): Refusal<"NOT_PERMITTED"> | null {
  return can(actor.role, permission) ? null : { code: "NOT_PERMITTED", reason: `A ${actor.role} may not do this (${permission} needs ${permissions[permission]} or above).` };
}

/** The verdict a view returns for an action, from the refusal its use case would give. */
export function verdictOf(refusal: Refusal | null): ActionVerdict {
  return refusal ? { allowed: false, code: refusal.code, reason: refusal.reason } : { allowed: true };
}

function label(charge: Pick<ChargeRecord, "number">): string {
  return charge.number ? `Charge ${charge.number}` : "This charge";
}

/** Editing or discarding a charge: only a draft, by a clerk or above. */
export function draftChangeRefusal(actor: Pick<Actor, "role">, charge: Pick<ChargeRecord, "status" | "number">): Refusal<"NOT_PERMITTED" | "CHARGE_NOT_DRAFT"> | null {
  const denied = permissionRefusal(actor, "charges.editDraft");
  if (denied) return denied;
  if (charge.status !== "draft") return { code: "CHARGE_NOT_DRAFT", reason: `${label(charge)} is ${charge.status}: only a draft can be changed or discarded.` };
  return null;
}

/** What payments and credit notes have not covered yet: amount − paid − credited (owed only while issued). */
export function openAmountOf(charge: Pick<ChargeRecord, "amountMinor" | "paidMinor" | "creditedMinor">): bigint {
  return charge.amountMinor - charge.paidMinor - charge.creditedMinor;
}

/**
 * The status of an issued charge once paid and credited amounts are known: `paid` when payments
 * cover it all, `credited` when payments and credit notes together do, else still `issued`.
 */
export function settledStatusOf(charge: Pick<ChargeRecord, "amountMinor">, paidMinor: bigint, creditedMinor: bigint): "issued" | "paid" | "credited" {
  if (paidMinor === charge.amountMinor) return "paid";
  return paidMinor + creditedMinor === charge.amountMinor ? "credited" : "issued";
}

/** Crediting a charge: an issued charge with something left open, by a controller or above. */
export function creditNoteRefusal(
  actor: Pick<Actor, "role">,
  charge: Pick<ChargeRecord, "status" | "number">,
): Refusal<"NOT_PERMITTED" | "CHARGE_NOT_ISSUED" | "CHARGE_VOID" | "CHARGE_ALREADY_PAID" | "CHARGE_CREDITED"> | null {
  const denied = permissionRefusal(actor, "charges.credit");
  if (denied) return denied;
  switch (charge.status) {
    case "draft":
      return { code: "CHARGE_NOT_ISSUED", reason: "A draft is not owed yet: change or discard it instead of crediting it." };
    case "void":
      return { code: "CHARGE_VOID", reason: `${label(charge)} is void: there is nothing to credit.` };
    case "paid":
      return { code: "CHARGE_ALREADY_PAID", reason: `${label(charge)} is paid in full: there is nothing open to credit.` };
    case "credited":
      return { code: "CHARGE_CREDITED", reason: `${label(charge)} is already settled by a credit note.` };
    case "issued":
      return null;
  }
}
