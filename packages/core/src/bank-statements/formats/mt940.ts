import { isIban, normalizeAccountIdentifier, normalizeBankText, readBankAmount, readBankDate } from "../bank-values";
import type { ParsedBalance, ParsedStatement, ParsedStatementLine, SourceLocation, StatementFormatProblem, StatementReadResult } from "../parsed-statement";
import { decodeText, isValidUtf8 } from "./decode-text";

/**
 * SWIFT MT940 reader: one or more statements per file, as SWIFT messages (`{1:…}{2:…}{4:` … `-}`)
 * or plain `:20:` blocks. Its own tokenizer keeps every amount as text (decimal comma) until
 * `readBankAmount` turns it into minor units; every problem names the line and the field tag.
 */

interface Field {
  tag: string;
  line: number;
  /** The field's lines as written (continuation lines included). */
  lines: string[];
}

const bicShape = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** Splits the text into statements, each a list of fields starting with `:20:`. */
function tokenize(text: string, problems: StatementFormatProblem[]): Field[][] {
  const statements: Field[][] = [];
  let current: Field[] | null = null;
  let field: Field | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    let line = raw.replace(/^(?:\{[1-3]:(?:[^{}]|\{[^{}]*\})*\})*\{4:/, "");
    if (/^-(?:\}.*)?$/.test(line.trim())) {
      // `-` or `-}` (optionally followed by the trailer block) ends the statement.
      current = null;
      field = null;
      return;
    }
    if (line.trim() === "" || /^\{5:/.test(line)) return;
    const tag = /^:(\d{2}[A-Z]?):/.exec(line);
    if (tag) {
      const name = tag[1] as string;
      line = line.slice(tag[0].length);
      if (name === "20" || current === null) {
        current = [];
        statements.push(current);
      }
      field = { tag: name, line: lineNumber, lines: [line] };
      current.push(field);
      return;
    }
    if (field) field.lines.push(line);
    else problems.push({ location: { line: lineNumber }, message: `Line ${lineNumber} is neither an MT940 field (such as :20: or :61:) nor part of one.` });
  });
  return statements;
}

/** YYMMDD, read as 20YY like every two-digit year of a bank file. */
function readShortDate(text: string): { ok: true; value: string } | { ok: false; message: string } {
  if (!/^\d{6}$/.test(text)) return { ok: false, message: `"${text}" is not a date (YYMMDD).` };
  return readBankDate(`20${text}`);
}

/** The year that puts MMDD closest to a date (an entry date of 12-31 for a value date of 01-02 is in the year before). */
function resolveEntryDate(mmdd: string, near: string): string | null {
  const year = Number(near.slice(0, 4));
  const nearTime = Date.parse(`${near}T00:00:00Z`);
  let best: { date: string; distance: number } | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = readBankDate(`${y}${mmdd}`);
    if (!candidate.ok) continue;
    const distance = Math.abs(Date.parse(`${candidate.value}T00:00:00Z`) - nearTime);
    if (!best || distance < best.distance) best = { date: candidate.value, distance };
  }
  return best?.date ?? null;
}

interface Details {
  remittance: string | null;
  endToEndId: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  additional: string | null;
}

/** `:86:` as free text, or in the structured German format (`166?00…?20…?29?30…?31…?32…?33`). */
function readDetails(lines: string[]): Details {
  const joined = lines.join("");
  const structured = /^(\d{3})([^\w\s])/.exec(joined);
  const separator = structured?.[2];
  if (!structured || !separator || !joined.includes(`${separator}20`) && !joined.includes(`${separator}00`)) {
    const text = normalizeBankText(lines.join(" "));
    return { remittance: text, endToEndId: null, counterpartyName: null, counterpartyAccount: null, additional: text };
  }
  const parts = new Map<string, string>();
  const pattern = new RegExp(`\\${separator}(\\d{2})([^${separator.replace(/[\]\\^-]/g, "\\$&")}]*)`, "g");
  for (const part of joined.slice(3).matchAll(pattern)) {
    const key = part[1] as string;
    parts.set(key, (parts.get(key) ?? "") + (part[2] ?? ""));
  }
  const purposeKeys = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"];
  let purpose = purposeKeys.map((k) => parts.get(k) ?? "").join("");
  // SEPA keywords inside the purpose: EREF+ (end-to-end id), SVWZ+ (remittance), KREF+, MREF+, CRED+, …
  const keywords = new Map<string, string>();
  const sepa = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\+/g;
  const marks = [...purpose.matchAll(sepa)];
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? purpose.length;
    keywords.set(mark[1] as string, purpose.slice(start, end));
  });
  if (marks.length && (marks[0]?.index ?? 0) === 0) purpose = keywords.get("SVWZ") ?? "";
  const endToEnd = normalizeBankText(keywords.get("EREF"));
  return {
    remittance: normalizeBankText(purpose),
    endToEndId: endToEnd === "NOTPROVIDED" ? null : endToEnd,
    counterpartyName: normalizeBankText((parts.get("32") ?? "") + (parts.get("33") ?? "")),
    counterpartyAccount: normalizeAccountIdentifier(parts.get("31")),
    additional: normalizeBankText([parts.get("00"), lines.join("")].filter(Boolean).join(" ")),
  };
}

export function readMt940(bytes: Uint8Array): StatementReadResult {
  const problems: StatementFormatProblem[] = [];
  // MT940 declares no encoding: UTF-8 when the bytes are valid UTF-8, else windows-1252 (German banks' ISO-8859-1).
  const decoded = decodeText(bytes, isValidUtf8(bytes) ? "utf-8" : "windows-1252");
  if (!decoded.ok) return { ok: false, format: "mt940", problems: [{ location: { line: decoded.line }, message: decoded.message }] };
  const blocks = tokenize(decoded.text.replace(/^\ufeff/, ""), problems);
  if (blocks.length === 0 && problems.length === 0) problems.push({ location: {}, message: "The file holds no MT940 statement (no :20: field)." });
  const statements: ParsedStatement[] = [];

  blocks.forEach((fields, statementIndex) => {
    const where = (field: Field, name?: string): SourceLocation => ({ line: field.line, element: `:${field.tag}:`, ...(name ? { field: name } : {}) });
    const fail = (location: SourceLocation, message: string) => problems.push({ location, message });
    const first = fields[0] as Field;
    const value = (field: Field) => field.lines[0]?.trim() ?? "";
    const find = (...tags: string[]) => fields.find((f) => tags.includes(f.tag));

    const reference = find("20");
    if (!reference) fail({ line: first.line, element: `:${first.tag}:` }, `Statement ${statementIndex + 1} does not start with :20:.`);
    const accountField = find("25");
    const account = { iban: null as string | null, number: null as string | null, currency: null as string | null, bic: null as string | null };
    if (!accountField) fail({ line: first.line, element: ":25:" }, "The statement does not name its account (:25:).");
    else {
      const text = value(accountField);
      account.number = normalizeAccountIdentifier(text);
      const [left = "", right] = text.split("/").map((p) => p.replace(/\s+/g, "").toUpperCase());
      // `BIC/IBAN`, `IBAN`, `IBAN` followed by the currency (`DE89…3000EUR`) or a national `BLZ/account`.
      for (const part of [right, left]) {
        if (part === undefined || account.iban) continue;
        if (isIban(part)) account.iban = part;
        else if (/[A-Z]{3}$/.test(part) && isIban(part.slice(0, -3))) account.iban = part.slice(0, -3);
      }
      if (right !== undefined && bicShape.test(left)) account.bic = left;
    }

    const balance = (field: Field, type: string): ParsedBalance | null => {
      const match = /^([CD])(\d{6})([A-Z]{3})([\d,.]+)$/.exec(value(field).replace(/\s+/g, ""));
      if (!match) {
        fail(where(field), `"${value(field)}" is not a balance (C or D, YYMMDD, currency, amount).`);
        return null;
      }
      const date = readShortDate(match[2] as string);
      if (!date.ok) fail(where(field, "date"), date.message);
      const currency = match[3] as string;
      const amount = readBankAmount(match[4] as string, currency, { decimalSeparator: "," });
      if (!amount.ok) fail(where(field, "amount"), amount.message);
      if (!date.ok || !amount.ok) return null;
      return { type, amount: match[1] === "D" ? -amount.value : amount.value, currency, date: date.value, location: where(field) };
    };

    const openingField = find("60F", "60M");
    const opening = openingField ? balance(openingField, "OPBD") : null;
    if (!openingField) fail({ line: first.line, element: ":60F:" }, "The statement has no opening balance (:60F: or :60M:).");
    const closingField = find("62F", "62M");
    const closing = closingField ? balance(closingField, "CLBD") : null;
    if (!closingField) fail({ line: first.line, element: ":62F:" }, `The statement starting on line ${first.line} has no closing balance (:62F: or :62M:).`);
    const otherBalances = fields
      .filter((f) => f.tag === "64" || f.tag === "65")
      .map((f) => balance(f, f.tag === "64" ? "CLAV" : "FWAV"))
      .filter((b): b is ParsedBalance => b !== null);
    const currency = opening?.currency ?? closing?.currency ?? null;
    account.currency = currency;

    const lines: ParsedStatementLine[] = [];
    fields.forEach((field, index) => {
      if (field.tag !== "61") return;
      const text = value(field);
      const match = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,]*)([NFS][A-Z0-9]{3})(.*)$/.exec(text);
      if (!match) {
        fail(where(field), `"${text}" is not a statement line (value date, entry date, D/C, amount, type, reference).`);
        return;
      }
      const valueDate = readShortDate(match[1] as string);
      if (!valueDate.ok) {
        fail(where(field, "value date"), valueDate.message);
        return;
      }
      let bookingDate = valueDate.value;
      if (match[2]) {
        const entry = resolveEntryDate(match[2], valueDate.value);
        if (!entry) {
          fail(where(field, "entry date"), `"${match[2]}" is not a date (MMDD).`);
          return;
        }
        bookingDate = entry;
      }
      if (!currency) return;
      const amount = readBankAmount(match[5] as string, currency, { decimalSeparator: "," });
      if (!amount.ok) {
        fail(where(field, "amount"), amount.message);
        return;
      }
      const mark = match[3] as string;
      // D and RC (reversal of a credit) take money out; C and RD put it in.
      const signed = mark === "D" || mark === "RC" ? -amount.value : amount.value;
      const [customerPart = "", bankPart] = (match[7] ?? "").split("//");
      const customer = normalizeBankText(customerPart);
      const next = fields[index + 1];
      const details = next?.tag === "86" ? readDetails(next.lines) : null;
      const supplementary = normalizeBankText(field.lines.slice(1).join(" "));
      lines.push({
        location: { line: field.line, element: ":61:" },
        bookingDate,
        valueDate: valueDate.value,
        amount: signed,
        currency,
        bankReference: normalizeBankText(bankPart),
        endToEndId: details?.endToEndId ?? (customer === "NONREF" ? null : customer),
        counterpartyName: details?.counterpartyName ?? null,
        counterpartyAccount: details?.counterpartyAccount ?? null,
        remittanceInformation: details?.remittance ?? null,
        structuredReference: null,
        additionalInformation: normalizeBankText([supplementary, details?.additional].filter(Boolean).join(" ")),
        bankTransactionCode: match[6] as string,
      });
    });

    const sequence = find("28C", "28");
    statements.push({
      format: "mt940",
      statementId: normalizeBankText([reference ? value(reference) : null, sequence ? value(sequence) : null].filter(Boolean).join("/")),
      account,
      opening,
      closing,
      otherBalances,
      // MT940 states no period: the balances' dates say what it covers.
      fromDate: null,
      toDate: null,
      lines,
    });
  });
  if (problems.length) return { ok: false, format: "mt940", problems };
  return { ok: true, format: "mt940", statements, warnings: [] };
}
