import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Charges" };

export default async function ChargesPage() {
  await requireMe();
  return <ComingSoon areaKey="charges" />;
}
