/**
 * Whether a charge can be issued, take a payment or be voided now: one function per action,
 * used by the use case as its precondition and by the charge views as the action's verdict.
 */
import type { ChargeRecord } from "@closebook/db";
import type { Actor } from "../shared/actor";
import { permissionRefusal, type Refusal } from "./refusal";

type ChargeState = Pick<ChargeRecord, "status" | "number" | "paidMinor" | "creditedMinor">;

export function issueChargeRefusal(actor: Pick<Actor, "role">, charge: ChargeState): Refusal<"NOT_PERMITTED" | "CHARGE_VOID" | "CHARGE_NOT_DRAFT"> | null {
  const permission = permissionRefusal(actor.role, "charges.issue");
  if (permission) return permission;
  if (charge.status === "void") return { code: "CHARGE_VOID", reason: "This charge is void." };
  if (charge.status !== "draft") return { code: "CHARGE_NOT_DRAFT", reason: `Charge ${charge.number ?? ""} is already ${charge.status}.` };
  return null;
}

/**
 * A payment can be recorded against an issued charge that is not yet paid in full. (The use case
 * tells a retried bank reference that it is already recorded before it says the charge is paid.)
 */
export function recordChargePaymentRefusal(
  actor: Pick<Actor, "role">,
  charge: ChargeState,
): Refusal<"NOT_PERMITTED" | "CHARGE_VOID" | "CHARGE_NOT_ISSUED" | "CHARGE_ALREADY_PAID" | "CHARGE_CREDITED"> | null {
  const permission = permissionRefusal(actor.role, "charges.recordPayment");
  if (permission) return permission;
  if (charge.status === "void") return { code: "CHARGE_VOID", reason: `Charge ${charge.number ?? ""} is void: it takes no payments.` };
  if (charge.status === "draft") return { code: "CHARGE_NOT_ISSUED", reason: "Issue the charge before recording a payment." };
  if (charge.status === "paid") return { code: "CHARGE_ALREADY_PAID", reason: `Charge ${charge.number ?? ""} is already paid in full.` };
  if (charge.status === "credited") return { code: "CHARGE_CREDITED", reason: `Charge ${charge.number ?? ""} is settled by a credit note: it takes no payments.` };
  return null;
}

/** A draft, or an issued charge without payments, can be voided. */
export function voidChargeRefusal(
  actor: Pick<Actor, "role">,
  charge: ChargeState,
): Refusal<"NOT_PERMITTED" | "CHARGE_VOID" | "CHARGE_ALREADY_PAID" | "CHARGE_HAS_PAYMENTS" | "CHARGE_CREDITED"> | null {
  const permission = permissionRefusal(actor.role, "charges.void");
  if (permission) return permission;
  if (charge.status === "void") return { code: "CHARGE_VOID", reason: "This charge is already void." };
  if (charge.status === "paid") return { code: "CHARGE_ALREADY_PAID", reason: "A paid charge cannot be voided; refund it instead." };
  if (charge.paidMinor > 0n) return { code: "CHARGE_HAS_PAYMENTS", reason: "This charge has payments recorded; it cannot be voided." };
  if (charge.creditedMinor > 0n) return { code: "CHARGE_CREDITED", reason: "This charge has a credit note; it cannot be voided." };
  return null;
}

function label(charge: Pick<ChargeRecord, "number">): string {
  return charge.number ? `Charge ${charge.number}` : "This charge";
}

/** Editing or discarding a charge: only a draft, by a clerk or above. */
export function draftChangeRefusal(actor: Pick<Actor, "role">, charge: Pick<ChargeRecord, "status" | "number">): Refusal<"NOT_PERMITTED" | "CHARGE_NOT_DRAFT"> | null {
  const denied = permissionRefusal(actor.role, "charges.editDraft");
  if (denied) return denied;
  if (charge.status !== "draft") return { code: "CHARGE_NOT_DRAFT", reason: `${label(charge)} is ${charge.status}: only a draft can be changed or discarded.` };
  return null;
}

/** What payments and credit notes have not covered yet: amount − paid − credited (owed only while issued). */
export function openAmountOf(charge: Pick<ChargeRecord, "amountMinor" | "paidMinor" | "creditedMinor">): bigint {
  return charge.amountMinor - charge.paidMinor - charge.creditedMinor;
}

/** What a charge still owes as lists show it: its open amount once issued; null for a draft (not owed yet) or a void charge. */
export function owedAmountOf(charge: Pick<ChargeRecord, "status" | "amountMinor" | "paidMinor" | "creditedMinor">): bigint | null {
  return charge.status === "draft" || charge.status === "void" ? null : openAmountOf(charge);
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
  const denied = permissionRefusal(actor.role, "charges.credit");
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
