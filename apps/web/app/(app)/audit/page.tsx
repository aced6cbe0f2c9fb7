import type { Metadata } from "next";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  await requireMe();
  return <ComingSoon areaKey="audit" />;
}
