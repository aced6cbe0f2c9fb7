import type { MovementStatus } from "@closebook/db";

/** Money committed to leave an account: movements requested or approved, not yet posted. */
export const committedMovementStatuses = ["pending_approval", "approved"] as const satisfies readonly MovementStatus[];

/** Movements whose money has left: what a vendor's payment history is made of. */
export const settledMovementStatuses = ["posted"] as const satisfies readonly MovementStatus[];
