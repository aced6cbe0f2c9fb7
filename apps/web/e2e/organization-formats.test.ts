import { createDatabase, type Database } from "@closebook/db";
import { createOrganization, updateOrganizationFormats } from "@closebook/core";
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

useFixtures();
const founderEmail = `formats-${uniqueTag()}@e2e.closebook.dev`;

/**
 * Its own organization: founded by a person of its own (who becomes its admin there), set by that
 * admin to DD.MM.YYYY and 1.234,56 through the use case; the browser then works in it.
 */
beforeAll(async () => {
  db = createDatabase(inject("e2eDatabaseUrl"));
  const founder = { userId: await createUser(founderEmail, "Carla Controller"), requestId: "e2e-formats" };
  const created = await createOrganization(db, founder, { name: organizationName, baseCurrency: "EUR" });
  organizationId = created.state.id;
  await updateOrganizationFormats(db, { ...founder, organizationId, role: "admin" }, { dateFormat: "dmy_dot", numberFormat: "point_comma" });

  browser = await launchBrowser();
  page = (await newPage(browser, baseUrl, { clientIp: nextIp() })).page;
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
});
