import type { ReactNode } from "react";
import { AppShell } from "../../src/components/app-shell";
import { requireMe } from "../../src/server/session";

/** Every page in this group is for signed-in people only; the session is checked on the server. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const me = await requireMe();
  return <AppShell me={me}>{children}</AppShell>;
}
