import { describe, expect, it } from "vitest";
import { bicProblem, compactIban, ibanProblem } from "./iban";

describe("IBAN check digits", () => {
  it.each(["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "CH9300762011623852957", "NL91ABNA0417164300", "fr14 2004 1010 0505 0001 3m02 606"])("accepts %s", (iban) => {
    expect(ibanProblem(iban)).toBeNull();
  });

  it("refuses a typo, swapped digits and a malformed text", () => {
    expect(ibanProblem("DE89370400440532013001")).toMatch(/wrong check digits/);
    expect(ibanProblem("DE89370400440532010300")).toMatch(/wrong check digits/);
    expect(ibanProblem("DE8937040044")).toMatch(/Give an IBAN/);
    expect(ibanProblem("1234567890123456")).toMatch(/Give an IBAN/);
  });

  it("compacts spaces and case; checks BICs", () => {
    expect(compactIban(" de89 3704 0044 0532 0130 00 ")).toBe("DE89370400440532013000");
    expect(bicProblem("DEUTDEFF")).toBeNull();
    expect(bicProblem("deutdeff500")).toBeNull();
    expect(bicProblem("DEUT1")).not.toBeNull();
  });
});
