export * from "./parsed-statement";
export * from "./bank-values";
export * from "./iban";
export * from "./line-identity";
