export * from "./local-formats";
export * from "./local-dates";
export * from "./local-amounts";
export * from "./format-schemas";
