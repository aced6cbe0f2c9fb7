/** The response DTOs of counterparties (customers and vendors), declared once. */
import type { CounterpartyRecord } from "@closebook/db";
import { z } from "zod";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";

export const counterpartySchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  kind: z.enum(["customer", "vendor"]),
  name: wire.text(),
  email: wire.text().nullable(),
  taxId: wire.text().nullable(),
  createdAt: wire.date(),
});

type _Checks = [Expect<Same<z.infer<typeof counterpartySchema>, CounterpartyRecord>>];
