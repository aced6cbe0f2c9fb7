import { counterpartySchema } from "@closebook/core";
import type { Outcome, Page } from "@closebook/core";
import type { CounterpartyRecord } from "@closebook/db";
import type { z } from "zod";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export { counterpartySchema } from "@closebook/core";

export const counterpartyPageSchema = pageSchema(counterpartySchema);
export const counterpartyOutcomeSchema = outcomeSchema(counterpartySchema);

type _Checks = [
  Expect<Same<z.infer<typeof counterpartySchema>, CounterpartyRecord>>,
  Expect<Same<z.infer<typeof counterpartyPageSchema>, Page<CounterpartyRecord>>>,
  Expect<Same<z.infer<typeof counterpartyOutcomeSchema>, Outcome<CounterpartyRecord>>>,
];
