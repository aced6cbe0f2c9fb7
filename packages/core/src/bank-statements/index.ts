export * from "./parsed-statement";
export * from "./bank-values";
export { readCamt053 } from "./formats/camt053";
