import type { PostingWindowSettings } from "@closebook/db";
import { addDays, formatDate } from "../shared/dates";

/**
 * The dates an organization accepts for postings (and the dates of charges and movements that
 * post): from its ledger start to its posting horizon after today. Periods inside the window are
 * opened on first use; nothing is ever dated outside it.
 */
export interface PostingWindow {
  first: Date;
  last: Date;
}

export function postingWindowOf(settings: PostingWindowSettings, today: Date): PostingWindow {
  return { first: settings.ledgerStartsOn, last: addDays(today, settings.postingHorizonDays) };
}

/** Why `date` is outside the window, as a sentence, or null when it is inside. */
export function outsidePostingWindow(window: PostingWindow, date: Date): string | null {
  if (date < window.first) return `${formatDate(date)} is before this organization's ledger starts (${formatDate(window.first)}).`;
  if (date > window.last) return `${formatDate(date)} is too far ahead: the latest date this organization accepts today is ${formatDate(window.last)}.`;
  return null;
}
