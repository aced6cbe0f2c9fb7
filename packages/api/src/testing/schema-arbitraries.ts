/**
 * fast-check arbitraries derived from a procedure's zod input schema: values its schema accepts
 * (using the field kinds core registers for money, dates, text, ids, currencies and keys), and
 * the same values broken at one place with something hostile.
 */
import { fieldKindOf, formatDate, today, type FieldKind } from "@closebook/core";
import fc from "fast-check";
import type { z } from "zod";

export interface IdPools {
  /** Ids of real objects by the field name that refers to them (accountId, chargeId, …). */
  byField(field: string): string[];
  /** Ids of the other organization's objects: they must be refused as unknown. */
  foreign: string[];
}

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] } };
  minValue?: number | bigint | null;
  maxValue?: number | bigint | null;
  minLength?: number | null;
  maxLength?: number | null;
  format?: string | null;
}

const internals = (schema: unknown) => (schema as ZodInternals)._zod;

/** The bounds a schema declares: numbers' min/max, strings' and arrays' lengths, string formats. */
function boundsOf(schema: unknown): { minimum?: number; maximum?: number; format?: string } {
  const z = schema as ZodInternals;
  const out: { minimum?: number; maximum?: number; format?: string } = {};
  const min = z.minValue ?? z.minLength;
  const max = z.maxValue ?? z.maxLength;
  if (typeof min === "number" && Number.isFinite(min)) out.minimum = min;
  if (typeof max === "number" && Number.isFinite(max)) out.maximum = max;
  if (z.format) out.format = z.format;
  for (const check of z._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === "min_length" && typeof def.minimum === "number") out.minimum = def.minimum;
    if (def.check === "max_length" && typeof def.maximum === "number") out.maximum = def.maximum;
  }
  return out;
}

const letters = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -éßøÅ漢字😀"];

function textArbitrary(kind: Extract<FieldKind, { kind: "text" }>): fc.Arbitrary<string> {
  const max = Math.min(kind.max, 60);
  const min = Math.max(kind.min, 1);
  return fc
    .array(fc.constantFrom(...letters), { minLength: min, maxLength: Math.max(min, max - 2) })
    .map((chars) => `Ab${chars.join("")}`.slice(0, kind.max).trim())
    .filter((value) => value.length >= min);
}

function dateArbitrary(): fc.Arbitrary<string | Date> {
  const now = today().getTime();
  const day = 86_400_000;
  return fc.integer({ min: -400, max: 300 }).chain((offset) => {
    const date = new Date(now + offset * day);
    return fc.constantFrom<string | Date>(formatDate(date), date);
  });
}

function fieldArbitrary(kind: FieldKind, key: string, pools: IdPools): fc.Arbitrary<unknown> {
  switch (kind.kind) {
    case "money":
      return fc.oneof(fc.bigInt({ min: kind.min, max: kind.min + 100_000n }), fc.bigInt({ min: kind.min, max: kind.max }));
    case "date":
      return dateArbitrary();
    case "text":
      return textArbitrary(kind);
    case "id": {
      const known = pools.byField(key);
      return known.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
    }
    case "currency":
      return fc.constantFrom("EUR", "EUR", "USD", "JPY");
    case "idempotencyKey":
      return fc.uuid();
  }
}

/** Values the schema should accept (most of the time: cross-field rules may still refuse some). */
export function validArbitrary(schema: z.ZodType, pools: IdPools, key = ""): fc.Arbitrary<unknown> {
  const kind = fieldKindOf(schema);
  if (kind) return fieldArbitrary(kind, key, pools);
  const { def } = internals(schema);
  const bag = boundsOf(schema);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, validArbitrary(field, pools, name)])), {
        requiredKeys: Object.keys(shape).filter((name) => !isOptional(shape[name])),
      });
    }
    case "array": {
      const minimum = typeof bag.minimum === "number" ? bag.minimum : 0;
      const maximum = typeof bag.maximum === "number" ? Math.min(bag.maximum, minimum + 4) : minimum + 4;
      return fc.array(validArbitrary(def.element as z.ZodType, pools, key), { minLength: minimum, maxLength: maximum });
    }
    case "optional":
      return fc.option(validArbitrary(def.innerType as z.ZodType, pools, key), { nil: undefined, freq: 3 });
    case "nullable":
      return fc.option(validArbitrary(def.innerType as z.ZodType, pools, key), { nil: null, freq: 3 });
    case "default":
    case "prefault":
      return fc.option(validArbitrary(def.innerType as z.ZodType, pools, key), { nil: undefined, freq: 3 });
    case "pipe":
      return validArbitrary(def.in as z.ZodType, pools, key);
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => validArbitrary(option, pools, key)));
    case "intersection":
      return fc
        .tuple(validArbitrary(def.left as z.ZodType, pools, key), validArbitrary(def.right as z.ZodType, pools, key))
        .map(([left, right]) => (isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "boolean":
      return fc.boolean();
    case "number": {
      const min = typeof bag.minimum === "number" ? bag.minimum : -1000;
      const max = typeof bag.maximum === "number" ? bag.maximum : 1000;
      return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 10_000)) });
    }
    case "bigint":
      return fc.bigInt({ min: 0n, max: 1_000_000n });
    case "string": {
      if (bag.format === "uuid") return fc.uuid();
      const min = typeof bag.minimum === "number" ? bag.minimum : 0;
      const max = typeof bag.maximum === "number" ? bag.maximum : 40;
      return fc.string({ minLength: min, maxLength: Math.min(max, min + 40) });
    }
    case "date":
      return fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") });
    case "null":
      return fc.constant(null);
    case "undefined":
      return fc.constant(undefined);
    default:
      return fc.anything();
  }
}

function isOptional(schema: z.ZodType | undefined): boolean {
  if (!schema) return true;
  const type = internals(schema).def.type;
  return type === "optional" || type === "default" || type === "prefault";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const wrongTypes: unknown[] = [null, true, {}, [], 1.5, -1, 0, Number.NaN, Number.POSITIVE_INFINITY, "", "x", 42, 2n ** 63n, new Date(Number.NaN)];

/** Hostile values for each field kind: the edge cases that broke the back office before. */
function hostileFor(kind: FieldKind | { kind: "other" }, pools: IdPools): fc.Arbitrary<unknown> {
  const pick = (values: unknown[]) => fc.constantFrom(...values);
  switch (kind.kind) {
    case "money":
      return pick([0n, -1n, kind.max + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, -(2n ** 63n), 5n * 10n ** 18n, 10n ** 30n, 100, 1.5, "100", Number.MAX_SAFE_INTEGER + 2]);
    case "date":
      return pick([
        "9999-12-31", "10000-01-01", "0000-01-01", "0099-06-01", "2026-02-30", "2026-13-01", "1900-01-01", "1969-12-31", "2200-01-01", "2026-1-5",
        "2026-06-17T23:30:00+02:00", "", "yesterday", new Date(8.64e15), new Date(-8.64e15), new Date(Number.NaN), new Date(Date.UTC(10000, 0, 30)), new Date("1899-12-31T00:00:00Z"),
      ]);
    case "text":
      return pick([
        "\u0000", "Acme\u0000 Ltd", "\uD800", "x\uDC00y", "Acme \uD83D", "\u200B\u200B\u200B", "\u2060\uFEFF\u00AD", " ", "\t", "\u0007bell", "line\nbreak", "\u202Eevil",
        "x".repeat(kind.max + 1), "x".repeat(100_000), "😀".repeat(kind.max), "'; drop table journal_entry; --", "ab",
      ]);
    case "id":
      return fc.oneof(fc.uuid(), pick(["not-a-uuid", "00000000-0000-0000-0000-000000000000", "a".repeat(5_000), ""]), ...(pools.foreign.length ? [pick(pools.foreign)] : []));
    case "currency":
      return pick(["XYZ", "eu", "EURO", "€", "", "xts", "EUR\u0000"]);
    case "idempotencyKey":
      return pick(["short", "has spaces in it", "x".repeat(201), "ключ-ключ-ключ", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"]);
    case "other":
      return pick(["x".repeat(100_000), "\u0000", -1, 1e308, -1e308, 10n ** 30n, "not-a-choice"]);
  }
}

/** A valid value broken at one place: one field, one element, or the whole, replaced by a hostile value. */
export function brokenArbitrary(schema: z.ZodType, pools: IdPools): fc.Arbitrary<unknown> {
  const kind = fieldKindOf(schema);
  const generic = fc.constantFrom(...wrongTypes);
  if (kind) return fc.oneof({ weight: 4, arbitrary: hostileFor(kind, pools) }, { weight: 1, arbitrary: generic });
  const { def } = internals(schema);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      if (keys.length === 0) return generic;
      return fc.tuple(validArbitrary(schema, pools), fc.nat({ max: keys.length }), fc.nat()).chain(([valid, index, seed]): fc.Arbitrary<unknown> => {
        const record = valid as Record<string, unknown>;
        const key = keys[index];
        if (key === undefined) return fc.constant<unknown>(seed % 2 === 0 ? { ...record, unexpectedField: "x" } : seed % 3 === 0 ? null : "not an object");
        return brokenArbitrary(shape[key] as z.ZodType, pools).map((bad) => ({ ...record, [key]: bad }));
      });
    }
    case "array": {
      const bounds = boundsOf(schema);
      const element = def.element as z.ZodType;
      return fc.oneof(
        fc.tuple(validArbitrary(schema, pools), brokenArbitrary(element, pools), fc.nat()).map(([valid, bad, at]) => {
          const items = [...(valid as unknown[])];
          if (items.length === 0) return [bad];
          items[at % items.length] = bad;
          return items;
        }),
        fc.constant(bounds.minimum ? [] : "not a list"),
        ...(bounds.maximum !== undefined && bounds.maximum < 1_000 ? [fc.array(validArbitrary(element, pools), { minLength: bounds.maximum + 1, maxLength: bounds.maximum + 1 })] : []),
      );
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return brokenArbitrary(def.innerType as z.ZodType, pools);
    case "pipe":
      return brokenArbitrary(def.in as z.ZodType, pools);
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => brokenArbitrary(option, pools)));
    case "intersection": {
      const merge = ([left, right]: [unknown, unknown]) => (isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : isPlainObject(left) ? right : left);
      const [left, right] = [def.left as z.ZodType, def.right as z.ZodType];
      return fc.oneof(
        { weight: 4, arbitrary: fc.tuple(brokenArbitrary(left, pools), validArbitrary(right, pools)).map(merge) },
        { weight: 1, arbitrary: fc.tuple(validArbitrary(left, pools), brokenArbitrary(right, pools)).map(merge) },
      );
    }
    default:
      return fc.oneof(hostileFor({ kind: "other" }, pools), generic);
  }
}
