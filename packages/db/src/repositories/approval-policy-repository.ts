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
    /** The organization's bands (for one currency, or all), in no particular order: core orders them. */
    async bands(organizationId: string, currency?: string): Promise<ApprovalBandRecord[]> {
      return db.approvalBand.findMany({
        where: { organizationId, currency },
        select: { id: true, currency: true, upToMinor: true, requiredApprovals: true, minimumRole: true, requiresController: true },
        orderBy: { id: "asc" },
      });
    },

    /** Replaces the organization's bands for one currency. */
    async replaceBands(organizationId: string, currency: string, bands: NewApprovalBand[]): Promise<void> {
      await db.approvalBand.deleteMany({ where: { organizationId, currency } });
      await db.approvalBand.createMany({ data: bands.map((band) => ({ ...band, organizationId, currency })) });
    },
  };
}
