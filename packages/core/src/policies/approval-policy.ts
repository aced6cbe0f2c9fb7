import type { ApprovalBandRecord, MovementRecord } from "@closebook/db";
import { formatMinor, minorDigits } from "../money";
import { atLeast, isRole, roles, type Role } from "./roles";

export interface ApprovalRequirement {
  requiredApprovals: number;
  minimumRole: Role;
  requiresController: boolean;
  /** "up to 1,000.00 EUR" or "above 50,000.00 EUR". */
  bandLabel: string;
}

export type BandInput = Omit<ApprovalBandRecord, "id">;

/**
 * The bands that apply when an organization has set none for a currency: up to 1,000.00 one
 * approver; up to 50,000.00 two; above that two, one of them a controller.
 */
export function defaultBands(currency: string): BandInput[] {
  const unit = 10n ** BigInt(minorDigits(currency));
  return [
    { currency, upToMinor: 1_000n * unit, requiredApprovals: 1, minimumRole: "approver", requiresController: false },
    { currency, upToMinor: 50_000n * unit, requiredApprovals: 2, minimumRole: "approver", requiresController: false },
    { currency, upToMinor: null, requiredApprovals: 2, minimumRole: "approver", requiresController: true },
  ];
}

/** Bands in the order they apply: by currency, then smallest limit first, the open-ended band last. */
export function orderBands<Band extends BandInput>(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => {
    if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
    if (a.upToMinor === b.upToMinor) return 0;
    if (a.upToMinor === null) return 1;
    if (b.upToMinor === null) return -1;
    return a.upToMinor < b.upToMinor ? -1 : 1;
  });
}

/** The currency's bands (in any order; the defaults when there are none) → the requirement for an amount. */
export function requirementFor(bands: readonly BandInput[], currency: string, amountMinor: bigint): ApprovalRequirement {
  const own = bands.filter((band) => band.currency === currency);
  const applicable = own.length > 0 ? orderBands(own) : defaultBands(currency);
  let lower: bigint | null = null;
  for (const band of applicable) {
    if (band.upToMinor === null || amountMinor <= band.upToMinor) {
      return {
        requiredApprovals: band.requiredApprovals,
        minimumRole: isRole(band.minimumRole) ? band.minimumRole : "approver",
        requiresController: band.requiresController,
        bandLabel: band.upToMinor === null ? `above ${formatMinor(lower ?? 0n, currency)}` : `up to ${formatMinor(band.upToMinor, currency)}`,
      };
    }
    lower = band.upToMinor;
  }
  // Bands without an open-ended one: amounts above the last limit need what the last band needs, with a controller.
  const last = applicable[applicable.length - 1];
  return {
    requiredApprovals: last?.requiredApprovals ?? 2,
    minimumRole: last && isRole(last.minimumRole) ? last.minimumRole : "approver",
    requiresController: true,
    bandLabel: `above ${formatMinor(lower ?? 0n, currency)}`,
  };
}

export interface ApprovalProgress {
  given: number;
  required: number;
  controllerNeeded: boolean;
  complete: boolean;
  remaining: number;
}

export function progressOf(movement: Pick<MovementRecord, "approvals" | "requiredApprovals" | "requiresController">): ApprovalProgress {
  const given = movement.approvals.length;
  const controllerGiven = movement.approvals.some((a) => isRole(a.approverRole) && atLeast(a.approverRole, "controller"));
  const controllerNeeded = movement.requiresController && !controllerGiven;
  const remaining = Math.max(movement.requiredApprovals - given, controllerNeeded ? 1 : 0);
  return { given, required: movement.requiredApprovals, controllerNeeded, complete: remaining === 0, remaining };
}

/** Roles whose approval counts now for the movement (a controller when only a controller's is missing). */
export function rolesThatCanApproveNow(movement: Pick<MovementRecord, "approvals" | "requiredApprovals" | "requiresController" | "minimumApproverRole">): Role[] {
  const progress = progressOf(movement);
  if (progress.complete) return [];
  const minimum: Role = progress.controllerNeeded && progress.remaining === 1 ? "controller" : isRole(movement.minimumApproverRole) ? movement.minimumApproverRole : "approver";
  return roles.filter((role) => atLeast(role, minimum));
}
