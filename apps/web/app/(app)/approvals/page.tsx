import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  await requireMe();
  return <ComingSoon areaKey="approvals" />;
}
