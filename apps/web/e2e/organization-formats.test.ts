import { readFile } from "node:fs/promises";
import { createDatabase, type Database } from "@closebook/db";
import { createOrganization, postManualJournalEntry, updateOrganizationFormats } from "@closebook/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import "./provided-context";
import { createUser, uniqueTag, useFixtures } from "./fixtures";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(240);
const organizationName = "Formate Probe GmbH";

let browser: Browser;
let db: Database;
let page: Page;
let organizationId: string;
let founder: { userId: string; requestId: string };
/** React's hydration errors in the browser's console (in a production build: "Minified React error #418" and its kin). */
const hydrationErrors: string[] = [];

useFixtures();
const founderEmail = `formats-${uniqueTag()}@e2e.closebook.dev`;

/**
 * Its own organization: founded by a person of its own (who becomes its admin there), set by that
 * admin to DD.MM.YYYY and 1.234,56 through the use case; the browser then works in it.
 */
beforeAll(async () => {
  db = createDatabase(inject("e2eDatabaseUrl"));
  founder = { userId: await createUser(founderEmail, "Carla Controller"), requestId: "e2e-formats" };
  const created = await createOrganization(db, founder, { name: organizationName, baseCurrency: "EUR" });
  organizationId = created.state.id;
  await updateOrganizationFormats(db, { ...founder, organizationId, role: "admin" }, { dateFormat: "dmy_dot", numberFormat: "point_comma" });

  browser = await launchBrowser();
  page = (await newPage(browser, baseUrl, { clientIp: nextIp() })).page;
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|#418|#423|#425/i.test(message.text())) hydrationErrors.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/hydrat|#418|#423|#425/i.test(error.message)) hydrationErrors.push(error.message);
  });
  await signIn(page, founderEmail);
});

afterAll(async () => {
  await browser?.close();
  await db?.close();
});

const switcher = () => page.getByLabel("Organization");

/** Chooses the organization in the header until the page shows it (a choice before hydration changes only the DOM). */
async function switchTo(name: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.waitForLoadState("networkidle");
    await switcher().selectOption({ label: name });
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if ((await switcher().locator("option:checked").textContent()) === name) {
        await page.waitForLoadState("networkidle");
        return;
      }
    }
    if (Date.now() > deadline) throw new Error(`Could not switch to ${name}`);
  }
}

describe("an organization that writes DD.MM.YYYY and 1.234,56", () => {
  it("posts a journal entry typed as 17.06.2026 and 1.234,56: saved as 2026-06-17 and 123456 minor units", async () => {
    await switchTo(organizationName);
    await page.goto("/ledger/new");
    await page.waitForLoadState("networkidle");
    const form = page.getByRole("form", { name: "New journal entry" });
    const date = form.getByLabel("Effective date");
    // The field is the organization's: a text field prefilled with today in DD.MM.YYYY.
    expect(await date.getAttribute("type")).toBe("text");
    expect(await date.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);

    // A day that does not exist is refused inline with core's message, and nothing is sent.
    await date.fill("31.02.2026");
    await date.blur();
    await form.getByText("31.02.2026 is not a date in the calendar.").waitFor();

    await date.fill("17.06.2026");
    await form.getByLabel("Memo", { exact: true }).fill("Capital paid in, typed the European way");
    const first = form.getByRole("group", { name: "Line 1" });
    const second = form.getByRole("group", { name: "Line 2" });
    await first.getByLabel("Account").selectOption({ label: "1010 Operating bank account (EUR)" });
    expect(await first.getByLabel("Debit").getAttribute("placeholder")).toBe("0,00");
    await first.getByLabel("Debit").fill("1.234,56");
    await second.getByLabel("Account").selectOption({ label: "3000 Share capital (EUR)" });
    // Written the other way, the amount is refused (the "." is this organization's thousands separator).
    await second.getByLabel("Credit").fill("1,234.56");
    await form.getByRole("button", { name: "Post entry" }).click();
    await form.getByText('A thousands separator "." cannot follow the decimal mark ",". Write the amount like 1.234,56.').waitFor();
    expect(await db.prisma.journalEntry.count({ where: { organizationId } })).toBe(0);

    await second.getByLabel("Credit").fill("1.234,56");
    await form.getByText("Balanced", { exact: true }).waitFor();
    await screenshot(page, "60-formats-journal-entry");
    await form.getByRole("button", { name: "Post entry" }).click();
    await form.getByRole("link", { name: /^Open / }).waitFor();

    const entries = await db.prisma.journalEntry.findMany({ where: { organizationId }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.effectiveDate.toISOString().slice(0, 10)).toBe("2026-06-17");
    expect(entry?.lines.map((l) => [l.debitMinor, l.creditMinor])).toEqual([
      [123456n, 0n],
      [0n, 123456n],
    ]);
  });

  it("shows amounts and dates in its formats in the journal, an entry and an account's ledger, which sorts and exports machine-readable CSV", async () => {
    await switchTo(organizationName);
    const admin = { ...founder, organizationId, role: "admin" as const };
    const accountId = async (code: string) => (await db.read.accounts.findByCode(organizationId, code))?.id ?? "";
    const [bank, capital, rent] = await Promise.all([accountId("1010"), accountId("3000"), accountId("6100")]);
    // Two entries of its own, so the test runs alone: 03.01.2026 capital 250.000,00; 17.06.2026 rent 98.765,43 paid from the bank.
    await postManualJournalEntry(db, admin, { effectiveDate: new Date(Date.UTC(2026, 0, 3)), memo: "Formats: share capital paid in", lines: [{ accountId: bank, debitMinor: 250_000_00n }, { accountId: capital, creditMinor: 250_000_00n }] });
    await postManualJournalEntry(db, admin, { effectiveDate: new Date(Date.UTC(2026, 5, 17)), memo: "Formats: rent for June", lines: [{ accountId: rent, debitMinor: 98_765_43n }, { accountId: bank, creditMinor: 98_765_43n }] });

    // The journal (a list): the day as DD.MM.YYYY and the amount as 1.234,56, its total too.
    await page.goto("/ledger");
    const journal = page.getByRole("table", { name: "Journal entries" });
    const rentRow = journal.locator("tbody tr").filter({ hasText: "Formats: rent for June" });
    await rentRow.waitFor();
    expect(await rentRow.textContent()).toContain("17.06.2026");
    expect(await rentRow.textContent()).toContain("98.765,43 EUR");
    expect(await rentRow.locator("time").getAttribute("datetime")).toBe("2026-06-17");
    expect(await journal.locator("tfoot [data-total=amount]").textContent()).toMatch(/^[\d.]+,\d{2} EUR$/);
    await screenshot(page, "61-formats-journal-list");

    // The entry (a detail page), loaded afresh: the server's HTML already in the organization's formats.
    await rentRow.getByRole("link").first().click();
    await page.waitForURL(/\/ledger\/entries\/[0-9a-f-]{36}$/);
    const entryPath = new URL(page.url()).pathname;
    const lines = page.getByRole("table", { name: /^Lines of / });
    await lines.waitFor();
    await page.reload();
    await lines.waitFor();
    expect(await page.getByRole("main").textContent()).toContain("17.06.2026");
    expect(await lines.locator("tbody tr[data-account-code='6100']").textContent()).toContain("98.765,43 EUR");
    expect(await lines.locator("tfoot [data-total=debit]").textContent()).toBe("98.765,43 EUR");
    expect(await lines.locator("tfoot [data-total=credit]").textContent()).toBe("98.765,43 EUR");
    await screenshot(page, "62-formats-entry-detail");

    // The bank account's ledger: running balance in the format, sortable (in the URL), and its CSV for machines.
    await page.goto(`/ledger/accounts/${bank}`);
    const ledger = page.getByRole("table", { name: "Ledger of 1010 Operating bank account" });
    const rows = ledger.locator("tbody tr");
    await rows.filter({ hasText: "Formats: rent for June" }).waitFor();
    const rentLine = rows.filter({ hasText: "Formats: rent for June" });
    expect(await rentLine.textContent()).toContain("17.06.2026");
    expect(await rentLine.textContent()).toContain("98.765,43");
    const capitalLine = rows.filter({ hasText: "Formats: share capital paid in" });
    expect(await capitalLine.textContent()).toContain("03.01.2026");
    expect(await capitalLine.textContent()).toContain("250.000,00");
    await screenshot(page, "63-formats-account-ledger");

    const dates = () => rows.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
    const dateHeader = ledger.getByRole("columnheader", { name: /Date/ });
    await dateHeader.getByRole("button").click();
    await expect.poll(() => page.url()).toMatch(/sort=date\.asc/);
    await expect.poll(dates).toEqual([...(await dates())].sort());
    expect(await dateHeader.getAttribute("aria-sort")).toBe("ascending");
    await dateHeader.getByRole("button").click();
    await expect.poll(() => page.url()).toMatch(/sort=date\.desc/);
    const descending = await dates();
    expect(descending).toEqual([...descending].sort().reverse());
    expect(descending.length).toBeGreaterThanOrEqual(2);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("region", { name: /^Ledger of 1010/ }).getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ledger-1010-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), "utf8")).trim().split("\r\n").map((line) => line.split(","));
    expect(csv[0]).toEqual(["Date", "Entry", "Memo", "Currency", "Debit", "Credit", "Balance"]);
    // The rows in the table's order (newest first), ISO dates and plain decimals whatever the organization writes.
    expect(csv.slice(1).map((r) => r[0])).toEqual(descending);
    const rentRecord = csv.find((r) => r[2] === "Formats: rent for June");
    expect(rentRecord?.slice(3, 6)).toEqual(["EUR", "0.00", "98765.43"]);
    expect(rentRecord?.[0]).toBe("2026-06-17");
    const capitalRecord = csv.find((r) => r[2] === "Formats: share capital paid in");
    expect([capitalRecord?.[0], capitalRecord?.[4], capitalRecord?.[5]]).toEqual(["2026-01-03", "250000.00", "0.00"]);

    // At 1024 px the ledger and the entry stay within the page (a wide table scrolls in its own box).
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const [path, name] of [
      [`/ledger/accounts/${bank}`, "64-formats-account-ledger-1024"],
      [entryPath, "65-formats-entry-detail-1024"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("main").locator("section[aria-label] table").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    // No page's server HTML differed from the browser's first render.
    expect(hydrationErrors).toEqual([]);
  });
});
