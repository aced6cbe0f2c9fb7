import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { addDemoLikeCharges, createFixtureMovement, createFixtureOrganization, useFixtures, type FixtureOrganization, type Person } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(60);

let browser: Browser;
/** The file's organization (with three charges); the tests that count on exact balances found one of their own. */
let org: FixtureOrganization;
useFixtures();

beforeAll(async () => {
  browser = await launchBrowser();
  org = await createFixtureOrganization();
  await addDemoLikeCharges(org);
});

afterAll(async () => {
  await browser.close();
});

/** Signs `person` of `organization` in from a fresh browser context, 1024 px wide (the narrow back office people use on laptops). */
async function session(person: Person, organization: FixtureOrganization = org): Promise<Page> {
  const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
  await page.setViewportSize({ width: 1024, height: 800 });
  await signIn(page, organization.email[person]);
  return page;
}

/** Every tRPC mutation the page sends from now on (their procedure names). */
function recordMutations(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/api/trpc/")) sent.push(new URL(request.url()).pathname.replace("/api/trpc/", ""));
  });
  return sent;
}

/** Types a partial date with the keyboard: the day only (mm/dd/yyyy: the second segment), so the browser holds a date it cannot parse. */
async function typePartialDate(field: Locator): Promise<void> {
  await field.focus();
  await field.press("ArrowRight");
  await field.press("1");
  await field.press("5");
}

/** The field's wrapper: its label, control and messages. */
const fieldBox = (field: Locator) => field.locator("xpath=..");

async function chargeCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: { limit: 100 } } }));
    const response = await fetch(`/api/trpc/charges.list?batch=1&input=${input}`);
    const body = (await response.json()) as { result: { data: { json: { items: unknown[] } } } }[];
    return body[0]?.result.data.json.items.length ?? -1;
  });
}

describe("a date the browser cannot parse", () => {
  it("is refused inline in the new-charge form, and nothing is sent", async () => {
    const page = await session("clerk");
    await page.goto("/charges");
    await page.getByRole("table", { name: "Charges" }).waitFor();
    const before = await chargeCount(page);
    const sent = recordMutations(page);

    await page.getByRole("button", { name: "New charge" }).click();
    const form = page.getByRole("form", { name: "New charge" });
    await form.getByLabel("Customer").selectOption({ label: "Contoso Retail GmbH" });
    await form.getByLabel("Description").fill("Partial due date, never sent");
    await form.getByLabel("Amount").fill("99.00");
    const due = form.getByLabel("Due date");
    await typePartialDate(due);
    expect(await due.inputValue()).toBe("");
    expect(await due.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    // Leaving the field shows the error beside it, before any submit.
    await form.getByLabel("Description").click();
    await fieldBox(due).getByText("Enter a whole date (day, month and year), or clear the field.").waitFor();
    expect(await due.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "checks-01-charge-partial-due-date");

    await form.getByRole("button", { name: "Create and issue" }).click();
    await form.getByRole("button", { name: "Create draft" }).click();
    await fieldBox(due).getByText("Enter a whole date (day, month and year), or clear the field.").waitFor();
    expect(await form.getByRole("status").filter({ hasText: "created" }).count()).toBe(0);
    expect(sent).toEqual([]);
    expect(await chargeCount(page)).toBe(before);

    // A whole date goes through, with that due date (issued, so that no draft is left for the other tests' lists).
    await due.fill("2030-01-31");
    await fieldBox(due).getByText("Enter a whole date").waitFor({ state: "detached" });
    await form.getByRole("button", { name: "Create and issue" }).click();
    await form.getByRole("status").filter({ hasText: "due 2030-01-31." }).waitFor();
    expect(sent).toEqual(["charges.create", "charges.issue"]);
    expect(await chargeCount(page)).toBe(before + 1);
    await page.context().close();
  });

  it("is refused inline in a list's date filter, which keeps the last whole date it had", async () => {
    const page = await session("clerk");
    await page.goto("/charges");
    const table = page.getByRole("table", { name: "Charges" });
    await table.waitFor();
    const rows = await table.locator("tbody tr").count();
    const from = page.getByRole("region", { name: "Charges" }).getByLabel("Created from");
    await typePartialDate(from);
    await page.getByRole("region", { name: "Charges" }).getByLabel("Status").focus();
    await fieldBox(from).getByText("Enter a whole date (day, month and year), or clear the field.").waitFor();
    // The incomplete date did not turn into "no date" silently: the list is unchanged, nothing filtered on it.
    expect(await table.locator("tbody tr").count()).toBe(rows);
    await screenshot(page, "checks-02-filter-partial-date");
    await page.context().close();
  });
});

describe("a movement that would overdraw its account", () => {
  it("shows the source's available balance while typing and asks before requesting it", async () => {
    // Its own organization: the payroll account's 60,000.00 EUR is untouched.
    const page = await session("clerk", await createFixtureOrganization());
    await page.goto("/movements");
    await page.getByRole("button", { name: "Request movement" }).click();
    const form = page.getByRole("form", { name: "Request a movement" });
    const source = form.getByLabel("From bank account");
    const payroll = (await source.locator("option", { hasText: "1020 Payroll bank account" }).getAttribute("value")) ?? "";
    const available = form.getByTestId("available-balance");

    // First a payment that fits: it is then money awaiting approval.
    await form.getByLabel("Vendor").selectOption({ label: "Initech Facilities" });
    await form.getByLabel("Description").fill("Facilities deposit, part one");
    await source.selectOption(payroll);
    await available.filter({ hasText: "Available: 60,000.00 EUR" }).waitFor();
    await form.getByLabel("Amount (EUR)").fill("40000");
    await available.filter({ hasText: "after this: 20,000.00 EUR" }).waitFor();
    await form.getByRole("button", { name: "Request movement" }).click();
    await form.getByRole("status").filter({ hasText: "Requested MV-" }).waitFor();
    expect(await form.getByTestId("overdraw-confirmation").count()).toBe(0);

    // The second one overdraws what is left available.
    await available.filter({ hasText: "Available: 20,000.00 EUR (40,000.00 EUR awaiting approval)" }).waitFor();
    await form.getByLabel("Vendor").selectOption({ label: "Initech Facilities" });
    await form.getByLabel("Description").fill("Facilities deposit, part two");
    await form.getByLabel("Amount (EUR)").fill("25,000.00");
    await available.filter({ hasText: "after this: -5,000.00 EUR (overdrawn)" }).waitFor();
    await screenshot(page, "checks-03-movement-available-balance");
    const sent = recordMutations(page);
    await form.getByRole("button", { name: "Request movement" }).click();
    const confirmation = form.getByRole("alertdialog");
    await confirmation.getByText("This would overdraw 1020 Payroll bank account by 5,000.00 EUR (available 20,000.00 EUR). Request anyway?").waitFor();
    await screenshot(page, "checks-04-overdraw-confirmation");
    expect(sent).toEqual([]);

    // Cancel sends nothing; confirming requests it, with the warning.
    await confirmation.getByRole("button", { name: "Cancel" }).click();
    await confirmation.waitFor({ state: "detached" });
    expect(sent).toEqual([]);
    await form.getByRole("button", { name: "Request movement" }).click();
    await confirmation.getByRole("button", { name: "Request anyway" }).click();
    const outcome = form.getByRole("status").filter({ hasText: "Requested MV-" });
    await outcome.waitFor();
    expect(sent).toEqual(["movements.request"]);
    const number = /MV-[\d-]+/.exec((await outcome.textContent()) ?? "")?.[0] ?? "";
    expect(number).not.toBe("");
    await form.getByText("Payroll bank account has only 20,000.00 EUR available for 25,000.00 EUR.").waitFor();
    await screenshot(page, "checks-05-overdraw-requested");
    await page.context().close();
  });

  it("shows its approver the warning, in the inbox and on the movement's page", async () => {
    // Its own organization: 40,000.00 of the payroll account's 60,000.00 awaits approval, then 25,000.00 more is requested.
    const funds = await createFixtureOrganization();
    const deposit = { requester: "clerk", vendor: "Initech Facilities", from: "1020" } as const;
    await createFixtureMovement(funds, { ...deposit, description: "Facilities deposit, part one", amountMinor: 40_000_00n });
    const { number } = await createFixtureMovement(funds, { ...deposit, description: "Facilities deposit, part two", amountMinor: 25_000_00n });
    const page = await session("approver", funds);
    await page.goto("/approvals");
    const item = page.getByTestId("inbox-item").filter({ hasText: number });
    const warning = "Payroll bank account has only 20,000.00 EUR available for 25,000.00 EUR.";
    await item.getByTestId("movement-warnings").getByText(warning).waitFor();
    await screenshot(page, "checks-06-inbox-warning");

    await item.getByRole("link", { name: number }).click();
    await page.waitForURL(/\/movements\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: number }).waitFor();
    await page.getByTestId("movement-warnings").getByText(warning).waitFor();
    await screenshot(page, "checks-07-movement-warning");
    await page.context().close();
  });
});

describe("balances by the account's normal side", () => {
  it("shows revenue and equity in credit as positive, with the convention stated on the page", async () => {
    const page = await session("viewer");
    await page.goto("/ledger/accounts");
    const table = page.getByRole("table", { name: "Chart of accounts" });
    const capital = table.getByRole("row").filter({ hasText: "Share capital" });
    await capital.waitFor();
    expect(await capital.textContent()).toContain("350,000.00");
    expect(await capital.textContent()).not.toContain("-350,000.00");
    await page.getByTestId("balance-note").waitFor();
    await screenshot(page, "checks-08-chart-of-accounts");

    await table.getByRole("link", { name: "Share capital" }).click();
    await page.getByRole("heading", { name: "3000 Share capital" }).waitFor();
    await page.getByText("Balance (credit-normal)").waitFor();
    expect(await page.getByRole("table", { name: "Ledger of 3000 Share capital" }).getByRole("row").filter({ hasText: "Opening balances" }).textContent()).not.toContain("-350,000.00");
    await page.getByTestId("balance-note").waitFor();
    await screenshot(page, "checks-09-account-ledger");

    await page.goto("/dashboard");
    await page.getByRole("table", { name: "Bank balances" }).waitFor();
    await page.getByTestId("balance-note").waitFor();
    await screenshot(page, "checks-10-dashboard");
    await page.context().close();
  });
});
