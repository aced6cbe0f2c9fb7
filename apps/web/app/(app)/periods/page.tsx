import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requireMe } from "@/server/session";

export const metadata: Metadata = { title: "Periods" };

export default async function PeriodsPage() {
  await requireMe();
  return <ComingSoon areaKey="periods" />;
}
