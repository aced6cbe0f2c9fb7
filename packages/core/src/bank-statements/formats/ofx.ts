import { isIban, normalizeAccountIdentifier, normalizeBankText, readBankAmount, readBankDate } from "../bank-values";
import type { ParsedBalance, ParsedStatement, ParsedStatementLine, SourceLocation, StatementFormatProblem, StatementReadResult } from "../parsed-statement";
import { decodeText, type TextEncodingName } from "./decode-text";
import { decodeXmlBytes, LineIndex } from "./decode-xml-bytes";

/**
 * OFX / QFX reader, both 1.x (SGML: `KEY:VALUE` header lines, elements without closing tags) and
 * 2.x (XML with an `<?OFX …?>` processing instruction). Its own small tokenizer keeps every value
 * as the text written, so amounts go from text to minor units without a float.
 */

interface OfxElement {
  name: string;
  line: number;
  /** The value of a leaf element (`<TRNAMT>-12.50`), null for an aggregate. */
  value: string | null;
  children: OfxElement[];
}

const ascii = new TextDecoder("latin1");

/** OFX 2.x is XML (an XML declaration or an `<?OFX …?>` instruction); 1.x is SGML after `KEY:VALUE` header lines. */
function isXml(bytes: Uint8Array): boolean {
  const head = ascii.decode(bytes.subarray(0, 2048));
  return /^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)?\s*<\?xml/i.test(head) || /<\?OFX/i.test(head);
}

/** The encoding an OFX 1.x header declares: `ENCODING:UTF-8`, else `CHARSET:` (1252, ISO-8859-1, NONE). */
function sgmlEncoding(bytes: Uint8Array): { encoding: TextEncodingName; problem?: string } {
  const head = ascii.decode(bytes.subarray(0, 2048));
  const encoding = /^\s*ENCODING\s*:\s*(\S+)/im.exec(head)?.[1]?.toUpperCase();
  const charset = /^\s*CHARSET\s*:\s*(\S+)/im.exec(head)?.[1]?.toUpperCase();
  if (encoding === "UTF-8" || encoding === "UNICODE") return { encoding: "utf-8" };
  if (charset === "ISO-8859-1" || charset === "8859-1") return { encoding: "iso-8859-1" };
  if (charset === undefined || charset === "1252" || charset === "NONE" || charset === "WINDOWS-1252") return { encoding: "windows-1252" };
  return { encoding: "windows-1252", problem: `The OFX header names the character set ${charset}, which is not supported.` };
}

/** The file's text in the encoding it declares, or the problem that stops it. */
function decodeOfx(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: StatementFormatProblem } {
  if (isXml(bytes)) {
    const decoded = decodeXmlBytes(bytes);
    return decoded.ok ? { ok: true, text: decoded.value } : { ok: false, problem: { location: decoded.line === undefined ? {} : { line: decoded.line }, message: decoded.message } };
  }
  const { encoding, problem } = sgmlEncoding(bytes);
  if (problem) return { ok: false, problem: { location: { line: 1 }, message: problem } };
  const decoded = decodeText(bytes, encoding);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: { location: { line: decoded.line }, message: decoded.message } };
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    if (lower === "nbsp") return " ";
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Builds the element tree from `<OFX>` on; a leaf ends at the next tag, whether or not it is closed. */
function tokenize(text: string, problems: StatementFormatProblem[]): OfxElement | null {
  const start = text.search(/<OFX>/i);
  if (start === -1) {
    problems.push({ location: {}, message: "This is not an OFX file: it has no <OFX> element." });
    return null;
  }
  const lines = new LineIndex(text);
  const lineAt = (offset: number) => lines.lineOf(offset);
  const root: OfxElement = { name: "#document", line: 1, value: null, children: [] };
  const stack: OfxElement[] = [root];
  const tag = /<(\/?)([A-Za-z0-9._]+)[^>]*>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g;
  tag.lastIndex = start;
  let position = start;
  let match: RegExpExecArray | null;
  /** The element whose tag came last, not yet known to be a leaf or an aggregate. */
  let pending: OfxElement | null = null;
  /** The leaf that just received its value, which an XML-style closing tag may still close. */
  let filled: OfxElement | null = null;
  while ((match = tag.exec(text))) {
    const between = text.slice(position, match.index).trim();
    position = match.index + match[0].length;
    const tagLine = lineAt(match.index);
    if (between !== "") {
      if (pending) {
        pending.value = decodeEntities(between);
        filled = pending;
        pending = null;
      } else {
        const top = stack[stack.length - 1] ?? root;
        problems.push({ location: { line: tagLine, element: top.name }, message: `Unexpected text "${between.slice(0, 40)}" inside <${top.name}>.` });
      }
    }
    if (match[2] === undefined) continue; // processing instruction or comment
    const name = match[2].toUpperCase();
    const justFilled = filled;
    filled = null;
    if (match[1] === "/") {
      if (justFilled?.name === name) continue; // XML `<TRNAMT>1</TRNAMT>`
      if (pending?.name === name) {
        pending.value = ""; // `<MEMO></MEMO>`
        pending = null;
        continue;
      }
      if (pending) stack.push(pending);
      pending = null;
      const index = stack.map((e) => e.name).lastIndexOf(name);
      if (index <= 0) {
        problems.push({ location: { line: tagLine, element: name }, message: `</${name}> closes an element that is not open.` });
        continue;
      }
      stack.length = index;
      continue;
    }
    // The previous tag had no text before this one: it opens an aggregate.
    if (pending) stack.push(pending);
    const element: OfxElement = { name, line: tagLine, value: null, children: [] };
    (stack[stack.length - 1] ?? root).children.push(element);
    pending = element;
  }
  const rest = text.slice(position).trim();
  if (pending && rest !== "") pending.value = decodeEntities(rest);
  else if (pending) stack.push(pending);
  if (stack.length > 1) {
    const innermost = stack[stack.length - 1] as OfxElement;
    problems.push({
      location: { line: lineAt(text.length), element: innermost.name },
      message: `The file ends before <${innermost.name}> (opened on line ${innermost.line})${stack.length > 2 ? ` and ${stack.length - 2} enclosing element(s)` : ""} is closed: it is truncated.`,
    });
  }
  return root;
}

function child(element: OfxElement | undefined, name: string): OfxElement | undefined {
  return element?.children.find((c) => c.name === name);
}
function valueOf(element: OfxElement | undefined, name: string): string | null {
  const value = child(element, name)?.value;
  return value === undefined || value === null ? null : value;
}
function findAll(element: OfxElement, names: string[], into: OfxElement[] = []): OfxElement[] {
  for (const c of element.children) {
    if (names.includes(c.name)) into.push(c);
    else findAll(c, names, into);
  }
  return into;
}

const bicShape = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export function readOfx(bytes: Uint8Array): StatementReadResult {
  const problems: StatementFormatProblem[] = [];
  const decoded = decodeOfx(bytes);
  if (!decoded.ok) return { ok: false, format: "ofx", problems: [decoded.problem] };
  const root = tokenize(decoded.text, problems);
  if (!root || problems.length) return { ok: false, format: "ofx", problems };

  const statements: ParsedStatement[] = [];
  const statementElements = findAll(root, ["STMTRS", "CCSTMTRS"]);
  if (statementElements.length === 0) {
    return { ok: false, format: "ofx", problems: [{ location: {}, message: "The OFX file holds no bank or credit-card statement (STMTRS or CCSTMTRS)." }] };
  }
  const counters = new Map<string, number>();
  for (const rs of statementElements) {
    const ordinal = (counters.get(rs.name) ?? 0) + 1;
    counters.set(rs.name, ordinal);
    const path = `${rs.name}[${ordinal}]`;
    const at = (element: OfxElement | undefined, elementPath: string, field?: string): SourceLocation => ({ line: element?.line ?? rs.line, element: elementPath, ...(field ? { field } : {}) });
    const problemAt = (location: SourceLocation, message: string) => problems.push({ location, message });

    const curdef = valueOf(rs, "CURDEF")?.toUpperCase() ?? null;
    if (!curdef) {
      problemAt(at(rs, path, "CURDEF"), "The statement does not name its currency (CURDEF).");
      continue;
    }
    const accountElement = child(rs, "BANKACCTFROM") ?? child(rs, "CCACCTFROM");
    const accountId = normalizeAccountIdentifier(valueOf(accountElement, "ACCTID"));
    if (!accountId) problemAt(at(accountElement, `${path}/${rs.name === "STMTRS" ? "BANKACCTFROM" : "CCACCTFROM"}/ACCTID`, "ACCTID"), "The statement does not name its account (ACCTID).");
    const bankId = normalizeAccountIdentifier(valueOf(accountElement, "BANKID"));

    const list = child(rs, "BANKTRANLIST");
    const dateOf = (element: OfxElement | undefined, name: string, elementPath: string, required: boolean): string | null => {
      const raw = valueOf(element, name);
      if (raw === null || raw.trim() === "") {
        if (required) problemAt(at(child(element, name) ?? element, `${elementPath}/${name}`, name), `${name} is missing.`);
        return null;
      }
      const date = readBankDate(raw);
      if (!date.ok) {
        problemAt(at(child(element, name), `${elementPath}/${name}`, name), date.message);
        return null;
      }
      return date.value;
    };
    const amountOf = (element: OfxElement | undefined, name: string, elementPath: string, currency: string): bigint | null => {
      const raw = valueOf(element, name);
      if (raw === null || raw.trim() === "") {
        problemAt(at(child(element, name) ?? element, `${elementPath}/${name}`, name), `${name} is missing.`);
        return null;
      }
      // OFX allows a comma as the decimal point (and no grouping separator).
      const amount = readBankAmount(raw, currency, { decimalSeparator: raw.includes(",") && !raw.includes(".") ? "," : "." });
      if (!amount.ok) {
        problemAt(at(child(element, name), `${elementPath}/${name}`, name), amount.message);
        return null;
      }
      return amount.value;
    };

    const lines: ParsedStatementLine[] = [];
    (list?.children ?? [])
      .filter((c) => c.name === "STMTTRN")
      .forEach((trn, index) => {
        const trnPath = `${path}/BANKTRANLIST/STMTTRN[${index + 1}]`;
        const currency = valueOf(child(trn, "CURRENCY"), "CURSYM")?.toUpperCase() ?? curdef;
        const bookingDate = dateOf(trn, "DTPOSTED", trnPath, true);
        const valueDate = dateOf(trn, "DTUSER", trnPath, false);
        const amount = amountOf(trn, "TRNAMT", trnPath, currency);
        if (bookingDate === null || amount === null) return;
        const name = normalizeBankText(valueOf(trn, "NAME") ?? valueOf(child(trn, "PAYEE"), "NAME"));
        const memo = normalizeBankText(valueOf(trn, "MEMO"));
        const toAccount = child(trn, "BANKACCTTO") ?? child(trn, "CCACCTTO");
        lines.push({
          location: { line: trn.line, element: trnPath },
          bookingDate,
          valueDate,
          amount,
          currency,
          bankReference: normalizeBankText(valueOf(trn, "FITID")),
          endToEndId: normalizeBankText(valueOf(trn, "CHECKNUM") ?? valueOf(trn, "REFNUM")),
          counterpartyName: name,
          counterpartyAccount: normalizeAccountIdentifier(valueOf(toAccount, "ACCTID")),
          remittanceInformation: memo,
          structuredReference: null,
          additionalInformation: normalizeBankText([name, memo].filter(Boolean).join(" ")),
          bankTransactionCode: normalizeBankText(valueOf(trn, "TRNTYPE")),
        });
      });

    const balanceOf = (name: "LEDGERBAL" | "AVAILBAL", type: string): ParsedBalance | null => {
      const element = child(rs, name);
      if (!element) return null;
      const amount = amountOf(element, "BALAMT", `${path}/${name}`, curdef);
      const date = dateOf(element, "DTASOF", `${path}/${name}`, true);
      if (amount === null || date === null) return null;
      return { type, amount, currency: curdef, date, location: { line: element.line, element: `${path}/${name}` } };
    };
    const closing = balanceOf("LEDGERBAL", "CLBD");
    const available = balanceOf("AVAILBAL", "CLAV");

    statements.push({
      format: "ofx",
      statementId: null,
      account: {
        iban: accountId && isIban(accountId) ? accountId : null,
        number: accountId,
        currency: curdef,
        bic: bankId && bicShape.test(bankId) ? bankId : null,
      },
      opening: null,
      closing,
      otherBalances: available ? [available] : [],
      fromDate: dateOf(list, "DTSTART", `${path}/BANKTRANLIST`, false),
      toDate: dateOf(list, "DTEND", `${path}/BANKTRANLIST`, false),
      lines,
    });
  }
  if (problems.length) return { ok: false, format: "ofx", problems };
  return { ok: true, format: "ofx", statements, warnings: [] };
}
