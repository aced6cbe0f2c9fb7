/** What the movement request form offers, declared once: the server decides which accounts fit. */
import type { AccountRecord } from "@closebook/db";
import { z } from "zod";
import type { MovementKindValue } from "../domain/enums";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";
import { accountSchema } from "./account-dto";

export interface MovementSourceOption {
  accountId: string;
  /** Per kind, the accounts a movement from this source may go to (ids of `accounts`), by code. */
  destinations: Record<MovementKindValue, string[]>;
  /** Per kind, the destination a new request starts with. */
  defaultDestinationId: Record<MovementKindValue, string | null>;
}

export interface MovementRequestOptions {
  /** Every account named below. */
  accounts: AccountRecord[];
  /** The bank accounts money may leave from, by code. */
  sources: MovementSourceOption[];
  defaultSourceId: string | null;
}

const perKind = <T extends z.ZodType>(schema: T) => z.object({ vendor_payment: schema, transfer: schema });

export const movementSourceOptionSchema = z.object({
  accountId: wire.text(),
  destinations: perKind(z.array(wire.text())),
  defaultDestinationId: perKind(wire.text().nullable()),
});

export const movementRequestOptionsSchema = z.object({
  accounts: z.array(accountSchema),
  sources: z.array(movementSourceOptionSchema),
  defaultSourceId: wire.text().nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof movementSourceOptionSchema>, MovementSourceOption>>,
  Expect<Same<z.infer<typeof movementRequestOptionsSchema>, MovementRequestOptions>>,
];
