import { createAccountInput, parseAmount } from "@closebook/core";
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
