/**
 * The demo's bank statements: camt.053 files, one per month per bank account, written from what
 * the seed posted to the bank's ledger account (so every past month's opening and closing
 * balances are the ledger's), plus the exceptions a real current month has: a bank fee not yet in
 * the ledger, a partial payment, a batched payout (one entry of several transactions) and one
 * line nobody can explain. Imported through import-bank-statement as a user would upload them.
 */
import type { ApiDependencies } from "@closebook/api";
import { formatDate, importBankStatement, type Actor } from "@closebook/core";

type Db = ApiDependencies["db"];

/** A line as the bank would print it: signed minor units (money in positive). */
export interface DemoStatementLine {
  date: string;
  amountMinor: bigint;
  reference: string;
  text: string;
  counterparty?: string;
  /** A batched entry's transactions (their amounts add up to `amountMinor`). */
  batch?: { amountMinor: bigint; endToEndId: string; counterparty: string; text: string }[];
  bankTransactionCode?: [string, string, string];
}

export interface DemoStatementFile {
  fileName: string;
  xml: string;
  lines: number;
  openingMinor: bigint;
  closingMinor: bigint;
}

/** The months of statements the demo has: this many past months and the current one. */
export const demoStatementMonths = 3;

const monthStart = (day: Date, back: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1));
const monthEnd = (start: Date) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));

/** Cents as the bank writes them: `1234.56` (never negative: the sign is CdtDbtInd). */
function decimal(minor: bigint): string {
  const abs = minor < 0n ? -minor : minor;
  return `${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

const escapeXml = (value: string) => value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** One camt.053.001.02 statement of `lines` between `opening` and the closing it adds up to. */
export function demoCamt053(input: {
  statementId: string;
  iban: string;
  currency: string;
  from: string;
  to: string;
  openingMinor: bigint;
  lines: DemoStatementLine[];
}): DemoStatementFile {
  const { currency } = input;
  const closingMinor = input.lines.reduce((sum, line) => sum + line.amountMinor, input.openingMinor);
  const indicator = (minor: bigint) => (minor < 0n ? "DBIT" : "CRDT");
  const balance = (type: string, minor: bigint, date: string) =>
    `<Bal><Tp><CdOrPrtry><Cd>${type}</Cd></CdOrPrtry></Tp><Amt Ccy="${currency}">${decimal(minor)}</Amt><CdtDbtInd>${indicator(minor)}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>\n`;
  const party = (minor: bigint, name: string | undefined) => (name ? `<RltdPties><${minor < 0n ? "Cdtr" : "Dbtr"}><Nm>${escapeXml(name)}</Nm></${minor < 0n ? "Cdtr" : "Dbtr"}></RltdPties>` : "");
  let count = 0;
  const entries = input.lines.map((line) => {
    const [domain, family, sub] = line.bankTransactionCode ?? ["PMNT", line.amountMinor < 0n ? "ICDT" : "RCDT", "ESCT"];
    const details = line.batch
      ? line.batch
          .map(
            (tx) =>
              `<TxDtls><Refs><EndToEndId>${tx.endToEndId}</EndToEndId></Refs><Amt Ccy="${currency}">${decimal(tx.amountMinor)}</Amt><CdtDbtInd>${indicator(line.amountMinor)}</CdtDbtInd>` +
              `${party(line.amountMinor, tx.counterparty)}<RmtInf><Ustrd>${escapeXml(tx.text)}</Ustrd></RmtInf></TxDtls>`,
          )
          .join("")
      : `<TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>${party(line.amountMinor, line.counterparty)}<RmtInf><Ustrd>${escapeXml(line.text)}</Ustrd></RmtInf></TxDtls>`;
    count += line.batch?.length ?? 1;
    return (
      `<Ntry><Amt Ccy="${currency}">${decimal(line.amountMinor)}</Amt><CdtDbtInd>${indicator(line.amountMinor)}</CdtDbtInd><Sts>BOOK</Sts>` +
      `<BookgDt><Dt>${line.date}</Dt></BookgDt><ValDt><Dt>${line.date}</Dt></ValDt><AcctSvcrRef>${line.reference}</AcctSvcrRef>` +
      `<BkTxCd><Domn><Cd>${domain}</Cd><Fmly><Cd>${family}</Cd><SubFmlyCd>${sub}</SubFmlyCd></Fmly></Domn></BkTxCd>` +
      `<NtryDtls>${details}</NtryDtls></Ntry>\n`
    );
  });
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n` +
    `<GrpHdr><MsgId>${input.statementId}</MsgId><CreDtTm>${input.to}T23:59:00Z</CreDtTm></GrpHdr>\n<Stmt>\n<Id>${input.statementId}</Id>\n` +
    `<FrToDt><FrDtTm>${input.from}T00:00:00Z</FrDtTm><ToDtTm>${input.to}T23:59:59Z</ToDtTm></FrToDt>\n` +
    `<Acct><Id><IBAN>${input.iban}</IBAN></Id><Ccy>${currency}</Ccy></Acct>\n` +
    balance("OPBD", input.openingMinor, input.from) +
    balance("CLBD", closingMinor, input.to) +
    entries.join("") +
    `</Stmt>\n</BkToCstmrStmt>\n</Document>\n`;
  return { fileName: `${input.statementId}.camt053.xml`, xml, lines: count, openingMinor: input.openingMinor, closingMinor };
}

/** The exceptions of the current month's statement of an account (none but for the one given). */
export type CurrentMonthExtras = (date: string) => DemoStatementLine[];

/**
 * The statement files of a bank account: one per month for the past `demoStatementMonths` months
 * and the current month (to `today`), each line one posting to the bank's ledger account.
 */
export async function demoStatementFiles(db: Db, organizationId: string, bankAccountId: string, today: Date, extras: CurrentMonthExtras = () => []): Promise<DemoStatementFile[]> {
  const bank = await db.prisma.bankAccount.findUniqueOrThrow({ where: { id: bankAccountId } });
  const ledger = await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { id: bank.ledgerAccountId } });
  const first = monthStart(today, demoStatementMonths);
  const postings = await db.prisma.journalLine.findMany({
    where: { organizationId, accountId: ledger.id },
    include: { entry: { select: { number: true, effectiveDate: true, memo: true } } },
    orderBy: [{ entry: { effectiveDate: "asc" } }, { entry: { sequence: "asc" } }, { lineNo: "asc" }],
  });
  let balance = postings.filter((p) => p.entry.effectiveDate < first).reduce((sum, p) => sum + p.debitMinor - p.creditMinor, 0n);
  const prefix = bank.bankName.slice(0, 4).toUpperCase();
  const files: DemoStatementFile[] = [];
  for (let back = demoStatementMonths; back >= 0; back--) {
    const from = monthStart(today, back);
    const to = back === 0 ? today : monthEnd(from);
    const lines: DemoStatementLine[] = postings
      .filter((p) => p.entry.effectiveDate >= from && p.entry.effectiveDate <= to)
      .map((p) => ({
        date: formatDate(p.entry.effectiveDate),
        amountMinor: p.debitMinor - p.creditMinor,
        reference: `${prefix}-${p.entry.number}-${p.lineNo}`,
        text: p.entry.memo,
      }));
    if (back === 0) lines.push(...extras(formatDate(today)));
    const file = demoCamt053({ statementId: `${ledger.code}-${formatDate(from).slice(0, 7)}`, iban: bank.iban ?? "", currency: ledger.currency, from: formatDate(from), to: formatDate(to), openingMinor: balance, lines });
    balance = file.closingMinor;
    files.push(file);
  }
  return files;
}

/** Northwind's main account this month: a fee, a part payment, a payout batch, a mystery debit. */
export function northwindCurrentMonth(partlyPaidChargeNumber: string): CurrentMonthExtras {
  return (date) => {
    const compact = date.replaceAll("-", "");
    return [
      { date, amountMinor: -12_50n, reference: `COMM-${compact}-FEE`, text: "Account maintenance fee", counterparty: "Commerzbank AG", bankTransactionCode: ["ACMT", "MDOP", "CHRG"] },
      { date, amountMinor: 2_000_00n, reference: `COMM-${compact}-PART`, text: `${partlyPaidChargeNumber} part payment`, counterparty: "Fabrikam Logistics BV" },
      {
        date,
        amountMinor: 3_420_00n,
        reference: `COMM-${compact}-BATCH`,
        text: "Payout batch",
        batch: [
          { amountMinor: 1_250_00n, endToEndId: `PAYOUT-${compact}-1`, counterparty: "Tailspin Toys SA", text: "Card payment, order 4471" },
          { amountMinor: 980_00n, endToEndId: `PAYOUT-${compact}-2`, counterparty: "Adatum Corporation", text: "Card payment, order 4472" },
          { amountMinor: 1_190_00n, endToEndId: `PAYOUT-${compact}-3`, counterparty: "Wingtip Partners LLP", text: "Card payment, order 4475" },
        ],
      },
      { date, amountMinor: -47_11n, reference: `COMM-${compact}-DD`, text: "SEPA DD MNDT 88213-XJ", counterparty: "XJ Payments Ltd", bankTransactionCode: ["PMNT", "IDDT", "ESDD"] },
    ];
  };
}

/** Imports `files` into the bank account as `actor`, one upload each (through `call`, the seed's counter). */
export async function importDemoStatements(db: Db, actor: Actor, bankAccountId: string, files: DemoStatementFile[], call: <T>(run: () => Promise<T>) => Promise<T>): Promise<void> {
  for (const file of files) {
    await call(() => importBankStatement(db, actor, { bankAccountId, fileName: file.fileName, content: Buffer.from(file.xml, "utf8").toString("base64"), format: "camt.053" }));
  }
}
