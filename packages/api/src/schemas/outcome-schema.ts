export { outcomeSchema, warningSchema } from "@closebook/core";
