import { accountSchema, outcomeSchema, type Outcome } from "@closebook/core";
import type { AccountRecord } from "@closebook/db";
import type { z } from "zod";
import type { Expect, Same } from "./type-check";

export { accountListSchema, accountSchema, availableBalanceSchema } from "@closebook/core";
export const accountOutcomeSchema = outcomeSchema(accountSchema);

type _Checks = [Expect<Same<z.infer<typeof accountOutcomeSchema>, Outcome<AccountRecord>>>];
