export { createAuth, type Auth } from "./create-auth";
