import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureOrganization, uniqueTag, useFixtures, type FixtureOrganization } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(150);

let browser: Browser;
let admin: Page;
/** Two organizations of one admin: the first as founded, the second with an account of its own. */
let first: FixtureOrganization;
let second: FixtureOrganization;
useFixtures();

beforeAll(async () => {
  browser = await launchBrowser();
  const tag = uniqueTag();
  first = await createFixtureOrganization({ name: `Northwind E2E ${tag}` });
  second = await createFixtureOrganization({
    name: `Contoso E2E ${tag}`,
    admin: { userId: first.actor("admin").userId, email: first.email.admin },
    accounts: [{ code: "4500", name: "Management fee income", type: "revenue", currency: "EUR" }],
  });
});

/** Each test signs the admin in afresh: a new session starts in the organization joined first. */
beforeEach(async () => {
  admin = (await newPage(browser, baseUrl, { clientIp: nextIp() })).page;
  await signIn(admin, first.email.admin);
});

afterEach(async () => {
  await admin.context().close();
});

afterAll(async () => {
  await browser.close();
});

const switcher = (page: Page) => page.getByLabel("Organization");
const chosen = (page: Page) => switcher(page).locator("option:checked").textContent();

/** Chooses an organization until the header shows it (a choice before hydration changes only the DOM). */
async function switchTo(page: Page, name: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.waitForLoadState("networkidle");
    await switcher(page).selectOption({ label: name });
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if ((await chosen(page)) === name && (await page.getByRole("heading", { name: /^Welcome|Chart of accounts/ }).count()) > 0) {
        await page.waitForLoadState("networkidle");
        if ((await chosen(page)) === name) return;
      }
    }
    if (Date.now() > deadline) throw new Error(`Could not switch to ${name}`);
  }
}

describe("two organizations", () => {
  it("switches between Northwind and Contoso, each with its own chart of accounts", async () => {
    expect(await chosen(admin)).toBe(first.name);
    await admin.goto("/ledger/accounts");
    const table = admin.getByRole("table", { name: "Chart of accounts" });
    await table.getByRole("cell", { name: "Operating bank account" }).waitFor();
    expect(await table.getByRole("cell", { name: "Management fee income" }).count()).toBe(0);

    await switchTo(admin, second.name);
    await table.getByRole("cell", { name: "Management fee income" }).waitFor();
    await screenshot(admin, "40-contoso-chart-of-accounts");

    await switchTo(admin, first.name);
    await table.getByRole("cell", { name: "Operating bank account" }).waitFor();
    await admin.waitForLoadState("networkidle");
    expect(await table.getByRole("cell", { name: "Management fee income" }).count()).toBe(0);
  });

  it("founds a new organization from the switcher and lands in it as admin, then lists its members", async () => {
    await admin.goto("/dashboard");
    await admin.waitForLoadState("networkidle");
    await switcher(admin).selectOption({ label: "+ New organization…" });
    await admin.waitForURL("**/organizations/new");
    const form = admin.getByRole("form", { name: "New organization" });
    await admin.waitForLoadState("networkidle");
    // Core's createOrganizationInput refuses in the browser, each message under its field.
    await form.getByLabel("Short name").fill("Not A Slug!");
    await form.getByRole("button", { name: "Create organization" }).click();
    await form.getByText("Use 2 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit.").waitFor();
    await form.getByText("Give the organization a name of at least 2 characters.").waitFor();
    expect(await form.getByLabel("Short name").getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel("Short name").fill("");
    await form.getByLabel("Legal name").fill("Tailspin Ventures AB");
    await form.getByLabel("Base currency").selectOption("SEK");
    await screenshot(admin, "41-new-organization");
    await form.getByRole("button", { name: "Create organization" }).click();
    await admin.waitForURL("**/dashboard");
    await admin.waitForFunction(() => document.querySelector<HTMLSelectElement>("select")?.selectedOptions[0]?.textContent === "Tailspin Ventures AB");

    await admin.goto("/settings/members");
    const members = admin.getByRole("table", { name: "Members" });
    await members.getByRole("cell", { name: first.email.admin }).waitFor();
    expect(await members.getByRole("row").count()).toBe(2);
    await admin.getByRole("form", { name: "Invite a member" }).waitFor();
    await screenshot(admin, "42-members");
  });
});
