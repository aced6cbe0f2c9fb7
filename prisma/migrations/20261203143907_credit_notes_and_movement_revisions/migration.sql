-- AlterEnum
ALTER TYPE "charge_status" ADD VALUE 'credited';

-- AlterEnum
ALTER TYPE "entry_source" ADD VALUE 'credit_note';

-- AlterTable
ALTER TABLE "charge" ADD COLUMN     "credited_minor" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "movement" ADD COLUMN     "revised_from_id" UUID;

-- CreateTable
CREATE TABLE "credit_note" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "charge_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "issue_date" DATE NOT NULL,
    "entry_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "credit_note_charge_id_idx" ON "credit_note"("charge_id");

-- CreateIndex
CREATE UNIQUE INDEX "credit_note_organization_id_number_key" ON "credit_note"("organization_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "movement_revised_from_id_key" ON "movement"("revised_from_id");

-- AddForeignKey
ALTER TABLE "credit_note" ADD CONSTRAINT "credit_note_charge_id_fkey" FOREIGN KEY ("charge_id") REFERENCES "charge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_revised_from_id_fkey" FOREIGN KEY ("revised_from_id") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A credit note credits a positive amount; a charge is never credited beyond what it left open.
ALTER TABLE "credit_note" ADD CONSTRAINT "credit_note_amount_positive" CHECK ("amount_minor" > 0);
ALTER TABLE "charge" ADD CONSTRAINT "charge_credited_within_amount" CHECK ("credited_minor" >= 0 AND "paid_minor" + "credited_minor" <= "amount_minor");
ALTER TABLE "credit_note" ADD CONSTRAINT "credit_note_issue_date_in_calendar" CHECK ("issue_date" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31');
