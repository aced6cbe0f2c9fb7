/** The schemas of an organization's format choices (apart from local-formats, which the browser loads without zod). */
import { z } from "zod";
import { dateFormats, numberFormats } from "../domain/enums";
import { dateFormatLabel, numberFormatLabel } from "./local-formats";

export const dateFormatSchema = z.enum(dateFormats, { message: `Choose one of ${dateFormats.map(dateFormatLabel).join(", ")}.` });
export const numberFormatSchema = z.enum(numberFormats, { message: `Choose one of ${numberFormats.map(numberFormatLabel).join(", ")}.` });
