/** The counterparty page's DTO: the counterparty, its charges and movements, and what is open with it. */
import { z } from "zod";
import { wire } from "../fields";
import type { CounterpartyDetail } from "../queries/counterparty-detail";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema } from "../shared/wire-schemas";
import { chargeListItemSchema } from "./charge-dto";
import { counterpartySchema } from "./counterparty-dto";
import { movementSchema } from "./movement-dto";

export const counterpartyBalanceSchema = z.object({
  /** Where the figures come from: a customer's open charges, or a vendor's committed payments. */
  basis: z.enum(["open_charges", "committed_payments"]),
  label: wire.text(),
  lines: z.array(z.object({ currency: wire.text(), openMinor: wire.money(), items: z.number() })),
});

export const counterpartyDetailSchema = z.object({
  counterparty: counterpartySchema,
  charges: z.array(chargeListItemSchema),
  movements: z.array(movementSchema),
  balance: counterpartyBalanceSchema,
  allowedActions: allowedActionsSchema(["update"]),
});

type _Checks = [Expect<Same<z.infer<typeof counterpartyDetailSchema>, CounterpartyDetail>>];
