import { organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * better-auth from the browser: sign-in, sign-out and the organization plugin's `setActive`.
 * Same origin as the app, so no base URL: requests go to /api/auth/* on this server.
 */
export const authClient = createAuthClient({
  plugins: [organizationClient()],
});
