export * from "./fields";
export * from "./parse-input";
