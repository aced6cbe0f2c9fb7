import { z } from "zod";

/** A calendar date as "YYYY-MM-DD" or a Date, kept as UTC midnight. */
export const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-23.")])
  .transform((value) => {
    const date = typeof value === "string" ? new Date(`${value}T00:00:00.000Z`) : new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
    return date;
  })
  .refine((date) => !Number.isNaN(date.getTime()), "Not a real date.");

export function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
