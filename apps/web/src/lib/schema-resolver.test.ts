import { createAccountInput, parseAmount, postManualJournalEntryInput } from "@closebook/core";
import { describe, expect, it } from "vitest";
import { schemaResolver } from "@/lib/schema-resolver";

interface Values {
  code: string;
  name: string;
  minimumBalance: string;
}

const resolver = schemaResolver(
  createAccountInput,
  (v: Values) => ({ code: v.code, name: v.name, type: "asset" as const, currency: "EUR", minimumBalanceMinor: v.minimumBalance ? parseAmount(v.minimumBalance, "EUR") : null, minimumBalancePolicy: "warn" as const, isBankAccount: false }),
  {
    fieldOf: (path) => (path.startsWith("minimumBalanceMinor") ? "minimumBalance" : path === "name" ? "name" : "code"),
    precheck: (v) => (v.minimumBalance && parseAmount(v.minimumBalance, "EUR") === null ? { minimumBalance: "Enter an amount such as 250.00." } : {}),
  },
);

const run = (values: Values) => resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("schemaResolver", () => {
  it("hands the submit handler the use case's parsed input", async () => {
    const result = await run({ code: "1090", name: "Petty cash", minimumBalance: "250.00" });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ code: "1090", name: "Petty cash", minimumBalanceMinor: 25000n, currency: "EUR" });
  });

  it("puts the core schema's refusals on the form's fields", async () => {
    const result = await run({ code: "", name: "", minimumBalance: "" });
    expect(Object.keys(result.errors).sort()).toEqual(["code", "name"]);
    expect(result.errors.code?.message).toEqual(expect.any(String));
  });

  it("reports an amount core cannot parse beside its field", async () => {
    const result = await run({ code: "1090", name: "Petty cash", minimumBalance: "12.345" });
    expect(result.errors.minimumBalance?.message).toBe("Enter an amount such as 250.00.");
  });
});

describe("schemaResolver on a field array", () => {
  interface Line {
    accountId: string;
    debit: string;
  }
  const lines = schemaResolver(
    postManualJournalEntryInput,
    (v: { memo: string; lines: Line[] }) => ({
      effectiveDate: "2026-06-17",
      memo: v.memo,
      lines: v.lines.map((l) => ({ accountId: l.accountId, debitMinor: l.debit ? (parseAmount(l.debit, "EUR") ?? 0n) : 0n, creditMinor: 0n, memo: null })),
    }),
    { fieldOf: (path) => (path === "lines" ? "lines.root" : path.replace(/debitMinor$/, "debit")) },
  );
  const check = (values: { memo: string; lines: Line[] }) => lines(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const account = "0b9c3f3e-8c43-4a5e-9a55-2f1f0c6d2a11";

  it("puts a line's issue on that line's field, by the form's name for it", async () => {
    const { errors } = await check({ memo: "Adjusting", lines: [{ accountId: account, debit: "10.00" }, { accountId: "", debit: "" }] });
    expect(errors.lines?.[1]?.accountId?.message).toBe("Choose an account.");
    expect(errors.lines?.[1]?.debit?.message).toBe("Enter a debit or a credit, not both.");
    expect(errors.lines?.[0]).toBeUndefined();
  });

  it("puts an issue of the whole array on its root", async () => {
    const { errors } = await check({ memo: "Adjusting", lines: [{ accountId: account, debit: "10.00" }] });
    expect(errors.lines?.root?.message).toBe("An entry needs at least two lines.");
  });
});
