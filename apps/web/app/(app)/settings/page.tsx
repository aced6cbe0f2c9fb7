import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireMe();
  return <ComingSoon areaKey="settings" />;
}
