export { pageSchema } from "@closebook/core";
