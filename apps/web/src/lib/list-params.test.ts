import { describe, expect, it } from "vitest";
import { parseAsFlag, parseAsSort } from "@/lib/list-params";

describe("parseAsFlag (?new=1)", () => {
  it.each([
    ["1", true],
    ["true", true],
    ["0", null],
    ["false", null],
    ["yes", null],
    ["", null],
  ])("reads %j as %s", (text, value) => {
    expect(parseAsFlag.parse(text)).toBe(value);
  });

  it("writes on as 1, the form the command palette links to", () => {
    expect(parseAsFlag.serialize(true)).toBe("1");
    expect(parseAsFlag.parse(parseAsFlag.serialize(true))).toBe(true);
  });
});

describe("parseAsSort", () => {
  it("reads and writes several columns in order", () => {
    const sorting = parseAsSort.parse("date.asc,amount.desc");
    expect(sorting).toEqual([
      { id: "date", desc: false },
      { id: "amount", desc: true },
    ]);
    expect(sorting && parseAsSort.serialize(sorting)).toBe("date.asc,amount.desc");
  });
});
