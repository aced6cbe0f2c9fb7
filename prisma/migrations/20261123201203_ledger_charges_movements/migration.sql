-- CreateEnum
CREATE TYPE "period_status" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "entry_source" AS ENUM ('manual', 'charge_issued', 'charge_payment', 'charge_void', 'movement', 'reversal');

-- CreateEnum
CREATE TYPE "counterparty_kind" AS ENUM ('customer', 'vendor');

-- CreateEnum
CREATE TYPE "charge_status" AS ENUM ('draft', 'issued', 'paid', 'void');

-- CreateEnum
CREATE TYPE "movement_kind" AS ENUM ('vendor_payment', 'transfer');

-- CreateEnum
CREATE TYPE "movement_status" AS ENUM ('pending_approval', 'approved', 'posted', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "task_status" AS ENUM ('open', 'done');

-- AlterTable
ALTER TABLE "ledger_account" ADD COLUMN     "balance_minor" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "accounting_period" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "period_status" NOT NULL DEFAULT 'open',
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,

    CONSTRAINT "accounting_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_entry" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "sequence" BIGINT NOT NULL,
    "effective_date" DATE NOT NULL,
    "period_id" UUID NOT NULL,
    "memo" TEXT NOT NULL,
    "source" "entry_source" NOT NULL,
    "source_id" TEXT,
    "reverses_entry_id" UUID,
    "posted_by" TEXT NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "request_id" TEXT NOT NULL,

    CONSTRAINT "journal_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_line" (
    "id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "line_no" INTEGER NOT NULL,
    "account_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "debit_minor" BIGINT NOT NULL DEFAULT 0,
    "credit_minor" BIGINT NOT NULL DEFAULT 0,
    "memo" TEXT,

    CONSTRAINT "journal_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "counterparty" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" "counterparty_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "tax_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "counterparty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charge" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "number" TEXT,
    "customer_id" UUID NOT NULL,
    "status" "charge_status" NOT NULL DEFAULT 'draft',
    "description" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "paid_minor" BIGINT NOT NULL DEFAULT 0,
    "receivable_account_id" UUID NOT NULL,
    "revenue_account_id" UUID NOT NULL,
    "issue_date" DATE,
    "due_date" DATE,
    "issued_entry_id" UUID,
    "void_entry_id" UUID,
    "void_reason" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charge_payment" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "charge_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "received_on" DATE NOT NULL,
    "bank_account_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "charge_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_counter" (
    "organization_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL,

    CONSTRAINT "document_counter_pkey" PRIMARY KEY ("organization_id","kind","year")
);

-- CreateTable
CREATE TABLE "movement" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "movement_kind" NOT NULL,
    "status" "movement_status" NOT NULL,
    "description" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "source_account_id" UUID NOT NULL,
    "destination_account_id" UUID NOT NULL,
    "counterparty_id" UUID,
    "effective_date" DATE NOT NULL,
    "requested_by" TEXT NOT NULL,
    "required_approvals" INTEGER NOT NULL,
    "minimum_approver_role" TEXT NOT NULL,
    "requires_controller" BOOLEAN NOT NULL,
    "entry_id" UUID,
    "decision_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "movement_approval" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "movement_id" UUID NOT NULL,
    "approver_id" TEXT NOT NULL,
    "approver_role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "movement_approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "approval_band" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "up_to_minor" BIGINT,
    "required_approvals" INTEGER NOT NULL,
    "minimum_role" TEXT NOT NULL,
    "requires_controller" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "approval_band_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "assignee_user_id" TEXT,
    "assignee_role" TEXT,
    "status" "task_status" NOT NULL DEFAULT 'open',
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "dedupe_key" TEXT,
    "due_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by" TEXT,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "accounting_period_organization_id_year_month_key" ON "accounting_period"("organization_id", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "journal_entry_reverses_entry_id_key" ON "journal_entry"("reverses_entry_id");

-- CreateIndex
CREATE INDEX "journal_entry_organization_id_posted_at_idx" ON "journal_entry"("organization_id", "posted_at" DESC);

-- CreateIndex
CREATE INDEX "journal_entry_organization_id_source_source_id_idx" ON "journal_entry"("organization_id", "source", "source_id");

-- CreateIndex
CREATE UNIQUE INDEX "journal_entry_organization_id_number_key" ON "journal_entry"("organization_id", "number");

-- CreateIndex
CREATE INDEX "journal_line_account_id_entry_id_idx" ON "journal_line"("account_id", "entry_id");

-- CreateIndex
CREATE UNIQUE INDEX "journal_line_entry_id_line_no_key" ON "journal_line"("entry_id", "line_no");

-- CreateIndex
CREATE UNIQUE INDEX "counterparty_organization_id_kind_name_key" ON "counterparty"("organization_id", "kind", "name");

-- CreateIndex
CREATE INDEX "charge_organization_id_status_created_at_idx" ON "charge"("organization_id", "status", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "charge_organization_id_number_key" ON "charge"("organization_id", "number");

-- CreateIndex
CREATE INDEX "charge_payment_charge_id_idx" ON "charge_payment"("charge_id");

-- CreateIndex
CREATE UNIQUE INDEX "charge_payment_organization_id_reference_key" ON "charge_payment"("organization_id", "reference");

-- CreateIndex
CREATE INDEX "movement_organization_id_status_created_at_idx" ON "movement"("organization_id", "status", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "movement_organization_id_number_key" ON "movement"("organization_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "movement_approval_movement_id_approver_id_key" ON "movement_approval"("movement_id", "approver_id");

-- CreateIndex
CREATE INDEX "approval_band_organization_id_currency_idx" ON "approval_band"("organization_id", "currency");

-- CreateIndex
CREATE INDEX "notification_organization_id_user_id_created_at_idx" ON "notification"("organization_id", "user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "task_organization_id_status_idx" ON "task"("organization_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "task_organization_id_dedupe_key_key" ON "task"("organization_id", "dedupe_key");

-- AddForeignKey
ALTER TABLE "accounting_period" ADD CONSTRAINT "accounting_period_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "accounting_period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_reverses_entry_id_fkey" FOREIGN KEY ("reverses_entry_id") REFERENCES "journal_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_line" ADD CONSTRAINT "journal_line_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "journal_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journal_line" ADD CONSTRAINT "journal_line_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "ledger_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "counterparty" ADD CONSTRAINT "counterparty_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "counterparty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge_payment" ADD CONSTRAINT "charge_payment_charge_id_fkey" FOREIGN KEY ("charge_id") REFERENCES "charge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement" ADD CONSTRAINT "movement_counterparty_id_fkey" FOREIGN KEY ("counterparty_id") REFERENCES "counterparty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "movement_approval" ADD CONSTRAINT "movement_approval_movement_id_fkey" FOREIGN KEY ("movement_id") REFERENCES "movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approval_band" ADD CONSTRAINT "approval_band_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: what Prisma's schema language cannot say.
-- ---------------------------------------------------------------------------------------------

-- Entry numbers come from one sequence: unique and increasing within every organization and
-- year, and nextval() never makes concurrent postings wait for each other (gaps are allowed;
-- charge numbers, which must be gapless, use document_counter instead).
CREATE SEQUENCE "journal_entry_number_seq" AS BIGINT START 1;
CREATE SEQUENCE "movement_number_seq" AS BIGINT START 1;

ALTER TABLE "journal_line"
  ADD CONSTRAINT "journal_line_one_side" CHECK (
    ("debit_minor" > 0 AND "credit_minor" = 0) OR ("credit_minor" > 0 AND "debit_minor" = 0)
  );
ALTER TABLE "charge" ADD CONSTRAINT "charge_amounts" CHECK ("amount_minor" > 0 AND "paid_minor" >= 0 AND "paid_minor" <= "amount_minor");
ALTER TABLE "charge_payment" ADD CONSTRAINT "charge_payment_positive" CHECK ("amount_minor" > 0);
ALTER TABLE "movement" ADD CONSTRAINT "movement_positive" CHECK ("amount_minor" > 0 AND "required_approvals" >= 1);
ALTER TABLE "movement" ADD CONSTRAINT "movement_distinct_accounts" CHECK ("source_account_id" <> "destination_account_id");
ALTER TABLE "approval_band" ADD CONSTRAINT "approval_band_sane" CHECK ("required_approvals" >= 1 AND ("up_to_minor" IS NULL OR "up_to_minor" > 0));
ALTER TABLE "accounting_period" ADD CONSTRAINT "accounting_period_month" CHECK ("month" BETWEEN 1 AND 12);

-- Posted entries and their lines are immutable: corrections are reversal entries.
CREATE FUNCTION "refuse_journal_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'journal entries are immutable once posted (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER "journal_entry_immutable" BEFORE UPDATE OR DELETE ON "journal_entry"
  FOR EACH ROW EXECUTE FUNCTION "refuse_journal_change"();
CREATE TRIGGER "journal_line_immutable" BEFORE UPDATE OR DELETE ON "journal_line"
  FOR EACH ROW EXECUTE FUNCTION "refuse_journal_change"();

-- Every entry balances per currency and has at least two lines, checked at commit.
CREATE FUNCTION "check_entry_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced TEXT;
  line_count INT;
BEGIN
  SELECT count(*) INTO line_count FROM "journal_line" WHERE "entry_id" = NEW."entry_id";
  IF line_count < 2 THEN
    RAISE EXCEPTION 'journal entry % has fewer than two lines', NEW."entry_id" USING ERRCODE = 'check_violation';
  END IF;
  SELECT string_agg("currency", ', ') INTO unbalanced FROM (
    SELECT "currency" FROM "journal_line" WHERE "entry_id" = NEW."entry_id"
    GROUP BY "currency" HAVING sum("debit_minor") <> sum("credit_minor")
  ) AS u;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance in %', NEW."entry_id", unbalanced USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "journal_entry_balanced" AFTER INSERT ON "journal_line"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_entry_balanced"();
