import type { DbClient } from "./db-client";

export interface PostingWindowSettings {
  /** The first day postings may be dated. */
  ledgerStartsOn: Date;
  /** How many days after today postings may be dated. */
  postingHorizonDays: number;
}

export function organizationRepository(db: DbClient) {
  return {
    async postingWindow(organizationId: string): Promise<PostingWindowSettings | null> {
      return db.organization.findUnique({ where: { id: organizationId }, select: { ledgerStartsOn: true, postingHorizonDays: true } });
    },
  };
}
