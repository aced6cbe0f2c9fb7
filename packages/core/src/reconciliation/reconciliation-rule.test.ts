import { describe, expect, it } from "vitest";
import { dryRunRule } from "./dry-run-rule";
import { openItem, statementLine } from "./fixtures/builders";
import { matchStatementLines } from "./match-statement-lines";
import { parseReconciliationRule, reconciliationRuleSchema, ruleHoldsForLine, rulesInOrder, unsafeRegexProblem, type ReconciliationRuleInput } from "./reconciliation-rule";

const base: ReconciliationRuleInput = {
  id: "rule-1",
  name: "Rule",
  priority: 10,
  enabled: true,
  scope: { kind: "all" },
  conditions: {},
  action: { kind: "match" },
};
const rule = (overrides: Partial<ReconciliationRuleInput> & { conditions?: ReconciliationRuleInput["conditions"] }) => parseReconciliationRule({ ...base, ...overrides });
const fee = statementLine({ id: "fee", amount: -500n, remittanceInformation: "Account maintenance FEE June", counterpartyName: "Our Bank AG", counterpartyAccount: "DE02 1001 0010 0000 0000 01" });
const payment = statementLine({ id: "pay", amount: 12000n, remittanceInformation: "Invoice CH-000123", endToEndId: "E2E-1", counterpartyName: "Acme GmbH" });

describe("the rule schema", () => {
  it("parses a full rule and defaults direction and text", () => {
    const parsed = rule({});
    expect(parsed.conditions.direction).toBe("both");
    expect(parsed.conditions.text).toEqual([]);
  });

  it("takes integers only: amounts as bigint minor units, percentages as whole basis points", () => {
    expect(reconciliationRuleSchema.safeParse({ ...base, conditions: { amount: { kind: "exact", amountMinor: 5.5 } } }).success).toBe(false);
    expect(reconciliationRuleSchema.safeParse({ ...base, conditions: { amount: { kind: "tolerance_percent", basisPoints: 12.5 } } }).success).toBe(false);
    expect(reconciliationRuleSchema.safeParse({ ...base, conditions: { amount: { kind: "tolerance_percent", basisPoints: 150 } } }).success).toBe(true);
    expect(reconciliationRuleSchema.safeParse({ ...base, conditions: { amount: { kind: "range", minMinor: 900n, maxMinor: 100n } } }).success).toBe(false);
  });

  it("names the field of a bad pattern", () => {
    const result = reconciliationRuleSchema.safeParse({ ...base, conditions: { text: [{ field: "remittance", operator: "regex", value: "(a+)+$" }] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["conditions", "text", 0, "value"]);
  });

  it.each([
    ["(a+)+$", false],
    ["(a|aa)*", false],
    ["(\\w+\\s?)*x", false],
    ["((ab)*)+", false],
    ["(a)\\1", false],
    ["(?=a)b", false],
    ["[", false],
    ["x".repeat(201), false],
    ["\\bfees?\\b", true],
    ["CH[- ]?\\d+", true],
    ["(fee|charge)s?", true],
    ["[(a+)]+", true],
  ])("pattern %s is accepted: %s", (pattern, safe) => {
    expect(unsafeRegexProblem(pattern) === null).toBe(safe);
  });

  it("orders enabled rules in scope by priority, then name, then id", () => {
    const rules = [
      rule({ id: "c", name: "B", priority: 5 }),
      rule({ id: "a", name: "A", priority: 5 }),
      rule({ id: "b", name: "Z", priority: 1 }),
      rule({ id: "d", name: "Off", priority: 0, enabled: false }),
      rule({ id: "e", name: "Other account", priority: 0, scope: { kind: "bank_accounts", bankAccountIds: ["bank-2"] } }),
      rule({ id: "f", name: "This account", priority: 0, scope: { kind: "bank_accounts", bankAccountIds: ["bank-1"] } }),
    ];
    expect(rulesInOrder(rules, "bank-1").map((r) => r.id)).toEqual(["f", "b", "a", "c"]);
    expect(rulesInOrder(rules, null).map((r) => r.id)).toEqual(["b", "a", "c"]);
  });
});

describe("rule conditions on a line", () => {
  it("direction", () => {
    expect(ruleHoldsForLine(rule({ conditions: { direction: "out" } }), fee).holds).toBe(true);
    expect(ruleHoldsForLine(rule({ conditions: { direction: "in" } }), fee).holds).toBe(false);
    expect(ruleHoldsForLine(rule({ conditions: { direction: "both" } }), fee).holds).toBe(true);
  });

  it("exact amount and range, on the absolute amount", () => {
    expect(ruleHoldsForLine(rule({ conditions: { amount: { kind: "exact", amountMinor: 500n } } }), fee)).toMatchObject({ holds: true, amountExact: true });
    expect(ruleHoldsForLine(rule({ conditions: { amount: { kind: "exact", amountMinor: 501n } } }), fee).holds).toBe(false);
    expect(ruleHoldsForLine(rule({ conditions: { amount: { kind: "range", minMinor: 100n, maxMinor: 500n } } }), fee)).toMatchObject({ holds: true, amountRange: true });
    expect(ruleHoldsForLine(rule({ conditions: { amount: { kind: "range", minMinor: 501n, maxMinor: 900n } } }), fee).holds).toBe(false);
  });

  it("text contains (case-insensitive) and regex on remittance, reference and counterparty name", () => {
    const holds = (text: NonNullable<ReconciliationRuleInput["conditions"]["text"]>, line = fee) => ruleHoldsForLine(rule({ conditions: { text } }), line).holds;
    expect(holds([{ field: "remittance", operator: "contains", value: "fee" }])).toBe(true);
    expect(holds([{ field: "remittance", operator: "contains", value: "interest" }])).toBe(false);
    expect(holds([{ field: "remittance", operator: "regex", value: "\\bfees?\\b" }])).toBe(true);
    expect(holds([{ field: "counterparty_name", operator: "contains", value: "our bank" }])).toBe(true);
    expect(holds([{ field: "reference", operator: "regex", value: "^E2E-\\d$" }], payment)).toBe(true);
    expect(holds([{ field: "reference", operator: "regex", value: "^E2E-\\d$" }])).toBe(false);
    // All text conditions must hold.
    expect(holds([{ field: "remittance", operator: "contains", value: "fee" }, { field: "counterparty_name", operator: "contains", value: "Acme" }])).toBe(false);
  });

  it("counterparty account, ignoring spaces and case", () => {
    expect(ruleHoldsForLine(rule({ conditions: { counterpartyAccount: "de02100100100000000001" } }), fee)).toMatchObject({ holds: true, counterpartyAccountHit: true });
    expect(ruleHoldsForLine(rule({ conditions: { counterpartyAccount: "DE02100100100000000002" } }), fee).holds).toBe(false);
  });

  it("runs a pattern on at most 1000 characters of text", () => {
    const long = statementLine({ id: "long", amount: 100n, remittanceInformation: `${"x".repeat(1200)} needle` });
    expect(ruleHoldsForLine(rule({ conditions: { text: [{ field: "remittance", operator: "regex", value: "needle" }] } }), long).holds).toBe(false);
  });
});

describe("rule actions in the engine", () => {
  const charge = openItem({ id: "ch-1", openAmount: 12000n, documentNumber: "CH-000123", counterpartyName: "Acme GmbH", date: "2026-06-01", dueDate: "2026-06-30" });

  it("create_and_match posts the whole line to the rule's account", () => {
    const fees = rule({ id: "fees", name: "Fees", conditions: { direction: "out", amount: { kind: "exact", amountMinor: 500n }, text: [{ field: "remittance", operator: "contains", value: "fee" }] }, action: { kind: "create_and_match", post: { kind: "account", accountId: "acc-fees", memo: "Bank fees" } } });
    const [proposal] = matchStatementLines([fee], [], [fees]).proposals;
    expect(proposal).toMatchObject({ action: "create_and_match", shape: "create", post: { kind: "account", accountId: "acc-fees", amount: -500n }, rule: { id: "fees" }, score: 9000, tier: "auto", allocations: [] });
    expect(proposal?.reasons.map((reason) => reason.code)).toEqual(["rule_conditions", "rule_conditions", "rule_amount", "rule_text"]);
  });

  it("a create_and_match rule with a text condition only is a suggestion, never auto", () => {
    const loose = rule({ conditions: { text: [{ field: "remittance", operator: "contains", value: "fee" }] }, action: { kind: "create_and_match", post: { kind: "account", accountId: "acc-fees" } } });
    const [proposal] = matchStatementLines([fee], [], [loose]).proposals;
    expect(proposal).toMatchObject({ score: 7000, tier: "suggestion" });
  });

  it("create_and_match records the payment of the charge the line names", () => {
    const pay = rule({ action: { kind: "create_and_match", post: { kind: "charge_payment" } } });
    const [proposal] = matchStatementLines([payment], [charge], [pay]).proposals;
    expect(proposal).toMatchObject({ action: "create_and_match", post: { kind: "charge_payment", chargeItemId: "ch-1", amount: 12000n }, allocations: [{ itemId: "ch-1", amount: 12000n }] });
  });

  it("a match rule's fixed tolerance and percent tolerance allow a short payment", () => {
    const short = statementLine({ id: "short", amount: 11500n, remittanceInformation: "CH-000123", counterpartyName: "Acme" });
    const fixed = rule({ conditions: { amount: { kind: "tolerance_fixed", toleranceMinor: 500n } } });
    const percent = rule({ conditions: { amount: { kind: "tolerance_percent", basisPoints: 500 } } });
    const tight = rule({ conditions: { amount: { kind: "tolerance_fixed", toleranceMinor: 499n } } });
    expect(matchStatementLines([short], [charge], [fixed]).proposals[0]?.reasons.map((r) => r.code)).toContain("amount_within_tolerance");
    expect(matchStatementLines([short], [charge], [percent]).proposals[0]?.reasons.map((r) => r.code)).toContain("amount_within_tolerance");
    const outside = matchStatementLines([short], [charge], [tight]).proposals[0];
    expect(outside?.rule).toBeNull();
    expect(outside?.reasons.map((r) => r.code)).toContain("amount_partial");
  });

  it("a match rule's date window excludes items too far from the line", () => {
    const late = statementLine({ id: "late", amount: 12000n, bookingDate: "2026-09-30", remittanceInformation: "CH-000123", counterpartyName: "Acme" });
    const window = (days: number) => rule({ conditions: { dateWindowDays: days } });
    expect(matchStatementLines([late], [charge], [window(120)]).proposals[0]?.rule?.id).toBe("rule-1");
    expect(matchStatementLines([late], [charge], [window(10)]).proposals[0]?.rule).toBeNull();
  });

  it("a match rule restricted to item kinds ignores other items", () => {
    const onlyMovements = rule({ action: { kind: "match", itemKinds: ["movement"] } });
    expect(matchStatementLines([payment], [charge], [onlyMovements], { rulesOnly: true }).proposals).toEqual([]);
  });

  it("the first rule in priority order that proposes something wins", () => {
    const first = rule({ id: "first", name: "First", priority: 1, conditions: { text: [{ field: "remittance", operator: "contains", value: "maintenance" }] }, action: { kind: "create_and_match", post: { kind: "account", accountId: "acc-a" } } });
    const second = rule({ id: "second", name: "Second", priority: 2, action: { kind: "create_and_match", post: { kind: "account", accountId: "acc-b" } } });
    expect(matchStatementLines([fee], [], [second, first]).proposals[0]?.rule?.id).toBe("first");
    expect(matchStatementLines([fee], [], [second, { ...first, enabled: false }]).proposals[0]?.rule?.id).toBe("second");
  });
});

describe("dryRunRule", () => {
  it("shows the lines a rule selects and what it would do, without the engine's own matching", () => {
    const lines = [fee, payment, statementLine({ id: "fee-2", amount: -1200n, remittanceInformation: "Card fees" })];
    const fees = rule({ enabled: false, conditions: { direction: "out", text: [{ field: "remittance", operator: "regex", value: "\\bfees?\\b" }] }, action: { kind: "create_and_match", post: { kind: "account", accountId: "acc-fees" } } });
    const run = dryRunRule(fees, lines, [openItem({ id: "ch-1", openAmount: 12000n, documentNumber: "CH-000123" })]);
    expect(run.selectedLineIds).toEqual(["fee", "fee-2"]);
    expect(run.proposals.map((proposal) => [proposal.lineId, proposal.post?.kind])).toEqual([
      ["fee", "account"],
      ["fee-2", "account"],
    ]);
  });
});
