/** What a counterparty's page shows (the types get-counterparty returns and its DTO describes). */
import type { CounterpartyRecord, MovementRecord } from "@closebook/db";
import type { ChargeListItem } from "../dto/charge-dto";
import type { ActionVerdict } from "../shared/wire-schemas";

export interface CounterpartyBalance {
  basis: "open_charges" | "committed_payments";
  /** What the figures are, in a sentence for the page ("Open on issued charges", …). */
  label: string;
  lines: { currency: string; openMinor: bigint; items: number }[];
}

export interface CounterpartyDetail {
  counterparty: CounterpartyRecord;
  /** Its latest charges as the charges list shows them (open amount and allowed actions). */
  charges: ChargeListItem[];
  movements: MovementRecord[];
  balance: CounterpartyBalance;
  allowedActions: { update: ActionVerdict };
}
