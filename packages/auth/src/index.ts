export { createAuth, type Auth, type AuthOptions, type ClientConnection } from "./create-auth";
export { membershipGate, openOrganizationPaths } from "./membership-gate";
export { clientAddressHeader, resolveClientAddress, withClientAddress, type ClientAddressSource } from "./client-address";
