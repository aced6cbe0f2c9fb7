import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requireMe } from "@/server/session";

export const metadata: Metadata = { title: "Reconciliation" };

export default async function ReconciliationPage() {
  await requireMe();
  return <ComingSoon areaKey="reconciliation" />;
}
