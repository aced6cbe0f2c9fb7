export * from "./parsed-statement";
export * from "./bank-values";
