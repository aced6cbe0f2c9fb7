import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireMe();
  return <ComingSoon areaKey="reports" />;
}
