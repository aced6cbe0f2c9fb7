import { wire } from "@closebook/core";
import type { Outcome, Page } from "@closebook/core";
import type { CounterpartyRecord } from "@closebook/db";
import { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const counterpartySchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  kind: z.enum(["customer", "vendor"]),
  name: wire.text(),
  email: wire.text().nullable(),
  taxId: wire.text().nullable(),
  createdAt: wire.date(),
});

export const counterpartyPageSchema = pageSchema(counterpartySchema);
export const counterpartyOutcomeSchema = outcomeSchema(counterpartySchema);

type _Checks = [
  Expect<Same<z.infer<typeof counterpartySchema>, CounterpartyRecord>>,
  Expect<Same<z.infer<typeof counterpartyPageSchema>, Page<CounterpartyRecord>>>,
  Expect<Same<z.infer<typeof counterpartyOutcomeSchema>, Outcome<CounterpartyRecord>>>,
];
