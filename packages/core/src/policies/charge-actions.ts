/**
 * Whether a charge can be issued, take a payment or be voided now: one function per action,
 * used by the use case as its precondition and by the charge views as the action's verdict.
 */
import type { ChargeRecord } from "@closebook/db";
import type { Actor } from "../shared/actor";
import { permissionRefusal, type Refusal } from "./refusal";

type ChargeState = Pick<ChargeRecord, "status" | "number" | "paidMinor">;

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
): Refusal<"NOT_PERMITTED" | "CHARGE_VOID" | "CHARGE_NOT_ISSUED" | "CHARGE_ALREADY_PAID"> | null {
  const permission = permissionRefusal(actor.role, "charges.recordPayment");
  if (permission) return permission;
  if (charge.status === "void") return { code: "CHARGE_VOID", reason: `Charge ${charge.number ?? ""} is void: it takes no payments.` };
  if (charge.status === "draft") return { code: "CHARGE_NOT_ISSUED", reason: "Issue the charge before recording a payment." };
  if (charge.status === "paid") return { code: "CHARGE_ALREADY_PAID", reason: `Charge ${charge.number ?? ""} is already paid in full.` };
  return null;
}

/** A draft, or an issued charge without payments, can be voided. */
export function voidChargeRefusal(
  actor: Pick<Actor, "role">,
  charge: ChargeState,
): Refusal<"NOT_PERMITTED" | "CHARGE_VOID" | "CHARGE_ALREADY_PAID" | "CHARGE_HAS_PAYMENTS"> | null {
  const permission = permissionRefusal(actor.role, "charges.void");
  if (permission) return permission;
  if (charge.status === "void") return { code: "CHARGE_VOID", reason: "This charge is already void." };
  if (charge.status === "paid") return { code: "CHARGE_ALREADY_PAID", reason: "A paid charge cannot be voided; refund it instead." };
  if (charge.paidMinor > 0n) return { code: "CHARGE_HAS_PAYMENTS", reason: "This charge has payments recorded; it cannot be voided." };
  return null;
}
