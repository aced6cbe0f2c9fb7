-- AlterTable
ALTER TABLE "bank_statement_line" ADD COLUMN     "excluded_at" TIMESTAMPTZ(3),
ADD COLUMN     "excluded_by" TEXT,
ADD COLUMN     "exclusion_reason" TEXT;

-- An excluded line says why, who and when; a line that is not excluded carries none of it; a
-- line is excluded only when nothing of it is allocated.
ALTER TABLE "bank_statement_line" ADD CONSTRAINT "bank_statement_line_exclusion" CHECK (
  ("status" = 'excluded') = ("excluded_at" IS NOT NULL)
  AND ("excluded_at" IS NULL) = ("exclusion_reason" IS NULL)
  AND ("excluded_at" IS NULL) = ("excluded_by" IS NULL)
  AND ("status" <> 'excluded' OR "allocated_minor" = 0)
);
