/** What a counterparty's page shows (the types get-counterparty returns and its DTO describes). */
import type { ChargeRecord, CounterpartyRecord, MovementRecord } from "@closebook/db";
import type { ActionVerdict } from "../shared/wire-schemas";

export interface CounterpartyBalance {
  basis: "open_charges" | "committed_payments";
  lines: { currency: string; openMinor: bigint; items: number }[];
}

export interface CounterpartyDetail {
  counterparty: CounterpartyRecord;
  charges: (ChargeRecord & { customerName: string })[];
  movements: MovementRecord[];
  balance: CounterpartyBalance;
  allowedActions: { update: ActionVerdict };
}
