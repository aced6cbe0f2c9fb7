-- CreateEnum
CREATE TYPE "date_format" AS ENUM ('iso', 'dmy_dot', 'dmy_slash', 'mdy_slash');

-- CreateEnum
CREATE TYPE "number_format" AS ENUM ('comma_point', 'point_comma', 'space_comma', 'apostrophe_point');

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "date_format" "date_format" NOT NULL DEFAULT 'iso',
ADD COLUMN     "number_format" "number_format" NOT NULL DEFAULT 'comma_point';
