import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(120);

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = (await newPage(browser, baseUrl, { clientIp: nextIp() })).page;
  await signIn(admin, "admin@closebook.dev");
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
    expect(await chosen(admin)).toBe("Northwind Trading Ltd");
    await admin.goto("/ledger/accounts");
    const table = admin.getByRole("table", { name: "Chart of accounts" });
    await table.getByRole("cell", { name: "Operating bank account" }).waitFor();
    expect(await table.getByRole("cell", { name: "Management fee income" }).count()).toBe(0);

    await switchTo(admin, "Contoso Holdings GmbH");
    await table.getByRole("cell", { name: "Management fee income" }).waitFor();
    await screenshot(admin, "40-contoso-chart-of-accounts");

    await switchTo(admin, "Northwind Trading Ltd");
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
    await form.getByLabel("Legal name").fill("Tailspin Ventures AB");
    await form.getByLabel("Base currency").selectOption("SEK");
    await screenshot(admin, "41-new-organization");
    await form.getByRole("button", { name: "Create organization" }).click();
    await admin.waitForURL("**/dashboard");
    await admin.waitForFunction(() => document.querySelector<HTMLSelectElement>("select")?.selectedOptions[0]?.textContent === "Tailspin Ventures AB");

    await admin.goto("/settings/members");
    const members = admin.getByRole("table", { name: "Members" });
    await members.getByRole("cell", { name: "admin@closebook.dev" }).waitFor();
    expect(await members.getByRole("row").count()).toBe(2);
    await admin.getByRole("form", { name: "Invite a member" }).waitFor();
    await screenshot(admin, "42-members");
  });
});
