import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Reconciliation" };

export default async function ReconciliationPage() {
  await requireMe();
  return <ComingSoon areaKey="reconciliation" />;
}
