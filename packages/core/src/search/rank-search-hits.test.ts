import type { SearchHit } from "@closebook/db";
import { describe, expect, it } from "vitest";
import { rankSearchHits, searchScore } from "./rank-search-hits";

const hit = (id: string, number: string | null, name: string, detail: string | null = null, createdAt = "2026-12-01T00:00:00Z"): SearchHit => ({
  id,
  number,
  name,
  detail,
  currency: null,
  amountMinor: null,
  status: null,
  createdAt: new Date(createdAt),
});

describe("searchScore", () => {
  it("ranks an exact number, then a number prefix, a title prefix, a word prefix, anywhere, the subtitle; nothing for a wildcard match", () => {
    expect(searchScore(hit("a", "CH-2026-00012", "x"), "ch-2026-00012")).toBe(100);
    expect(searchScore(hit("a", "CH-2026-00012", "x"), "CH-2026")).toBe(80);
    expect(searchScore(hit("a", null, "Orion rental"), "ori")).toBe(60);
    expect(searchScore(hit("a", null, "Rental for Orion"), "ori")).toBe(50);
    expect(searchScore(hit("a", null, "Telescoporion"), "ori")).toBe(40);
    expect(searchScore(hit("a", null, "Rental", "Orion Ltd"), "orion")).toBe(20);
    expect(searchScore(hit("a", null, "Rental", "Acme"), "%%")).toBe(0);
  });
});

describe("rankSearchHits", () => {
  it("keeps the best hits of each type up to the limit, then ranks all by score, type order and recency", () => {
    const results = rankSearchHits(
      {
        charge: [hit("c-old", "CH-1", "Orion A", null, "2026-01-01T00:00:00Z"), hit("c-new", "CH-2", "Orion B", null, "2026-06-01T00:00:00Z"), hit("c-word", "CH-3", "For Orion")],
        movement: [hit("m", "MV-1", "Orion move")],
        counterparty: [hit("p", null, "Big Orion", "ap@orion.example")],
        journal_entry: [hit("j", "JE-1", "Unrelated %")],
      },
      "orion",
      2,
    );
    expect(results.map((r) => r.id)).toEqual(["c-new", "c-old", "m", "p"]);
  });
});
