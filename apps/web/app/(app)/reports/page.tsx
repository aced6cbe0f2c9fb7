import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requireMe } from "@/server/session";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireMe();
  return <ComingSoon areaKey="reports" />;
}
