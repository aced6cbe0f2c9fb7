/** The response DTO of an organization's date and number formats, declared once. */
import type { OrganizationFormatsRecord } from "@closebook/db";
import { z } from "zod";
import { dateFormats, numberFormats } from "../domain/enums";
import type { OrganizationFormats } from "../locale/local-formats";
import type { Expect, Same } from "../shared/type-check";

export const organizationFormatsSchema = z.object({
  dateFormat: z.enum(dateFormats),
  numberFormat: z.enum(numberFormats),
});

type _Checks = [
  Expect<Same<z.infer<typeof organizationFormatsSchema>, OrganizationFormatsRecord>>,
  Expect<Same<z.infer<typeof organizationFormatsSchema>, OrganizationFormats>>,
];
