import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Periods" };

export default async function PeriodsPage() {
  await requireMe();
  return <ComingSoon areaKey="periods" />;
}
