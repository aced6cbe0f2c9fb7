import type { DbClient } from "./db-client";

export interface ApprovalBandRecord {
  id: string;
  currency: string;
  upToMinor: bigint | null;
  requiredApprovals: number;
  minimumRole: string;
  requiresController: boolean;
}

export type NewApprovalBand = Omit<ApprovalBandRecord, "id">;

export function approvalPolicyRepository(db: DbClient) {
  return {
    /** The bands for a currency, smallest limit first (the open-ended band last). */
    async bands(organizationId: string, currency?: string): Promise<ApprovalBandRecord[]> {
      const rows = await db.approvalBand.findMany({
        where: { organizationId, currency },
        select: { id: true, currency: true, upToMinor: true, requiredApprovals: true, minimumRole: true, requiresController: true },
      });
      return rows.sort((a, b) =>
        a.currency !== b.currency ? a.currency.localeCompare(b.currency) : a.upToMinor === null ? 1 : b.upToMinor === null ? -1 : a.upToMinor < b.upToMinor ? -1 : 1,
      );
    },

    /** Replaces the organization's bands for one currency. */
    async replaceBands(organizationId: string, currency: string, bands: NewApprovalBand[]): Promise<void> {
      await db.approvalBand.deleteMany({ where: { organizationId, currency } });
      await db.approvalBand.createMany({ data: bands.map((band) => ({ ...band, organizationId, currency })) });
    },
  };
}
