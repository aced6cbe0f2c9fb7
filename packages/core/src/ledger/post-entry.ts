import type { AccountRecord, EntrySource, Repositories } from "@closebook/db";
import { failuresOf, type Covers, type ErrorCode, type FailureSet } from "../errors";
import { documentNumberFormat } from "../policies/document-numbers";
import { outsidePostingWindow, postingWindowOf } from "../policies/posting-window";
import { formatMinor } from "../money";
import { minimumBalanceShortfall } from "./minimum-balance";
import type { Actor } from "../shared/actor";
import { formatDate, today } from "../shared/dates";
import type { Warning } from "../shared/outcome";
import { sideEffects } from "../shared/side-effects";

export interface EntryLineInput {
  accountId: string;
  debitMinor: bigint;
  creditMinor: bigint;
  memo?: string | null | undefined;
}

export interface PostEntryInput {
  effectiveDate: Date;
  memo: string;
  source: EntrySource;
  sourceId: string | null;
  reversesEntryId?: string | null;
  lines: EntryLineInput[];
}

export interface PostedEntry {
  id: string;
  number: string;
  /** The accounts touched, as read before posting (balances before this entry). */
  accounts: AccountRecord[];
  warnings: Warning[];
}

/** What posting can fail with; every use case that posts declares these among its failures. */
export const postingFailures = [
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_FROZEN",
  "ACCOUNT_CLOSED",
  "CURRENCY_MISMATCH",
  "PERIOD_CLOSED",
  "ENTRY_UNBALANCED",
  "DATE_OUTSIDE_WINDOW",
] as const;
type PostingCode = (typeof postingFailures)[number];
/** The failure set of a use case that posts: it must declare every posting failure. */
export type PostingCaller<Codes extends readonly ErrorCode[]> = FailureSet<Codes> & Covers<Codes, PostingCode>;
const { fail } = failuresOf(postingFailures);

/**
 * Refuses (DATE_OUTSIDE_WINDOW, naming `field`) a date outside the organization's posting window.
 * Posting checks its own date; use cases call it for dates that will post later (a movement's).
 */
export async function assertInPostingWindow(tx: Repositories, actor: Actor, date: Date, field: string): Promise<void> {
  const settings = await tx.organizations.postingWindow(actor.organizationId);
  if (!settings) return fail("DATE_OUTSIDE_WINDOW", "This organization has no ledger.", { field });
  const problem = outsidePostingWindow(postingWindowOf(settings, today()), date);
  if (problem) fail("DATE_OUTSIDE_WINDOW", problem, { field, date: formatDate(date) });
}

/** Debits minus credits per currency: all zero when the lines balance. */
export function imbalances(lines: readonly { currency: string; debitMinor: bigint; creditMinor: bigint }[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const line of lines) totals.set(line.currency, (totals.get(line.currency) ?? 0n) + line.debitMinor - line.creditMinor);
  for (const [currency, total] of totals) if (total === 0n) totals.delete(currency);
  return totals;
}

/**
 * Posts a balanced journal entry: the period must be open, the accounts usable, each line in its
 * account's currency, debits equal to credits per currency. Writes the entry, its lines and its
 * audit event; the account balances move when the transaction ends. Not a use case of its own: the
 * charge, movement and manual-entry use cases post through it inside their transaction.
 */
export async function postEntry<const Codes extends readonly ErrorCode[]>(
  tx: Repositories,
  actor: Actor,
  input: PostEntryInput & { dateField?: string },
  // The caller's failure set, only so that the compiler proves it declares the posting failures.
  _caller: PostingCaller<Codes>,
): Promise<PostedEntry> {
  if (input.lines.length < 2) fail("ENTRY_UNBALANCED", "An entry needs at least two lines.", { field: "lines" });
  input.lines.forEach((line, index) => {
    const oneSide = (line.debitMinor > 0n && line.creditMinor === 0n) || (line.creditMinor > 0n && line.debitMinor === 0n);
    if (!oneSide) fail("ENTRY_UNBALANCED", `Line ${index + 1} needs either a debit or a credit above zero, not both.`, { field: `lines.${index}` });
  });

  await assertInPostingWindow(tx, actor, input.effectiveDate, input.dateField ?? "effectiveDate");
  const period = await tx.ledger.ensurePeriod(actor.organizationId, input.effectiveDate);
  if (period.status === "closed") {
    fail("PERIOD_CLOSED", `The period ${period.year}-${String(period.month).padStart(2, "0")} is closed; date the entry in an open period.`, {
      field: "effectiveDate",
      effectiveDate: formatDate(input.effectiveDate),
    });
  }

  // Read without locking: the balances move at the end of the transaction, under row locks taken
  // in a fixed order (see ledger repository), so the hot accounts stay locked only briefly.
  const accounts = await tx.accounts.findManyByIds(actor.organizationId, input.lines.map((l) => l.accountId));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const lines = input.lines.map((line, index) => {
    const account = byId.get(line.accountId);
    if (!account) return fail("ACCOUNT_NOT_FOUND", `Line ${index + 1}: no such account in this organization.`, { field: `lines.${index}.accountId` });
    if (account.status === "frozen") fail("ACCOUNT_FROZEN", `Account ${account.code} ${account.name} is frozen.`, { field: `lines.${index}.accountId`, accountId: account.id });
    if (account.status === "closed") fail("ACCOUNT_CLOSED", `Account ${account.code} ${account.name} is closed.`, { field: `lines.${index}.accountId`, accountId: account.id });
    return { ...line, currency: account.currency, memo: line.memo ?? null };
  });

  const unbalanced = imbalances(lines);
  if (unbalanced.size > 0) {
    const detail = [...unbalanced].map(([currency, diff]) => `${currency} debits ${diff > 0n ? "exceed" : "fall short of"} credits by ${formatMinor(diff < 0n ? -diff : diff, currency)}`);
    fail("ENTRY_UNBALANCED", `The entry does not balance: ${detail.join("; ")}.`, { field: "lines" });
  }

  const entry = await tx.ledger.insertEntry({
    organizationId: actor.organizationId,
    effectiveDate: input.effectiveDate,
    periodId: period.id,
    memo: input.memo,
    source: input.source,
    sourceId: input.sourceId,
    reversesEntryId: input.reversesEntryId ?? null,
    postedBy: actor.userId,
    requestId: actor.requestId,
    numberFormat: documentNumberFormat("journalEntry", input.effectiveDate.getUTCFullYear()),
    lines,
  });
  await sideEffects(tx, actor).audit("journal_entry.posted", "journal_entry", entry.id, null, {
    number: entry.number,
    effectiveDate: formatDate(input.effectiveDate),
    memo: input.memo,
    source: input.source,
    sourceId: input.sourceId,
    reversesEntryId: input.reversesEntryId ?? null,
    lines,
  });

  const warnings: Warning[] = [];
  for (const account of accounts) {
    if (account.minimumBalanceMinor === null) continue;
    const delta = lines.filter((l) => l.accountId === account.id).reduce((sum, l) => sum + l.debitMinor - l.creditMinor, 0n);
    const after = account.balanceMinor + delta;
    if (delta < 0n && minimumBalanceShortfall(account.minimumBalanceMinor, after) !== null) {
      warnings.push({
        code: "BELOW_MINIMUM_BALANCE",
        message: `${account.name} falls below its minimum balance of ${formatMinor(account.minimumBalanceMinor, account.currency)} (now ${formatMinor(after, account.currency)}).`,
      });
    }
  }
  return { id: entry.id, number: entry.number, accounts, warnings };
}
