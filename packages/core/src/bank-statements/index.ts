export * from "./parsed-statement";
export * from "./bank-values";
export * from "./iban";
export * from "./line-identity";
export { readCamt053 } from "./formats/camt053";
export * from "./statement-checks";
export { readStatementFile, detectStatementFormat } from "./read-statement-file";
export type { ReadStatementOptions, StatementReader } from "./read-statement-file";
