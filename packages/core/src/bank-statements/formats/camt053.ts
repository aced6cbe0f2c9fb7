import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { formatMinor } from "../../money/money";
import { normalizeAccountIdentifier, normalizeBankText, readBankAmount, readBankDate } from "../bank-values";
import type { ParsedBalance, ParsedStatement, ParsedStatementLine, SourceLocation, StatementFormatProblem, StatementReadResult } from "../parsed-statement";
import { decodeXmlBytes, LineIndex } from "./decode-xml-bytes";

/**
 * ISO 20022 camt.053 (bank-to-customer statement), versions 001.02 to 001.08. The XML is parsed
 * with every value kept as text (fast-xml-parser, value parsing off), the parts read are checked
 * with zod, and amounts and dates go through the exact readers of `bank-values`.
 *
 * Version differences handled: the servicer's BIC is `BIC` up to 001.04 and `BICFI` from 001.05;
 * related parties put `Nm` directly under `Dbtr`/`Cdtr` up to 001.07 and wrap it in `Pty` from
 * 001.08; the entry status is the code itself up to 001.07 and `<Sts><Cd>BOOK</Cd></Sts>` from
 * 001.08. Each shape is accepted in every version, as banks do not always follow their version.
 */

export const CAMT053_NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
export const CAMT053_VERSIONS = ["02", "03", "04", "05", "06", "07", "08"] as const;

/** At most this many problems are reported for one file: enough to fix it, not a wall of text. */
const MAX_PROBLEMS = 50;

const REPEATED = new Set(["Stmt", "Bal", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd"]);

// The typings declare the boxed `Symbol`; the value is the primitive symbol under which each node keeps its start index.
const metaData = XMLParser.getMetaDataSymbol() as unknown as symbol;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  captureMetaData: true,
  // Namespace prefixes (`<camt:Ntry>`) are dropped from element names; the namespace is checked on the root.
  transformTagName: (name) => name.replace(/^[^:]+:/, ""),
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

// ---- The parts of camt.053 that are read, as zod schemas over the parser's text-only tree ----

const text = z.string();
const amountSchema = z.object({ "#text": text, "@_Ccy": text });
const creditDebitSchema = z.enum(["CRDT", "DBIT"]);
const dateChoiceSchema = z.object({ Dt: text.optional(), DtTm: text.optional() });
const accountIdSchema = z.object({ IBAN: text.optional(), Othr: z.object({ Id: text }).optional() });
const accountSchema = z.object({ Id: accountIdSchema });
const partySchema = z.object({ Nm: text.optional(), Pty: z.object({ Nm: text.optional() }).optional() });
const bankTransactionCodeSchema = z.object({
  Domn: z.object({ Cd: text, Fmly: z.object({ Cd: text, SubFmlyCd: text }) }).optional(),
  Prtry: z.object({ Cd: text }).optional(),
});

const transactionSchema = z.object({
  Refs: z.object({ AcctSvcrRef: text.optional(), EndToEndId: text.optional() }).optional(),
  Amt: amountSchema.optional(),
  CdtDbtInd: creditDebitSchema.optional(),
  AmtDtls: z.object({ TxAmt: z.object({ Amt: amountSchema }).optional() }).optional(),
  BkTxCd: bankTransactionCodeSchema.optional(),
  RltdPties: z
    .object({
      Dbtr: partySchema.optional(),
      DbtrAcct: accountSchema.optional(),
      Cdtr: partySchema.optional(),
      CdtrAcct: accountSchema.optional(),
    })
    .optional(),
  RmtInf: z
    .object({
      Ustrd: z.array(text).optional(),
      Strd: z.array(z.object({ CdtrRefInf: z.object({ Ref: text.optional() }).optional() })).optional(),
    })
    .optional(),
  AddtlTxInf: text.optional(),
});
type Transaction = z.infer<typeof transactionSchema>;

const entrySchema = z.object({
  Amt: amountSchema,
  CdtDbtInd: creditDebitSchema,
  Sts: z.union([text, z.object({ Cd: text.optional(), Prtry: text.optional() })]),
  BookgDt: dateChoiceSchema.optional(),
  ValDt: dateChoiceSchema.optional(),
  AcctSvcrRef: text.optional(),
  BkTxCd: bankTransactionCodeSchema.optional(),
  NtryDtls: z.array(z.object({ TxDtls: z.array(z.unknown()).optional() })).optional(),
  AddtlNtryInf: text.optional(),
});

const balanceSchema = z.object({
  Tp: z.object({ CdOrPrtry: z.object({ Cd: text.optional(), Prtry: text.optional() }) }),
  Amt: amountSchema,
  CdtDbtInd: creditDebitSchema,
  Dt: dateChoiceSchema,
});

const statementSchema = z.object({
  Id: text,
  Acct: z.object({
    Id: accountIdSchema,
    Ccy: text.optional(),
    Svcr: z.object({ FinInstnId: z.object({ BIC: text.optional(), BICFI: text.optional() }) }).optional(),
  }),
  FrToDt: z.object({ FrDtTm: text, ToDtTm: text }).optional(),
  Bal: z.array(z.unknown()).optional(),
  Ntry: z.array(z.unknown()).optional(),
});

const documentSchema = z.object({
  Document: z.object({ BkToCstmrStmt: z.object({ Stmt: z.array(z.unknown()).optional() }) }),
});

// ---- Reading ----

type Path = (string | number)[];

/** Collects the problems of a file, each at its element path and line. */
class Problems {
  constructor(
    private readonly lines: LineIndex,
    private readonly root: unknown,
    private readonly base: Path = [],
    readonly list: StatementFormatProblem[] = [],
  ) {}

  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS;
  }

  /** The same list, for paths relative to `base` (a statement). */
  within(base: Path): Problems {
    return new Problems(this.lines, this.root, [...this.base, ...base], this.list);
  }

  add(path: Path, message: string): void {
    if (!this.full) this.list.push({ location: this.locate(path), message });
  }

  /** The element path (`Stmt[2]/Ntry[14]/Amt`) and the line where the deepest element of it starts. */
  locate(path: Path): SourceLocation {
    const full = [...this.base, ...path];
    const location: SourceLocation = { element: elementPath(full) };
    let node: unknown = this.root;
    for (const step of full) {
      if (node === null || typeof node !== "object") break;
      node = (node as Record<string | number, unknown>)[step];
      const start = node !== null && typeof node === "object" ? (node as Record<symbol, { startIndex?: number } | undefined>)[metaData]?.startIndex : undefined;
      if (start !== undefined) location.line = this.lines.lineOf(start);
    }
    return location;
  }

  /** Checks `value` against `schema`, reporting every issue at the element it concerns. */
  parse<T>(schema: z.ZodType<T>, value: unknown, path: Path): T | null {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const issuePath = [...path, ...issue.path.filter((step): step is string | number => typeof step !== "symbol")];
      const name = elementPath([...this.base, ...issuePath]);
      let given: unknown = value;
      for (const step of issue.path) given = given !== null && typeof given === "object" ? (given as Record<PropertyKey, unknown>)[step] : undefined;
      this.add(issuePath, given === undefined ? `${name} is missing.` : `${name} is not valid camt.053: ${issue.message}.`);
    }
    return null;
  }
}

/**
 * `["Document", "BkToCstmrStmt", "Stmt", 1, "Ntry", 13, "Amt", "#text"]` → `Stmt[2]/Ntry[14]/Amt`
 * (1-based, as people count; the Document/BkToCstmrStmt prefix every element shares is left out).
 */
function elementPath(path: Path): string {
  const steps = path[0] !== "Document" || path.length === 1 ? path : path[1] === "BkToCstmrStmt" && path.length > 2 ? path.slice(2) : path.slice(1);
  let out = "";
  for (const step of steps) {
    if (typeof step === "number") out += `[${step + 1}]`;
    else if (step === "#text") continue;
    else out += `${out ? "/" : ""}${step.startsWith("@_") ? `@${step.slice(2)}` : step}`;
  }
  return out;
}

export function readCamt053(bytes: Uint8Array): StatementReadResult {
  const fail = (problem: StatementFormatProblem): StatementReadResult => ({ ok: false, format: "camt.053", problems: [problem] });
  const decoded = decodeXmlBytes(bytes);
  if (!decoded.ok) return fail({ location: decoded.line === undefined ? {} : { line: decoded.line }, message: decoded.message });
  const xml = decoded.value;
  const lines = new LineIndex(xml);

  const invalid = XMLValidator.validate(xml);
  if (invalid !== true) {
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(invalid.err.msg);
    if (unclosed) {
      // The validator reports unclosed elements at line 1; the file really ends where it was cut.
      const open = (unclosed[1] ?? "").split(",").map((name) => name.trim().replace(/^"|"$/g, "").replace(/^[^:]+:/, "")).filter(Boolean);
      return fail({ location: { line: lines.lineCount, element: elementPath(open) }, message: `The XML ends at line ${lines.lineCount} before ${open.map((name) => `</${name}>`).reverse().join(", ")}: the file is truncated or malformed.` });
    }
    return fail({ location: { line: invalid.err.line }, message: `The XML is malformed at line ${invalid.err.line}, column ${invalid.err.col}: ${invalid.err.msg}` });
  }

  const namespace = rootNamespace(xml);
  if (namespace === null) return fail({ location: { line: 1, element: "Document" }, message: "This is not a camt.053 statement: the root element is not an ISO 20022 Document." });
  const version = namespace.startsWith(CAMT053_NAMESPACE_PREFIX) ? namespace.slice(CAMT053_NAMESPACE_PREFIX.length) : null;
  if (version === null || !(CAMT053_VERSIONS as readonly string[]).includes(version)) {
    const other = /camt\.\d{3}\.\d{3}\.\d{2}/.exec(namespace)?.[0];
    return fail({
      location: { line: 1, element: "Document" },
      message: other && !other.startsWith("camt.053")
        ? `This is a ${other} document, not a camt.053 bank statement.`
        : `The namespace "${namespace}" is not a camt.053 version read here (camt.053.001.02 to camt.053.001.08).`,
    });
  }

  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (error) {
    return fail({ location: {}, message: `The XML cannot be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  const problems = new Problems(lines, tree);
  const document = problems.parse(documentSchema, tree, []);
  if (!document) return { ok: false, format: "camt.053", problems: problems.list };
  const rawStatements = document.Document.BkToCstmrStmt.Stmt ?? [];
  if (rawStatements.length === 0) return fail({ location: problems.locate(["Document", "BkToCstmrStmt"]), message: "The file holds no statement (no Stmt element in BkToCstmrStmt)." });

  const warnings: StatementFormatProblem[] = [];
  const statements: ParsedStatement[] = [];
  rawStatements.forEach((raw, index) => {
    if (problems.full) return;
    const statement = readStatement(raw, ["Document", "BkToCstmrStmt", "Stmt", index], problems, warnings);
    if (statement) statements.push(statement);
  });
  if (problems.list.length) return { ok: false, format: "camt.053", problems: problems.list };
  return { ok: true, format: "camt.053", statements, warnings };
}

/** The namespace of the root element (`<Document xmlns=…>` or `<x:Document xmlns:x=…>`), null when the root is not a Document. */
function rootNamespace(xml: string): string | null {
  const root = /<(?!\?|!)(?:([\w.-]+):)?([\w.-]+)([^>]*)>/.exec(xml);
  if (!root || root[2] !== "Document") return null;
  const attribute = root[1] ? `xmlns:${root[1]}` : "xmlns";
  const value = new RegExp(`\\s${attribute.replace(".", "\\.")}\\s*=\\s*["']([^"']*)["']`).exec(root[3] ?? "")?.[1];
  return value ?? "";
}

function readStatement(raw: unknown, base: Path, allProblems: Problems, warnings: StatementFormatProblem[]): ParsedStatement | null {
  const problems = allProblems.within(base);
  const statement = problems.parse(statementSchema, raw, []);
  if (!statement) return null;
  const account = statement.Acct;

  let fromDate: string | null = null;
  let toDate: string | null = null;
  if (statement.FrToDt) {
    fromDate = readDate(statement.FrToDt.FrDtTm, ["FrToDt", "FrDtTm"], problems);
    toDate = readDate(statement.FrToDt.ToDtTm, ["FrToDt", "ToDtTm"], problems);
  }

  const balances: ParsedBalance[] = [];
  (statement.Bal ?? []).forEach((rawBalance, index) => {
    const path: Path = ["Bal", index];
    const balance = problems.parse(balanceSchema, rawBalance, path);
    if (!balance) return;
    const type = balance.Tp.CdOrPrtry.Cd ?? balance.Tp.CdOrPrtry.Prtry;
    if (!type) return problems.add([...path, "Tp", "CdOrPrtry"], "The balance has no type (neither Cd nor Prtry).");
    const amount = readAmount(balance.Amt, balance.CdtDbtInd, [...path, "Amt"], problems);
    const date = readDateChoice(balance.Dt, [...path, "Dt"], problems);
    if (amount === null || date === null) return;
    balances.push({ type, amount, currency: balance.Amt["@_Ccy"], date, location: problems.locate(path) });
  });
  const opening = balances.find((b) => b.type === "OPBD") ?? balances.find((b) => b.type === "PRCD") ?? null;
  const closing = balances.find((b) => b.type === "CLBD") ?? null;

  const lines: ParsedStatementLine[] = [];
  (statement.Ntry ?? []).forEach((rawEntry, index) => {
    if (allProblems.full) return;
    readEntry(rawEntry, ["Ntry", index], problems, warnings, lines);
  });

  return {
    format: "camt.053",
    statementId: normalizeBankText(statement.Id),
    account: {
      iban: normalizeAccountIdentifier(account.Id.IBAN),
      number: normalizeAccountIdentifier(account.Id.Othr?.Id),
      currency: normalizeBankText(account.Ccy),
      bic: normalizeAccountIdentifier(account.Svcr?.FinInstnId.BICFI ?? account.Svcr?.FinInstnId.BIC),
    },
    opening,
    closing,
    otherBalances: balances.filter((b) => b !== opening && b !== closing),
    fromDate,
    toDate,
    lines,
  };
}

function readEntry(raw: unknown, path: Path, problems: Problems, warnings: StatementFormatProblem[], lines: ParsedStatementLine[]): void {
  const entry = problems.parse(entrySchema, raw, path);
  if (!entry) return;
  const status = typeof entry.Sts === "string" ? entry.Sts : entry.Sts.Cd ?? entry.Sts.Prtry ?? "";
  if (status !== "BOOK") {
    warnings.push({ location: problems.locate(path), message: `Entry with status ${status || "(none)"} skipped: only booked entries (BOOK) are imported.` });
    return;
  }
  const amount = readAmount(entry.Amt, entry.CdtDbtInd, [...path, "Amt"], problems);
  const currency = entry.Amt["@_Ccy"];
  if (!entry.BookgDt) return problems.add([...path, "BookgDt"], "A booked entry has no booking date (BookgDt).");
  const bookingDate = readDateChoice(entry.BookgDt, [...path, "BookgDt"], problems);
  const valueDate = entry.ValDt ? readDateChoice(entry.ValDt, [...path, "ValDt"], problems) : null;
  if (amount === null || bookingDate === null || (entry.ValDt && valueDate === null)) return;

  // Every TxDtls of the entry, in order, with its path.
  const transactions: { path: Path; raw: unknown }[] = [];
  (entry.NtryDtls ?? []).forEach((details, d) => (details.TxDtls ?? []).forEach((tx, t) => transactions.push({ path: [...path, "NtryDtls", d, "TxDtls", t], raw: tx })));
  const parsed: { path: Path; tx: Transaction }[] = [];
  for (const { path: txPath, raw: rawTx } of transactions) {
    const tx = problems.parse(transactionSchema, rawTx, txPath);
    if (tx) parsed.push({ path: txPath, tx });
  }
  if (parsed.length !== transactions.length) return;

  const entryReference = normalizeBankText(entry.AcctSvcrRef);
  const entryCode = bankTransactionCode(entry.BkTxCd);
  const base = { bookingDate, valueDate, currency };

  if (parsed.length <= 1) {
    const only = parsed[0];
    lines.push({
      ...base,
      location: problems.locate(path),
      amount,
      bankReference: entryReference ?? normalizeBankText(only?.tx.Refs?.AcctSvcrRef),
      bankTransactionCode: entryCode ?? bankTransactionCode(only?.tx.BkTxCd),
      ...transactionDetails(only?.tx, amount, entry.AddtlNtryInf),
    });
    return;
  }

  // A batch: one line per transaction, each with its own amount; together they must make the entry's amount.
  const batch: ParsedStatementLine[] = [];
  let total = 0n;
  parsed.forEach(({ path: txPath, tx }, k) => {
    const txAmount = tx.Amt ?? tx.AmtDtls?.TxAmt?.Amt;
    if (!txAmount) return problems.add(txPath, `Transaction ${k + 1} of a batched entry has no amount (neither Amt nor AmtDtls/TxAmt/Amt).`);
    const amountPath: Path = tx.Amt ? [...txPath, "Amt"] : [...txPath, "AmtDtls", "TxAmt", "Amt"];
    if (txAmount["@_Ccy"] !== currency) return problems.add(amountPath, `The transaction is in ${txAmount["@_Ccy"]}, the entry in ${currency}.`);
    const signed = readAmount(txAmount, tx.CdtDbtInd ?? entry.CdtDbtInd, amountPath, problems);
    if (signed === null) return;
    total += signed;
    const ownReference = normalizeBankText(tx.Refs?.AcctSvcrRef);
    batch.push({
      ...base,
      location: problems.locate(txPath),
      amount: signed,
      bankReference: ownReference ?? (entryReference === null ? null : `${entryReference}/${k + 1}`),
      bankTransactionCode: bankTransactionCode(tx.BkTxCd) ?? entryCode,
      ...transactionDetails(tx, signed, entry.AddtlNtryInf),
    });
  });
  if (batch.length !== parsed.length) return;
  if (total !== amount) {
    return problems.add(path, `The ${parsed.length} transactions of this batched entry add up to ${formatMinor(total, currency)}, not the entry's ${formatMinor(amount, currency)}.`);
  }
  lines.push(...batch);
}

/** The per-transaction fields of a line: references, the counterparty (the debtor of a credit, the creditor of a debit), remittance and extra text. */
function transactionDetails(tx: Transaction | undefined, amount: bigint, entryInformation: string | undefined) {
  const endToEnd = normalizeBankText(tx?.Refs?.EndToEndId);
  const parties = tx?.RltdPties;
  const party = amount >= 0n ? parties?.Dbtr : parties?.Cdtr;
  const partyAccount = amount >= 0n ? parties?.DbtrAcct : parties?.CdtrAcct;
  const unstructured = (tx?.RmtInf?.Ustrd ?? []).map((line) => normalizeBankText(line)).filter((line): line is string => line !== null);
  const structured = (tx?.RmtInf?.Strd ?? []).map((s) => normalizeBankText(s.CdtrRefInf?.Ref)).find((ref) => ref !== null) ?? null;
  const information = [normalizeBankText(entryInformation), normalizeBankText(tx?.AddtlTxInf)].filter((part, i, all): part is string => part !== null && all.indexOf(part) === i);
  return {
    endToEndId: endToEnd === null || endToEnd.toUpperCase() === "NOTPROVIDED" ? null : endToEnd,
    counterpartyName: normalizeBankText(party?.Pty?.Nm ?? party?.Nm),
    counterpartyAccount: normalizeAccountIdentifier(partyAccount?.Id.IBAN ?? partyAccount?.Id.Othr?.Id),
    remittanceInformation: unstructured.length ? unstructured.join(" ") : null,
    structuredReference: structured,
    additionalInformation: information.length ? information.join(" ") : null,
  };
}

function bankTransactionCode(code: z.infer<typeof bankTransactionCodeSchema> | undefined): string | null {
  if (code?.Domn) return `${code.Domn.Cd}/${code.Domn.Fmly.Cd}/${code.Domn.Fmly.SubFmlyCd}`;
  return normalizeBankText(code?.Prtry?.Cd);
}

/** A camt amount is unsigned text with a point ("18.150"); the sign comes from CdtDbtInd (DBIT is negative). */
function readAmount(amount: z.infer<typeof amountSchema>, indicator: "CRDT" | "DBIT", path: Path, problems: Problems): bigint | null {
  const textValue = amount["#text"];
  if (!/^\d+(\.\d+)?$/.test(textValue)) {
    problems.add(path, `"${textValue}" is not a camt.053 amount (digits with an optional decimal point, no sign).`);
    return null;
  }
  const read = readBankAmount(textValue, amount["@_Ccy"]);
  if (!read.ok) {
    problems.add(path, read.message);
    return null;
  }
  return indicator === "DBIT" ? -read.value : read.value;
}

function readDateChoice(choice: z.infer<typeof dateChoiceSchema>, path: Path, problems: Problems): string | null {
  if (choice.Dt !== undefined) return readDate(choice.Dt, [...path, "Dt"], problems);
  if (choice.DtTm !== undefined) return readDate(choice.DtTm, [...path, "DtTm"], problems);
  problems.add(path, "The date has neither Dt nor DtTm.");
  return null;
}

function readDate(value: string, path: Path, problems: Problems): string | null {
  const read = readBankDate(value);
  if (read.ok) return read.value;
  problems.add(path, read.message);
  return null;
}
