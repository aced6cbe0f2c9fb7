-- Idempotency records are short-lived replays; existing ones have no caller and are dropped.
DELETE FROM "idempotency_record";

-- AlterTable
ALTER TABLE "idempotency_record" DROP CONSTRAINT "idempotency_record_pkey",
ADD COLUMN     "caller_id" TEXT NOT NULL,
ADD CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("organization_id", "caller_id", "key");

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "ledger_starts_on" DATE NOT NULL DEFAULT '2000-01-01'::date,
ADD COLUMN     "posting_horizon_days" INTEGER NOT NULL DEFAULT 366;

-- The calendar the ledger keeps (core's calendarDate refuses anything outside it first).
ALTER TABLE "organization" ADD CONSTRAINT "organization_ledger_starts_on_in_calendar" CHECK ("ledger_starts_on" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31'),
  ADD CONSTRAINT "organization_posting_horizon_days_range" CHECK ("posting_horizon_days" BETWEEN 0 AND 3660);
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_effective_date_in_calendar" CHECK ("effective_date" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31');
ALTER TABLE "charge" ADD CONSTRAINT "charge_dates_in_calendar" CHECK (
  ("issue_date" IS NULL OR "issue_date" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31')
  AND ("due_date" IS NULL OR "due_date" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31')
  AND ("issue_date" IS NULL OR "due_date" IS NULL OR "due_date" >= "issue_date"));
ALTER TABLE "charge_payment" ADD CONSTRAINT "charge_payment_received_on_in_calendar" CHECK ("received_on" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31');
ALTER TABLE "movement" ADD CONSTRAINT "movement_effective_date_in_calendar" CHECK ("effective_date" BETWEEN DATE '1970-01-01' AND DATE '2199-12-31');
