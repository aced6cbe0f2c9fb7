export { createAuth, type Auth, type AuthOptions, type ClientConnection } from "./create-auth";
export { clientAddressHeader, resolveClientAddress, withClientAddress, type ClientAddressSource } from "./client-address";
