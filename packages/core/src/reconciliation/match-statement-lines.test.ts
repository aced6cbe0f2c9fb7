import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openItem, statementLine } from "./fixtures/builders";
import { matchStatementLines } from "./match-statement-lines";
import type { MatchLine, MatchProposal, OpenItem } from "./types";

const iban = "DE89370400440532013000";
const acme = { counterpartyName: "Acme Trading GmbH", counterpartyAccount: iban };
const invoice = (id: string, number: string, amount: bigint, extra: Partial<OpenItem> = {}) => openItem({ id, openAmount: amount, documentNumber: number, ...acme, ...extra });
const only = (lines: MatchLine[], items: OpenItem[]) => {
  const { proposals } = matchStatementLines(lines, items, []);
  expect(proposals).toHaveLength(1);
  return proposals[0] as MatchProposal;
};
const weightOf = (proposal: MatchProposal, code: string) => proposal.reasons.find((reason) => reason.code === code)?.weight;

describe("score components", () => {
  const item = invoice("i1", "CH-000123", 12000n);

  it("amount exact, reference by number, IBAN and date make 10000 and an auto match", () => {
    const proposal = only([statementLine({ id: "l1", amount: 12000n, remittanceInformation: "Invoice CH 123", counterpartyAccount: "DE89 3704 0044 0532 0130 00" })], [item]);
    expect(proposal).toMatchObject({ score: 10000, scoreDisplay: 1, tier: "auto", shape: "one_to_one", allocations: [{ itemId: "i1", amount: 12000n }], lineRemainder: 0n });
    expect(proposal.reasons.map((reason) => [reason.code, reason.weight])).toEqual([
      ["amount_exact", 4000],
      ["document_number", 3000],
      ["iban_equal", 2500],
      ["date_within_terms", 500],
    ]);
    expect(proposal.reasons.reduce((sum, reason) => sum + reason.weight, 0)).toBe(proposal.score);
  });

  it("EndToEndId equal to the item's", () => {
    const movement = openItem({ id: "m1", kind: "movement", openAmount: -5000n, documentNumber: "MV-000045", endToEndId: "PAY-2026-0045" });
    const proposal = only([statementLine({ id: "l1", amount: -5000n, endToEndId: "PAY-2026-0045" })], [movement]);
    expect(weightOf(proposal, "end_to_end_id")).toBe(3000);
    expect(proposal.allocations).toEqual([{ itemId: "m1", amount: -5000n }]);
  });

  it("structured reference in the structured field or written in groups", () => {
    const rf = invoice("i2", "CH-000200", 3000n, { references: ["RF18539007547034"] });
    expect(weightOf(only([statementLine({ id: "l1", amount: 3000n, structuredReference: "RF18539007547034" })], [rf]), "structured_reference")).toBe(3000);
    expect(weightOf(only([statementLine({ id: "l2", amount: 3000n, remittanceInformation: "ref RF18 5390 0754 7034" })], [rf]), "structured_reference")).toBe(3000);
  });

  it("within a default tolerance, partial and overpaid amounts", () => {
    const within = matchStatementLines([statementLine({ id: "l1", amount: 11950n, remittanceInformation: "CH-000123", ...acme })], [item], [], { amountToleranceMinor: 100n }).proposals[0];
    expect(weightOf(within as MatchProposal, "amount_within_tolerance")).toBe(2500);
    const partial = only([statementLine({ id: "l2", amount: 5000n, remittanceInformation: "CH-000123", ...acme })], [item]);
    expect(weightOf(partial, "amount_partial")).toBe(2500);
    expect(partial).toMatchObject({ allocations: [{ itemId: "i1", amount: 5000n }], lineRemainder: 0n, tier: "high" });
    const over = only([statementLine({ id: "l3", amount: 13000n, remittanceInformation: "CH-000123", ...acme })], [item]);
    expect(weightOf(over, "amount_overpaid")).toBe(2000);
    expect(over).toMatchObject({ allocations: [{ itemId: "i1", amount: 12000n }], lineRemainder: 1000n });
  });

  it("name similarity after company suffixes are removed, when there is no IBAN", () => {
    const named = invoice("i3", "CH-000300", 7000n, { counterpartyAccount: null });
    const same = only([statementLine({ id: "l1", amount: 7000n, remittanceInformation: "CH-300", counterpartyName: "ACME TRADING LTD." })], [named]);
    expect(weightOf(same, "name_similar")).toBe(1800);
    const half = only([statementLine({ id: "l2", amount: 7000n, remittanceInformation: "CH-300", counterpartyName: "Acme Logistics Trading" })], [named]);
    expect(weightOf(half, "name_similar")).toBe(Math.floor((6666 * 1800) / 10000));
    const other = only([statementLine({ id: "l3", amount: 7000n, remittanceInformation: "CH-300", counterpartyName: "Globex" })], [named]);
    expect(weightOf(other, "counterparty_unknown")).toBe(0);
  });

  it("date distance allows the payment terms, then decays by 25 per day", () => {
    const termed = invoice("i4", "CH-000400", 8000n, { date: "2026-05-01", dueDate: null, paymentTermsDays: 60 });
    expect(weightOf(only([statementLine({ id: "l1", amount: 8000n, bookingDate: "2026-07-10", remittanceInformation: "CH-400", ...acme })], [termed]), "date_within_terms")).toBe(500);
    const late = only([statementLine({ id: "l2", amount: 8000n, bookingDate: "2026-07-25", remittanceInformation: "CH-400", ...acme })], [termed]);
    // Window ends 2026-06-30 + 15 days = 2026-07-15; ten days later.
    expect(late.reasons.find((reason) => reason.code === "date_outside_terms")).toMatchObject({ weight: 250 });
  });
});

describe("tiers", () => {
  it("auto needs the threshold, an exact amount and a reference or IBAN hit", () => {
    // Exact + reference + name (no IBAN): 4000 + 3000 + 1800 + 500 = 9300 → auto.
    const byName = only([statementLine({ id: "l1", amount: 500n, remittanceInformation: "CH-1", counterpartyName: "Acme Trading" })], [invoice("i1", "CH-000001", 500n, { counterpartyAccount: null })]);
    expect(byName).toMatchObject({ score: 9300, tier: "auto" });
    // Partial with reference and IBAN: 2500 + 3000 + 2500 + 500 = 8500 → high, never auto.
    const partial = only([statementLine({ id: "l2", amount: 400n, remittanceInformation: "CH-1", counterpartyAccount: iban })], [invoice("i1", "CH-000001", 500n)]);
    expect(partial).toMatchObject({ score: 8500, tier: "high" });
    // Exact + IBAN, no reference: 7000 → suggestion.
    const ibanOnly = only([statementLine({ id: "l3", amount: 500n, counterpartyAccount: iban })], [invoice("i1", "CH-000001", 500n)]);
    expect(ibanOnly).toMatchObject({ score: 7000, tier: "suggestion" });
    // Exact + name + date only: 6300 → suggestion; exact + date: 4500 → nothing.
    expect(only([statementLine({ id: "l4", amount: 500n, counterpartyName: "Acme Trading" })], [invoice("i1", "CH-000001", 500n)])).toMatchObject({ score: 6300, tier: "suggestion" });
    expect(matchStatementLines([statementLine({ id: "l5", amount: 500n })], [invoice("i1", "CH-000001", 500n)], []).proposals).toEqual([]);
  });

  it("the thresholds are per organization", () => {
    const lines = [statementLine({ id: "l1", amount: 500n, counterpartyAccount: iban })];
    const items = [invoice("i1", "CH-000001", 500n)];
    expect(matchStatementLines(lines, items, [], { thresholds: { suggestion: 7500 } }).proposals).toEqual([]);
    expect(matchStatementLines(lines, items, [], { thresholds: { high: 7000 } }).proposals[0]?.tier).toBe("high");
    const strong = [statementLine({ id: "l2", amount: 500n, remittanceInformation: "CH-1", counterpartyName: "Acme Trading" })];
    expect(matchStatementLines(strong, [invoice("i1", "CH-000001", 500n, { counterpartyAccount: null })], [], { thresholds: { auto: 9500 } }).proposals[0]?.tier).toBe("high");
  });
});

describe("ties and contention", () => {
  it("two candidates tied at the top of a line: nothing is auto-applied", () => {
    const items = [invoice("i1", "CH-000001", 500n), invoice("i2", "CH-000002", 500n)];
    const proposal = only([statementLine({ id: "l1", amount: 500n, remittanceInformation: "CH-1 CH-2", counterpartyAccount: iban })], items);
    // The group of both does not sum to the line; each single item is exact, referenced and IBAN → 10000 each.
    expect(proposal.score).toBe(10000);
    expect(proposal.tier).toBe("high");
    expect(proposal.reasons.map((reason) => reason.code)).toContain("tie");
    expect(proposal.alternatives[0]?.score).toBe(10000);
  });

  it("two lines tied for one item: neither is auto-applied and the item is allocated once", () => {
    const lines = [statementLine({ id: "l1", amount: 500n, remittanceInformation: "CH-1", counterpartyAccount: iban }), statementLine({ id: "l2", amount: 500n, remittanceInformation: "CH-1", counterpartyAccount: iban })];
    const { proposals, unmatchedLineIds } = matchStatementLines(lines, [invoice("i1", "CH-000001", 500n)], []);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.tier).toBe("high");
    expect(proposals[0]?.reasons.map((reason) => reason.code)).toContain("contended");
    expect(unmatchedLineIds).toEqual(["l2"]);
  });

  it("a look-alike with the same amount and another reference does not block the auto match", () => {
    const items = [invoice("i1", "CH-000001", 500n), invoice("i2", "CH-000002", 500n)];
    const proposal = only([statementLine({ id: "l1", amount: 500n, remittanceInformation: "CH-2", counterpartyAccount: iban })], items);
    expect(proposal).toMatchObject({ tier: "auto", allocations: [{ itemId: "i2", amount: 500n }], alternatives: [{ itemIds: ["i1"], score: 7000 }] });
  });
});

describe("shapes", () => {
  it("one line ↔ several items: a batched payout whose numbers are all in the remittance", () => {
    const items = [invoice("a", "CH-000010", 1000n), invoice("b", "CH-000011", 2500n), invoice("c", "CH-000012", 700n)];
    const proposal = only([statementLine({ id: "l1", amount: 4200n, remittanceInformation: "Payout CH-10, CH-11, CH-12", counterpartyAccount: iban })], items);
    expect(proposal).toMatchObject({ shape: "one_to_many", tier: "auto", lineRemainder: 0n });
    expect(proposal.allocations).toEqual([
      { itemId: "a", amount: 1000n },
      { itemId: "b", amount: 2500n },
      { itemId: "c", amount: 700n },
    ]);
    expect(proposal.reasons[0]?.code).toBe("amount_sum_exact");
  });

  it("one payment for three invoices, short of their sum: allocated in due order, the rest left open", () => {
    const items = [invoice("a", "CH-000010", 1000n, { dueDate: "2026-06-20" }), invoice("b", "CH-000011", 2500n, { dueDate: "2026-06-10" }), invoice("c", "CH-000012", 700n, { dueDate: "2026-06-30" })];
    const proposal = only([statementLine({ id: "l1", amount: 3900n, remittanceInformation: "CH-10 CH-11 CH-12", counterpartyAccount: iban })], items);
    expect(proposal.shape).toBe("one_to_many");
    expect(proposal.allocations).toEqual([
      { itemId: "b", amount: 2500n },
      { itemId: "a", amount: 1000n },
      { itemId: "c", amount: 400n },
    ]);
    expect(proposal.tier).not.toBe("auto");
  });

  it("an exact subset of the referenced items is proposed but never applied automatically", () => {
    const items = [invoice("a", "CH-000010", 1000n), invoice("b", "CH-000011", 2500n), invoice("c", "CH-000012", 700n)];
    const proposal = only([statementLine({ id: "l1", amount: 3500n, remittanceInformation: "CH-10 CH-11 CH-12", counterpartyAccount: iban })], items);
    expect(proposal.allocations.map((allocation) => allocation.itemId)).toEqual(["a", "b"]);
    expect(proposal.tier).toBe("high");
  });

  it("a counterparty's few open items summing exactly to the line, without references", () => {
    const items = [invoice("a", "CH-000010", 1000n), invoice("b", "CH-000011", 2500n), invoice("c", "CH-000012", 700n)];
    const proposal = only([statementLine({ id: "l1", amount: 3200n, counterpartyAccount: iban })], items);
    expect(proposal.allocations.map((allocation) => allocation.itemId).sort()).toEqual(["b", "c"]);
    expect(proposal).toMatchObject({ shape: "one_to_many", score: 7000, tier: "suggestion" });
  });

  it("several lines ↔ one item: instalments each allocate a part, never more than the item's open amount", () => {
    const item = invoice("i1", "CH-000050", 9000n);
    const lines = [3000n, 3000n, 3000n, 3000n].map((amount, k) => statementLine({ id: `l${k}`, amount, bookingDate: `2026-06-1${k}`, remittanceInformation: `Instalment ${k + 1} CH-50`, counterpartyAccount: iban }));
    const { proposals, unmatchedLineIds } = matchStatementLines(lines, [item], []);
    expect(proposals.map((proposal) => [proposal.lineId, proposal.shape, proposal.allocations[0]?.amount])).toEqual([
      ["l0", "many_to_one", 3000n],
      ["l1", "many_to_one", 3000n],
      ["l2", "many_to_one", 3000n],
    ]);
    expect(unmatchedLineIds).toEqual(["l3"]);
  });

  it("matches from the part of a line still unallocated", () => {
    const line = statementLine({ id: "l1", amount: 10000n, unallocated: 4000n, remittanceInformation: "CH-60", counterpartyAccount: iban });
    expect(only([line], [invoice("i1", "CH-000060", 4000n)])).toMatchObject({ tier: "auto", allocations: [{ amount: 4000n }] });
  });

  it("never matches across currencies or directions", () => {
    const items = [invoice("usd", "CH-000070", 500n, { currency: "USD" }), invoice("neg", "CH-000071", -500n)];
    expect(matchStatementLines([statementLine({ id: "l1", amount: 500n, remittanceInformation: "CH-70 CH-71", counterpartyAccount: iban })], items, []).proposals).toEqual([]);
  });
});

// --- Properties -----------------------------------------------------------------------------

const numberArb = fc.integer({ min: 1, max: 30 });
const itemArb = fc.record({ n: numberArb, amount: fc.integer({ min: -5000, max: 5000 }).filter((v) => v !== 0), iban: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
const lineArb = fc.record({
  amount: fc.integer({ min: -9000, max: 9000 }).filter((v) => v !== 0),
  refs: fc.array(numberArb, { maxLength: 4 }),
  iban: fc.boolean(),
  name: fc.constantFrom(null, "Acme Trading", "Globex AG"),
  day: fc.integer({ min: 1, max: 28 }),
  spent: fc.integer({ min: 0, max: 100 }),
});

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(itemSpecs: ArbValue<typeof itemArb>[], lineSpecs: ArbValue<typeof lineArb>[]) {
  const items = itemSpecs.map((spec, k) =>
    openItem({ id: `i${k}`, openAmount: BigInt(spec.amount), documentNumber: `CH-${String(spec.n).padStart(6, "0")}`, date: `2026-06-${String(spec.day).padStart(2, "0")}`, counterpartyAccount: spec.iban ? iban : null, counterpartyName: "Acme Trading GmbH" }),
  );
  const lines = lineSpecs.map((spec, k) => {
    const amount = BigInt(spec.amount);
    const unallocated = (amount * BigInt(100 - spec.spent)) / 100n;
    return statementLine({ id: `l${k}`, amount, unallocated, bookingDate: `2026-06-${String(spec.day).padStart(2, "0")}`, remittanceInformation: spec.refs.map((n) => `CH-${n}`).join(" ") || null, counterpartyAccount: spec.iban ? iban : null, counterpartyName: spec.name });
  });
  return { items, lines };
}

function shuffled<T>(values: T[], seed: number): T[] {
  const copy = [...values];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("properties", () => {
  it("no proposal over-allocates a line or an item, allocations keep the line's sign, and auto is always exact", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 25 }), fc.array(lineArb, { maxLength: 25 }), (itemSpecs, lineSpecs) => {
        const { items, lines } = build(itemSpecs, lineSpecs);
        const { proposals, unmatchedLineIds } = matchStatementLines(lines, items, []);
        const itemById = new Map(items.map((item) => [item.id, item]));
        const allocatedToItem = new Map<string, bigint>();
        const seenLines = new Set<string>();
        for (const proposal of proposals) {
          expect(seenLines.has(proposal.lineId)).toBe(false);
          seenLines.add(proposal.lineId);
          const line = lines.find((candidate) => candidate.id === proposal.lineId) as MatchLine;
          let total = 0n;
          for (const allocation of proposal.allocations) {
            expect(allocation.amount === 0n || allocation.amount > 0n === line.unallocated > 0n).toBe(true);
            total += allocation.amount;
            allocatedToItem.set(allocation.itemId, (allocatedToItem.get(allocation.itemId) ?? 0n) + allocation.amount);
          }
          const abs = (value: bigint) => (value < 0n ? -value : value);
          expect(abs(total)).toBeLessThanOrEqual(abs(line.unallocated));
          expect(total + proposal.lineRemainder).toBe(line.unallocated);
          expect(proposal.score).toBeGreaterThanOrEqual(6000);
          expect(proposal.score).toBeLessThanOrEqual(10000);
          expect(Number.isInteger(proposal.score)).toBe(true);
          if (proposal.tier === "auto") {
            expect(proposal.lineRemainder).toBe(0n);
            expect(proposal.allocations.reduce((sum, allocation) => sum + allocation.amount, 0n)).toBe(line.unallocated);
            for (const allocation of proposal.allocations) expect(allocation.amount).toBe(itemById.get(allocation.itemId)?.openAmount);
          }
        }
        for (const [itemId, allocated] of allocatedToItem) {
          const open = itemById.get(itemId)?.openAmount ?? 0n;
          expect(allocated < 0n ? -allocated : allocated).toBeLessThanOrEqual(open < 0n ? -open : open);
        }
        for (const id of unmatchedLineIds) expect(seenLines.has(id)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input, in any order, gives the same proposals in the same order", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 20 }), fc.array(lineArb, { maxLength: 20 }), fc.integer({ min: 1, max: 1_000_000 }), (itemSpecs, lineSpecs, seed) => {
        const { items, lines } = build(itemSpecs, lineSpecs);
        const first = matchStatementLines(lines, items, []);
        const again = matchStatementLines(lines, items, []);
        const permuted = matchStatementLines(shuffled(lines, seed), shuffled(items, seed + 1), []);
        expect(again).toEqual(first);
        expect(permuted).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
