import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Movements" };

export default async function MovementsPage() {
  await requireMe();
  return <ComingSoon areaKey="movements" />;
}
