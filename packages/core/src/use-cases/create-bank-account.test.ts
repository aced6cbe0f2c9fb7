import { actorFor, countRows, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getBankAccount, listBankAccounts } from "../queries/bank-queries";
import { createAccount } from "./create-account";
import { createBankAccount, type CreateBankAccountInput } from "./create-bank-account";
import { updateBankAccount } from "./update-bank-account";

let t: TestDatabase;
let org: TestOrganization;

const operating: CreateBankAccountInput = { code: "1010", name: "Operating bank", currency: "EUR", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", bankName: "Commerzbank" };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createTestOrganization(t.db);
});
afterAll(() => t.destroy());

async function bankRows() {
  return { bankAccounts: await t.db.prisma.bankAccount.count({ where: { organizationId: org.organizationId } }), ...(await countRows(t.db, org.organizationId)) };
}

describe("create-bank-account", () => {
  it("opens the ledger asset account and the bank details in one go, audited", async () => {
    const before = await bankRows();
    const result = await createBankAccount(t.db, actorFor(org, "controller"), { ...operating, ownerUserId: org.member("clerk").userId });
    expect(result.state).toMatchObject({ iban: "DE89370400440532013000", bic: "COBADEFFXXX", bankName: "Commerzbank", accountNumber: null, ownerUserId: org.member("clerk").userId });
    expect(result.message).toBe("Bank account DE89370400440532013000 at Commerzbank is open as 1010 Operating bank.");
    expect(result.triggered).toEqual(["recorded audit event account.created", "recorded audit event bank_account.created"]);
    const ledger = await t.db.read.accounts.findById(org.organizationId, result.state.ledgerAccountId);
    expect(ledger).toMatchObject({ code: "1010", type: "asset", currency: "EUR", isBankAccount: true });
    const after = await bankRows();
    expect(after.bankAccounts - before.bankAccounts).toBe(1);
    expect(after.accounts - before.accounts).toBe(1);
    expect(after.auditEvents - before.auditEvents).toBe(2);
  });

  it("links an existing asset account of the bank's currency", async () => {
    const savings = (await createAccount(t.db, actorFor(org, "controller"), { code: "1030", name: "Savings", type: "asset", currency: "CHF" })).state;
    const result = await createBankAccount(t.db, actorFor(org, "controller"), { accountId: savings.id, currency: "CHF", iban: "CH9300762011623852957", bankName: "PostFinance" });
    expect(result.state.ledgerAccountId).toBe(savings.id);
    expect((await t.db.read.accounts.findById(org.organizationId, savings.id))?.isBankAccount).toBe(true);
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { accountId: savings.id, currency: "CHF", accountNumber: "12-345-6", bankName: "PostFinance" }), "DUPLICATE_BANK_ACCOUNT");
  });

  it("refuses an account of another type or currency, an unknown one, and writes nothing", async () => {
    const revenue = (await createAccount(t.db, actorFor(org, "controller"), { code: "4000", name: "Revenue", type: "revenue", currency: "EUR" })).state;
    const usd = (await createAccount(t.db, actorFor(org, "controller"), { code: "1040", name: "Dollars", type: "asset", currency: "USD" })).state;
    const before = await bankRows();
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { accountId: revenue.id, currency: "EUR", accountNumber: "111", bankName: "Bank" }), "ACCOUNT_NOT_USABLE");
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { accountId: usd.id, currency: "EUR", accountNumber: "112", bankName: "Bank" }), "CURRENCY_MISMATCH");
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { accountId: "00000000-0000-4000-8000-000000000000", currency: "EUR", accountNumber: "113", bankName: "Bank" }), "ACCOUNT_NOT_FOUND");
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { ...operating, code: "1011", accountNumber: null, iban: "DE89370400440532013000" }), "DUPLICATE_BANK_ACCOUNT");
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { ...operating, iban: "GB82WEST12345698765432" }), "DUPLICATE_ACCOUNT_CODE");
    await expectFailure(createBankAccount(t.db, actorFor(org, "controller"), { ...operating, code: "1012", iban: "GB82WEST12345698765432", ownerUserId: "nobody" }), "MEMBER_NOT_FOUND");
    await expectFailure(createBankAccount(t.db, actorFor(org, "clerk"), { ...operating, code: "1013", iban: "GB82WEST12345698765432" }), "NOT_PERMITTED");
    expect(await bankRows()).toEqual(before);
  });

  it("refuses a mistyped IBAN, a bad BIC and a bank account with neither IBAN nor number, naming the fields", async () => {
    const error = await createBankAccount(t.db, actorFor(org, "controller"), { ...operating, code: "1014", iban: "DE89370400440532013001", bic: "XX" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["iban", "The IBAN DE89370400440532013001 has wrong check digits (a character is mistyped)."],
      ["bic", "Give a BIC of 8 or 11 letters and digits, e.g. DEUTDEFF."],
    ]);
    const none = await createBankAccount(t.db, actorFor(org, "controller"), { code: "1015", currency: "EUR", bankName: "Bank" }).catch((e: unknown) => e);
    expect((none as ZodError).issues.map((i) => i.path.join("."))).toEqual(["iban"]);
  });

  it("replays a retry with the same key; two concurrent creates of one IBAN: one account", async () => {
    const input = { code: "1050", currency: "EUR", iban: "NL91ABNA0417164300", bankName: "ABN AMRO" } as const;
    const first = await createBankAccount(t.db, actorFor(org, "controller"), input, { idempotencyKey: "bank-1050" });
    const retry = await createBankAccount(t.db, actorFor(org, "controller"), input, { idempotencyKey: "bank-1050" });
    expect(retry.replayed).toBe(true);
    expect(retry.state).toEqual(first.state);
    const racing = { currency: "EUR", iban: "FR1420041010050500013M02606", bankName: "La Banque Postale" } as const;
    const settled = await Promise.allSettled([
      createBankAccount(t.db, actorFor(org, "controller"), { ...racing, code: "1060" }),
      createBankAccount(t.db, actorFor(org, "admin"), { ...racing, code: "1061" }),
    ]);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const rejected = settled.find((s) => s.status === "rejected");
    expect((rejected?.reason as { code: string }).code).toBe("DUPLICATE_BANK_ACCOUNT");
    expect(await t.db.prisma.ledgerAccount.count({ where: { organizationId: org.organizationId, code: { in: ["1060", "1061"] } } })).toBe(1);
  });
});

describe("update-bank-account and the bank account queries", () => {
  it("changes the details, audited; refuses another account's IBAN", async () => {
    const [first] = await listBankAccounts(t.db, actorFor(org, "viewer"));
    if (!first) throw new Error("no bank account");
    const result = await updateBankAccount(t.db, actorFor(org, "controller"), { bankAccountId: first.id, iban: first.iban, bic: "DEUTDEFF", bankName: "Deutsche Bank" });
    expect(result.message).toBe(`Bank account ${first.iban} saved (bic, bankName, ownerUserId changed).`);
    expect(result.state).toMatchObject({ bic: "DEUTDEFF", bankName: "Deutsche Bank", ownerUserId: null });
    const unchanged = await updateBankAccount(t.db, actorFor(org, "controller"), { bankAccountId: first.id, iban: first.iban, bic: "DEUTDEFF", bankName: "Deutsche Bank" });
    expect(unchanged.message).toMatch(/^Nothing to change/);
    await expectFailure(updateBankAccount(t.db, actorFor(org, "controller"), { bankAccountId: first.id, iban: "NL91ABNA0417164300", bankName: "X Bank" }), "DUPLICATE_BANK_ACCOUNT");
    await expectFailure(updateBankAccount(t.db, actorFor(org, "controller"), { bankAccountId: "00000000-0000-4000-8000-000000000000", iban: "GB82WEST12345698765432", bankName: "X Bank" }), "BANK_ACCOUNT_NOT_FOUND");
    await expectFailure(updateBankAccount(t.db, actorFor(org, "clerk"), { bankAccountId: first.id, iban: first.iban, bankName: "X Bank" }), "NOT_PERMITTED");
  });

  it("lists the bank accounts by ledger code with their ledger account and the caller's actions; get finds one", async () => {
    const list = await listBankAccounts(t.db, actorFor(org, "clerk"));
    expect(list.map((a) => a.ledgerCode)).toEqual(["1010", "1030", "1050", expect.stringMatching(/^106[01]$/)]);
    expect(list[0]).toMatchObject({ currency: "EUR", ledgerBalanceMinor: 0n, lastStatementDate: null, lastClosingMinor: null, unreconciledCount: 0 });
    expect(list[0]?.allowedActions.importStatement).toEqual({ allowed: true });
    expect(list[0]?.allowedActions.update).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });
    const one = await getBankAccount(t.db, actorFor(org, "viewer"), { bankAccountId: list[1]?.id ?? "" });
    expect(one.ledgerCode).toBe("1030");
    await expectFailure(getBankAccount(t.db, actorFor(org, "viewer"), { bankAccountId: "00000000-0000-4000-8000-000000000000" }), "BANK_ACCOUNT_NOT_FOUND");
    const other = await createTestOrganization(t.db, ["viewer"], "Other");
    expect(await listBankAccounts(t.db, actorFor(other, "viewer"))).toEqual([]);
  });
});
