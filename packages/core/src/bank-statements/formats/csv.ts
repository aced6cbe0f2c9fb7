import { parse } from "csv-parse/sync";
import { isIsoCurrency } from "../../money/currency";
import { normalizeAccountIdentifier, normalizeBankText, readBankAmount, readProfileDate, type AmountSyntax } from "../bank-values";
import type { ParsedBalance, ParsedStatement, ParsedStatementLine, SourceLocation, StatementFormatProblem, StatementReadResult } from "../parsed-statement";
import { csvDateFormats, type CsvColumn, type CsvDateFormat, type CsvImportProfile } from "./csv-profile";
import { decodeText, isValidUtf8, type TextEncodingName } from "./decode-text";

/**
 * CSV statements read with an import profile: csv-parse splits the rows (quotes, embedded line
 * breaks), and each cell goes through the exact readers: no amount passes through a number.
 * Every problem names the file line of the row and the column (its header or its position).
 */

export interface CsvReadOptions {
  /** The bank account's currency, used when the profile maps no currency column. */
  currency: string;
}

interface CsvRow {
  /** 1-based file line where the row starts. */
  line: number;
  cells: string[];
}

type Rows = { ok: true; header: string[] | null; rows: CsvRow[] } | { ok: false; problems: StatementFormatProblem[] };

/** UTF-8 byte offset → 1-based line, counting CRLF, LF and a lone CR as one break each. */
function byteLineIndex(bytes: Uint8Array): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Decodes the file, drops the lines to skip, splits rows (blank rows left out) and takes the header. */
function readRows(bytes: Uint8Array, profile: Pick<CsvImportProfile, "encoding" | "skipRows" | "delimiter" | "quote" | "hasHeaderRow">): Rows {
  const decoded = decodeText(bytes, profile.encoding);
  if (!decoded.ok) return { ok: false, problems: [{ location: { line: decoded.line }, message: decoded.message }] };
  let text = decoded.text.replace(/^\ufeff/, "");
  // Skipped lines are cut before parsing: a bank's preamble may hold quotes that are not CSV.
  let skipped = 0;
  while (skipped < profile.skipRows) {
    const match = /\r\n|\r|\n/.exec(text);
    if (!match) {
      text = "";
      break;
    }
    text = text.slice(match.index + match[0].length);
    skipped++;
  }
  const utf8 = new TextEncoder().encode(text);
  const lineAt = byteLineIndex(utf8);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(utf8, {
      delimiter: profile.delimiter,
      quote: profile.quote ?? false,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    const details = error as { message?: string; lines?: number };
    const line = typeof details.lines === "number" ? details.lines + skipped : undefined;
    const message = (details.message ?? "The file is not valid CSV.").replace(/ at line \d+/, "");
    return { ok: false, problems: [{ location: line === undefined ? {} : { line }, message: `The file is not valid CSV with this profile: ${message}` }] };
  }
  const rows: CsvRow[] = [];
  let offset = 0;
  for (const { record, info } of records) {
    const line = lineAt(offset) + skipped;
    offset = info.bytes;
    if (record.every((cell) => cell.trim() === "")) continue;
    rows.push({ line, cells: record });
  }
  if (!profile.hasHeaderRow) return { ok: true, header: null, rows };
  const [header, ...data] = rows;
  if (!header) return { ok: false, problems: [{ location: { line: skipped + 1 }, message: "The file has no header row." }] };
  return { ok: true, header: header.cells.map((cell) => cell.trim()), rows: data };
}

interface ResolvedColumn {
  /** 0-based cell index. */
  index: number;
  /** How errors name it: the header, or `column 3`. */
  label: string;
}

type ColumnKey = "bookingDate" | "valueDate" | "currency" | "counterpartyName" | "counterpartyAccount" | "reference" | "bankReference" | "balance";

interface Resolved {
  single: Partial<Record<ColumnKey, ResolvedColumn>>;
  amount: { kind: "signed"; column: ResolvedColumn } | { kind: "debitCredit"; debit: ResolvedColumn; credit: ResolvedColumn } | { kind: "indicator"; column: ResolvedColumn; indicator: ResolvedColumn; debitValues: string[]; creditValues: string[] };
  remittance: ResolvedColumn[];
}

function resolveColumns(profile: CsvImportProfile, header: string[] | null, headerLine: number): { ok: true; value: Resolved } | { ok: false; problems: StatementFormatProblem[] } {
  const problems: StatementFormatProblem[] = [];
  const resolve = (column: CsvColumn, purpose: string): ResolvedColumn => {
    if (typeof column === "number") return { index: column - 1, label: header?.[column - 1] || `column ${column}` };
    const index = header ? header.findIndex((name) => name.toLowerCase() === column.toLowerCase()) : -1;
    if (index === -1) problems.push({ location: { line: headerLine, field: column }, message: `The header row has no column "${column}" (the profile's ${purpose}).` });
    return { index, label: column };
  };
  const { columns } = profile;
  const single: Resolved["single"] = {};
  for (const key of ["bookingDate", "valueDate", "currency", "counterpartyName", "counterpartyAccount", "reference", "bankReference", "balance"] as const) {
    const column = columns[key];
    if (column !== null) single[key] = resolve(column, key);
  }
  const mapping = columns.amount;
  const amount: Resolved["amount"] =
    mapping.kind === "signed"
      ? { kind: "signed", column: resolve(mapping.column, "amount") }
      : mapping.kind === "debitCredit"
        ? { kind: "debitCredit", debit: resolve(mapping.debit, "debit"), credit: resolve(mapping.credit, "credit") }
        : { kind: "indicator", column: resolve(mapping.column, "amount"), indicator: resolve(mapping.indicator, "debit/credit indicator"), debitValues: mapping.debitValues.map((v) => v.toLowerCase()), creditValues: mapping.creditValues.map((v) => v.toLowerCase()) };
  const remittance = columns.remittance.map((column) => resolve(column, "remittance"));
  return problems.length ? { ok: false, problems } : { ok: true, value: { single, amount, remittance } };
}

type RowResult = { ok: true; line: ParsedStatementLine; balance: ParsedBalance | null } | { ok: false; problems: StatementFormatProblem[] };

function readRow(row: CsvRow, columns: Resolved, profile: CsvImportProfile, options: CsvReadOptions): RowResult {
  const problems: StatementFormatProblem[] = [];
  const at = (column: ResolvedColumn): SourceLocation => ({ line: row.line, field: column.label });
  const cell = (column: ResolvedColumn | undefined): string | null => {
    if (!column) return null;
    const value = row.cells[column.index];
    if (value === undefined) {
      problems.push({ location: at(column), message: `The row has ${row.cells.length} column(s): "${column.label}" (column ${column.index + 1}) is missing.` });
      return null;
    }
    return value.trim();
  };
  const syntax: AmountSyntax = { decimalSeparator: profile.decimalSeparator, thousandsSeparator: profile.thousandsSeparator };

  const dateOf = (column: ResolvedColumn | undefined, required: boolean): string | null => {
    const value = cell(column);
    if (value === null || !column) return null;
    if (value === "") {
      if (required) problems.push({ location: at(column), message: "The date is empty." });
      return null;
    }
    const date = readProfileDate(value, profile.dateFormat);
    if (!date.ok) problems.push({ location: at(column), message: date.message });
    return date.ok ? date.value : null;
  };
  const bookingDate = dateOf(columns.single.bookingDate, true);
  const valueDate = dateOf(columns.single.valueDate, false);

  let currency = options.currency;
  const currencyColumn = columns.single.currency;
  const currencyCell = cell(currencyColumn);
  if (currencyColumn && currencyCell !== null) {
    if (isIsoCurrency(currencyCell.toUpperCase())) currency = currencyCell.toUpperCase();
    else if (currencyCell !== "") problems.push({ location: at(currencyColumn), message: `"${currencyCell}" is not an ISO 4217 currency.` });
  }

  const amountOf = (column: ResolvedColumn, allowEmpty: boolean): bigint | null | "empty" => {
    const value = cell(column);
    if (value === null) return null;
    if (value === "") {
      if (allowEmpty) return "empty";
      problems.push({ location: at(column), message: "The amount is empty." });
      return null;
    }
    const amount = readBankAmount(value, currency, syntax);
    if (!amount.ok) problems.push({ location: at(column), message: amount.message });
    return amount.ok ? amount.value : null;
  };
  let amount: bigint | null = null;
  const mapping = columns.amount;
  if (mapping.kind === "signed") {
    const value = amountOf(mapping.column, false);
    amount = value === "empty" ? null : value;
  } else if (mapping.kind === "debitCredit") {
    const debit = amountOf(mapping.debit, true);
    const credit = amountOf(mapping.credit, true);
    const filled = (value: bigint | null | "empty"): value is bigint => typeof value === "bigint" && value !== 0n;
    if (debit !== null && credit !== null) {
      if (filled(debit) && filled(credit)) problems.push({ location: at(mapping.debit), message: `Both "${mapping.debit.label}" and "${mapping.credit.label}" hold an amount; a row is either a debit or a credit.` });
      else if (filled(debit)) amount = debit < 0n ? debit : -debit;
      else if (filled(credit)) amount = credit < 0n ? -credit : credit;
      else if (debit === "empty" && credit === "empty") problems.push({ location: at(mapping.debit), message: `Neither "${mapping.debit.label}" nor "${mapping.credit.label}" holds an amount.` });
      else amount = 0n;
    }
  } else {
    const value = amountOf(mapping.column, false);
    const indicator = cell(mapping.indicator);
    if (typeof value === "bigint" && indicator !== null) {
      const mark = indicator.toLowerCase();
      const magnitude = value < 0n ? -value : value;
      if (mapping.debitValues.includes(mark)) amount = -magnitude;
      else if (mapping.creditValues.includes(mark)) amount = magnitude;
      else problems.push({ location: at(mapping.indicator), message: `"${indicator}" is none of the profile's debit values (${mapping.debitValues.join(", ")}) or credit values (${mapping.creditValues.join(", ")}).` });
    }
  }

  const textOf = (key: ColumnKey) => normalizeBankText(cell(columns.single[key]));
  const counterpartyName = textOf("counterpartyName");
  const counterpartyAccount = normalizeAccountIdentifier(cell(columns.single.counterpartyAccount));
  const endToEndId = textOf("reference");
  const bankReference = textOf("bankReference");
  const remittance = normalizeBankText(columns.remittance.map((column) => cell(column) ?? "").join(" "));

  const balanceColumn = columns.single.balance;
  const balanceCell = cell(balanceColumn);
  let balance: ParsedBalance | null = null;
  if (balanceColumn && balanceCell) {
    const value = readBankAmount(balanceCell, currency, syntax);
    if (!value.ok) problems.push({ location: at(balanceColumn), message: value.message });
    else if (bookingDate !== null) balance = { type: "CLBD", amount: value.value, currency, date: bookingDate, location: at(balanceColumn) };
  }

  if (problems.length || bookingDate === null || amount === null) return { ok: false, problems };
  return {
    ok: true,
    balance,
    line: {
      location: { line: row.line },
      bookingDate,
      valueDate,
      amount,
      currency,
      bankReference,
      endToEndId: endToEndId === "NOTPROVIDED" ? null : endToEndId,
      counterpartyName,
      counterpartyAccount,
      remittanceInformation: remittance,
      structuredReference: null,
      additionalInformation: null,
      bankTransactionCode: null,
    },
  };
}

function prepare(bytes: Uint8Array, profile: CsvImportProfile) {
  const rows = readRows(bytes, profile);
  if (!rows.ok) return rows;
  const headerLine = rows.rows[0] ? rows.rows[0].line - 1 : profile.skipRows + 1;
  const columns = resolveColumns(profile, rows.header, rows.header ? headerLine : profile.skipRows + 1);
  if (!columns.ok) return columns;
  return { ok: true as const, header: rows.header, rows: rows.rows, columns: columns.value };
}

/**
 * The opening and closing balances from a balance column: the rows run oldest first or newest
 * first (whichever the running balance confirms), the closing balance is the newest row's, the
 * opening one is the oldest row's minus its amount. A running balance that breaks is an error.
 */
function statementBalances(lines: ParsedStatementLine[], balances: (ParsedBalance | null)[], problems: StatementFormatProblem[]): { opening: ParsedBalance | null; closing: ParsedBalance | null } {
  const rows = lines.map((line, index) => ({ line, balance: balances[index] ?? null }));
  const missing = rows.find((row) => row.balance === null);
  if (missing) {
    problems.push({ location: { line: missing.line.location.line }, message: "This row has no balance, which the profile's balance column requires." });
    return { opening: null, closing: null };
  }
  /** The first row (in the given order) whose balance is not the previous balance plus its amount. */
  const breakIn = (ordered: typeof rows) => ordered.findIndex((row, i) => i > 0 && row.balance?.amount !== (ordered[i - 1]?.balance?.amount ?? 0n) + row.line.amount);
  const newestFirst = (lines[0]?.bookingDate ?? "") > (lines[lines.length - 1]?.bookingDate ?? "");
  const orders = newestFirst ? [[...rows].reverse(), rows] : [rows, [...rows].reverse()];
  const ordered = orders.find((order) => breakIn(order) === -1);
  if (!ordered) {
    const order = orders[0] ?? rows;
    const broken = order[breakIn(order)];
    problems.push({ location: broken?.balance?.location ?? {}, message: "The running balance does not follow from the previous row's balance and this row's amount." });
    return { opening: null, closing: null };
  }
  const oldest = ordered[0];
  const newest = ordered[ordered.length - 1];
  if (!oldest?.balance || !newest?.balance) return { opening: null, closing: null };
  return {
    opening: { ...oldest.balance, type: "OPBD", amount: oldest.balance.amount - oldest.line.amount },
    closing: newest.balance,
  };
}

/** A wrong profile makes every row fail: the first rows' problems are listed, the rest counted. */
const maxRowsWithProblems = 200;

/** Reads a whole CSV statement: one statement with every row, or every problem found (a bad file imports nothing). */
export function readCsvStatement(bytes: Uint8Array, profile: CsvImportProfile, options: CsvReadOptions): StatementReadResult {
  if (!isIsoCurrency(options.currency)) return { ok: false, format: "csv", problems: [{ location: {}, message: `${options.currency} is not an ISO 4217 currency.` }] };
  const prepared = prepare(bytes, profile);
  if (!prepared.ok) return { ok: false, format: "csv", problems: prepared.problems };
  const problems: StatementFormatProblem[] = [];
  const lines: ParsedStatementLine[] = [];
  const balances: (ParsedBalance | null)[] = [];
  let rowsWithProblems = 0;
  for (const row of prepared.rows) {
    const result = readRow(row, prepared.columns, profile, options);
    if (result.ok) {
      lines.push(result.line);
      balances.push(result.balance);
    } else if (++rowsWithProblems <= maxRowsWithProblems) problems.push(...result.problems);
  }
  if (rowsWithProblems > maxRowsWithProblems) {
    problems.push({ location: {}, message: `${rowsWithProblems - maxRowsWithProblems} more row(s) have problems; check the profile with the preview.` });
  }
  if (lines.length === 0 && problems.length === 0) problems.push({ location: {}, message: "The file holds no rows to import." });
  const { opening, closing } = problems.length || !prepared.columns.single.balance ? { opening: null, closing: null } : statementBalances(lines, balances, problems);
  if (problems.length) return { ok: false, format: "csv", problems };
  const statement: ParsedStatement = {
    format: "csv",
    statementId: null,
    account: { iban: null, number: null, currency: options.currency, bic: null },
    opening,
    closing,
    otherBalances: [],
    fromDate: null,
    toDate: null,
    lines,
  };
  return { ok: true, format: "csv", statements: [statement], warnings: [] };
}

export interface CsvPreviewRow {
  line: number;
  cells: string[];
  result: RowResult;
}

export type CsvPreview = { ok: true; header: string[] | null; rows: CsvPreviewRow[]; totalRows: number } | { ok: false; problems: StatementFormatProblem[] };

/** The first rows as they will be read (raw cells, then the line or the cells' problems), for the import form's live preview. */
export function previewCsv(bytes: Uint8Array, profile: CsvImportProfile, options: CsvReadOptions & { rows: number }): CsvPreview {
  if (!isIsoCurrency(options.currency)) return { ok: false, problems: [{ location: {}, message: `${options.currency} is not an ISO 4217 currency.` }] };
  const prepared = prepare(bytes, profile);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    header: prepared.header,
    totalRows: prepared.rows.length,
    rows: prepared.rows.slice(0, Math.max(0, options.rows)).map((row) => ({ line: row.line, cells: row.cells, result: readRow(row, prepared.columns, profile, options) })),
  };
}

export interface CsvSniff {
  encoding: TextEncodingName;
  delimiter: CsvImportProfile["delimiter"];
  /** Lines before the first line that has the table's shape (a bank's preamble). */
  skipRows: number;
  hasHeaderRow: boolean;
  /** The header's cells, or the first row's when there is no header. */
  firstRow: string[];
  decimalSeparator: CsvImportProfile["decimalSeparator"] | null;
  dateFormat: CsvDateFormat | null;
}

const amountLike = /^[-+]?\(?[\d.,' ]*\d\)?-?$/;

/** Proposes the basics of a new profile from the file itself; the user confirms them in the form with the preview. */
export function sniffCsv(bytes: Uint8Array): CsvSniff {
  const encoding: TextEncodingName = isValidUtf8(bytes) ? "utf-8" : "windows-1252";
  const decoded = decodeText(bytes, encoding);
  const text = decoded.ok ? decoded.text.replace(/^\ufeff/, "") : "";
  const lines = text.split(/\r\n|\r|\n/).slice(0, 50);
  const countOutsideQuotes = (line: string, delimiter: string) => {
    let count = 0;
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) count++;
    }
    return count;
  };
  let best: { delimiter: CsvSniff["delimiter"]; count: number; lines: number } = { delimiter: ",", count: 0, lines: 0 };
  for (const delimiter of [";", ",", "\t", "|"] as const) {
    const counts = lines.filter((line) => line.trim() !== "").map((line) => countOutsideQuotes(line, delimiter));
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    for (const [count, times] of frequency) {
      if (times > best.lines || (times === best.lines && count > best.count)) best = { delimiter, count, lines: times };
    }
  }
  const skipRows = Math.max(0, lines.findIndex((line) => countOutsideQuotes(line, best.delimiter) === best.count));
  const split = (line: string | undefined) => {
    if (line === undefined) return [];
    try {
      return (parse(line, { delimiter: best.delimiter, relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
    } catch {
      return line.split(best.delimiter);
    }
  };
  const tableLines = lines.slice(skipRows).filter((line) => line.trim() !== "");
  const first = split(tableLines[0]).map((cell) => cell.trim());
  const second = split(tableLines[1]).map((cell) => cell.trim());
  const looksLikeData = (cells: string[]) => cells.some((cell) => amountLike.test(cell) || /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(cell));
  const hasHeaderRow = !looksLikeData(first) && (second.length === 0 || looksLikeData(second));
  const data = tableLines.slice(hasHeaderRow ? 1 : 0, 21).flatMap((line) => split(line).map((cell) => cell.trim()));
  const amounts = data.filter((cell) => amountLike.test(cell) && /[.,]/.test(cell));
  const commaDecimals = amounts.filter((cell) => /,\d{1,3}-?$/.test(cell) && !/,\d{3}-?$/.test(cell)).length;
  const pointDecimals = amounts.filter((cell) => /\.\d{1,3}-?$/.test(cell) && !/\.\d{3}-?$/.test(cell)).length;
  const decimalSeparator = commaDecimals > pointDecimals ? "," : pointDecimals > commaDecimals ? "." : null;
  const dates = data.filter((cell) => /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$|^\d{8}$/.test(cell));
  const dateFormat = csvDateFormats.find((format) => dates.length > 0 && dates.every((cell) => readProfileDate(cell, format).ok)) ?? null;
  return { encoding, delimiter: best.delimiter, skipRows, hasHeaderRow, firstRow: first, decimalSeparator, dateFormat };
}
