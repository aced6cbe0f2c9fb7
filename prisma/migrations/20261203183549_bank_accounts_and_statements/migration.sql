-- CreateEnum
CREATE TYPE "bank_statement_import_status" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "bank_statement_line_status" AS ENUM ('unreconciled', 'matched', 'excluded');

-- CreateTable
CREATE TABLE "bank_account" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "ledger_account_id" UUID NOT NULL,
    "iban" TEXT,
    "account_number" TEXT,
    "bic" TEXT,
    "bank_name" TEXT NOT NULL,
    "owner_user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bank_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_statement_import" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "bank_account_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "format" TEXT,
    "csv_profile_id" UUID,
    "status" "bank_statement_import_status" NOT NULL DEFAULT 'queued',
    "lines_total" INTEGER NOT NULL DEFAULT 0,
    "lines_processed" INTEGER NOT NULL DEFAULT 0,
    "background" BOOLEAN NOT NULL DEFAULT false,
    "pending_file" BYTEA,
    "outcome" JSONB,
    "failure" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "bank_statement_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_statement" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "bank_account_id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "bank_statement_id" TEXT,
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "opening_minor" BIGINT,
    "opening_date" DATE,
    "closing_minor" BIGINT,
    "closing_date" DATE,
    "from_date" DATE,
    "to_date" DATE,
    "other_balances" JSONB NOT NULL DEFAULT '[]',
    "line_count" INTEGER NOT NULL DEFAULT 0,
    "imported_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_statement_line" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "statement_id" UUID NOT NULL,
    "bank_account_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "line_identity" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "booking_date" DATE NOT NULL,
    "value_date" DATE,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "bank_reference" TEXT,
    "end_to_end_id" TEXT,
    "counterparty_name" TEXT,
    "counterparty_account" TEXT,
    "remittance_information" TEXT,
    "structured_reference" TEXT,
    "additional_information" TEXT,
    "bank_transaction_code" TEXT,
    "allocated_minor" BIGINT NOT NULL DEFAULT 0,
    "status" "bank_statement_line_status" NOT NULL DEFAULT 'unreconciled',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_statement_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "csv_import_profile" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "bank_account_id" UUID,
    "name" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "csv_import_profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bank_account_ledger_account_id_key" ON "bank_account"("ledger_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "bank_account_organization_id_iban_key" ON "bank_account"("organization_id", "iban");

-- CreateIndex
CREATE UNIQUE INDEX "bank_account_organization_id_account_number_key" ON "bank_account"("organization_id", "account_number");

-- CreateIndex
CREATE INDEX "bank_statement_import_organization_id_bank_account_id_creat_idx" ON "bank_statement_import"("organization_id", "bank_account_id", "created_at");

-- CreateIndex
CREATE INDEX "bank_statement_bank_account_id_closing_date_idx" ON "bank_statement"("bank_account_id", "closing_date");

-- CreateIndex
CREATE INDEX "bank_statement_line_bank_account_id_status_booking_date_idx" ON "bank_statement_line"("bank_account_id", "status", "booking_date");

-- CreateIndex
CREATE INDEX "bank_statement_line_statement_id_position_idx" ON "bank_statement_line"("statement_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "bank_statement_line_bank_account_id_line_identity_key" ON "bank_statement_line"("bank_account_id", "line_identity");

-- CreateIndex
CREATE UNIQUE INDEX "csv_import_profile_organization_id_name_key" ON "csv_import_profile"("organization_id", "name");

-- AddForeignKey
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_ledger_account_id_fkey" FOREIGN KEY ("ledger_account_id") REFERENCES "ledger_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_statement_import" ADD CONSTRAINT "bank_statement_import_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_statement" ADD CONSTRAINT "bank_statement_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_statement" ADD CONSTRAINT "bank_statement_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "bank_statement_import"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_statement_line" ADD CONSTRAINT "bank_statement_line_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "bank_statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_statement_line" ADD CONSTRAINT "bank_statement_line_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "csv_import_profile" ADD CONSTRAINT "csv_import_profile_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "csv_import_profile" ADD CONSTRAINT "csv_import_profile_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the schema cannot say: a bank account is identified by an IBAN or an account number;
-- a line's allocated amount never exceeds its amount and has its sign; counts stay sane.
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_identified" CHECK ("iban" IS NOT NULL OR "account_number" IS NOT NULL);
ALTER TABLE "bank_statement_line" ADD CONSTRAINT "bank_statement_line_allocation" CHECK (
  abs("allocated_minor") <= abs("amount_minor")
  AND ("allocated_minor" = 0 OR sign("allocated_minor") = sign("amount_minor"))
);
ALTER TABLE "bank_statement_line" ADD CONSTRAINT "bank_statement_line_occurrence" CHECK ("occurrence" >= 1 AND "position" >= 1);
ALTER TABLE "bank_statement" ADD CONSTRAINT "bank_statement_format" CHECK ("format" IN ('camt.053', 'ofx', 'mt940', 'csv'));
ALTER TABLE "bank_statement_import" ADD CONSTRAINT "bank_statement_import_progress" CHECK ("lines_total" >= 0 AND "lines_processed" >= 0 AND "lines_processed" <= "lines_total");
