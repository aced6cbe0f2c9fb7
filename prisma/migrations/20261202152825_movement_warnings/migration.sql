-- AlterTable
ALTER TABLE "movement" ADD COLUMN     "warnings" JSONB NOT NULL DEFAULT '[]';
