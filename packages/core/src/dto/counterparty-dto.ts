/** The response DTOs of customers and vendors, declared once. */
import type { CounterpartyRecord } from "@closebook/db";
import { z } from "zod";
import { counterpartyKinds } from "../domain/enums";
import { wire } from "../fields";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { pageSchema } from "../shared/wire-schemas";

export const counterpartySchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  kind: z.enum(counterpartyKinds),
  name: wire.text(),
  email: wire.text().nullable(),
  taxId: wire.text().nullable(),
  createdAt: wire.date(),
});

export const counterpartyPageSchema = pageSchema(counterpartySchema);

type _Checks = [Expect<Same<z.infer<typeof counterpartySchema>, CounterpartyRecord>>, Expect<Same<z.infer<typeof counterpartyPageSchema>, Page<CounterpartyRecord>>>];
