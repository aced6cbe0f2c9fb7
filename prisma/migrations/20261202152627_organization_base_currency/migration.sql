-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "base_currency" CHAR(3) NOT NULL DEFAULT 'EUR';

-- An ISO 4217 code (core's currencyCode checks the list itself first).
ALTER TABLE "organization" ADD CONSTRAINT "organization_base_currency_code" CHECK ("base_currency" ~ '^[A-Z]{3}$');
