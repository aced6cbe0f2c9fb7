import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prismaEnumValues } from "./enums";

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma/schema.prisma");

/** Each `enum Name { … }` block of a Prisma schema: its values in order, without attributes and comments. */
export function prismaEnums(schema: string): Record<string, string[]> {
  const enums: Record<string, string[]> = {};
  for (const [, name = "", body = ""] of schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    enums[name] = body
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter((line) => line !== "" && !line.startsWith("@@"))
      .map((line) => line.split(/\s+/)[0] ?? line);
  }
  return enums;
}

describe("enums declared once in core", () => {
  const inSchema = prismaEnums(readFileSync(schemaFile, "utf8"));

  it("list exactly the values of the Prisma schema's enums, for every enum of the schema", () => {
    expect(Object.keys(inSchema).sort()).toEqual(Object.keys(prismaEnumValues).sort());
    for (const [name, values] of Object.entries(prismaEnumValues)) {
      expect({ name, values: inSchema[name] }).toEqual({ name, values: [...values] });
    }
  });

  it("would see a value that differs", () => {
    const changed = prismaEnums(readFileSync(schemaFile, "utf8").replace(/^(\s*)paid$/m, "$1settled"));
    expect(changed.ChargeStatus).not.toEqual([...prismaEnumValues.ChargeStatus]);
    expect(prismaEnums("enum Color {\n  red // warm\n  blue\n\n  @@map(\"color\")\n}\n")).toEqual({ Color: ["red", "blue"] });
  });
});
