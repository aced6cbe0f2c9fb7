import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureAccount, createFixtureOrganization, createUser, uniqueTag, useFixtures, type FixtureOrganization } from "./fixtures";
import "./provided-context";
import { demoPassword as password, newPage as newSessionPage, signInForm, submitSignIn } from "./session";

const baseUrl = inject("e2eBaseUrl");

let browser: Browser;
let org: FixtureOrganization;
useFixtures();

beforeAll(async () => {
  browser = await launchBrowser();
  org = await createFixtureOrganization();
});

afterAll(async () => {
  await browser.close();
});

/** The contexts of this file share the local address, except the rate-limit test's (its own, so that it slows down no other test). */
function newPage(clientIp?: string): Promise<{ context: BrowserContext; page: Page }> {
  return newSessionPage(browser, baseUrl, clientIp ? { clientIp } : {});
}

describe("sign-in and the chart of accounts", () => {
  it("sends a visitor without a session to the sign-in page", async () => {
    const { context, page } = await newPage();
    await page.goto("/ledger/accounts");
    await page.waitForURL("**/sign-in");
    await page.getByRole("heading", { name: "Sign in to Closebook" }).waitFor();
    await screenshot(page, "01-sign-in");
    await context.close();
  });

  it("shows an error for a wrong password", async () => {
    const { context, page } = await newPage();
    await page.goto("/sign-in");
    await submitSignIn(page, org.email.controller, "not-the-password-1");
    const alert = signInForm(page).getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("That email and password do not match an account.");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await screenshot(page, "02-sign-in-wrong-password");
    await context.close();
  });

  it("lets a controller sign in, open account 1090 and sign out", async () => {
    const { context, page } = await newPage();
    await page.goto("/sign-in");
    await submitSignIn(page, org.email.controller, password);

    await page.waitForURL("**/dashboard");
    await page.getByRole("heading", { name: "Welcome, Carla" }).waitFor();
    const user = page.getByTestId("current-user");
    expect(await user.textContent()).toContain("Carla Controller");
    expect(await user.textContent()).toContain("Controller");
    expect(await page.getByLabel("Organization").inputValue()).toBeTruthy();
    expect(await page.getByLabel("Organization").locator("option:checked").textContent()).toBe(org.name);
    await screenshot(page, "03-dashboard");

    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Ledger", exact: true }).click();
    await page.waitForURL("**/ledger");
    await page.getByRole("heading", { name: "Journal entries" }).waitFor();
    await page.getByRole("table", { name: "Journal entries" }).getByRole("link", { name: /^JE-\d{4}-\d{6}$/ }).first().waitFor();
    await screenshot(page, "04-ledger");
    await nav.getByRole("link", { name: "Chart of accounts" }).click();
    await page.waitForURL("**/ledger/accounts");
    const table = page.getByRole("table", { name: "Chart of accounts" });
    await table.getByRole("cell", { name: "Operating bank account" }).waitFor();
    expect(await table.getByRole("row").filter({ hasText: "Operating bank account" }).textContent()).toContain("5,000.00 EUR");
    await screenshot(page, "05-chart-of-accounts");

    await page.getByRole("button", { name: "New account" }).click();
    const form = page.getByRole("form", { name: "Open an account" });
    await form.getByLabel("Code").fill("1090");
    await form.getByLabel("Name").fill("E2E test account");
    await form.getByLabel("Type").selectOption("asset");
    expect(await form.getByLabel("Currency").inputValue()).toBe("EUR");
    await form.getByLabel("Minimum balance").fill("250.00");
    await screenshot(page, "06-account-form");

    // The first attempt never reaches the server; the retry sends the same idempotency key.
    const keys: string[] = [];
    await page.route("**/api/trpc/accounts.create**", async (route) => {
      keys.push(/"idempotencyKey":"([^"]+)"/.exec(route.request().postData() ?? "")?.[1] ?? "");
      if (keys.length === 1) await route.abort("connectionreset");
      else await route.continue();
    });
    await form.getByRole("button", { name: "Open account" }).click();
    await form.getByRole("alert").filter({ hasText: "Could not reach Closebook" }).waitFor();
    await form.getByRole("button", { name: "Open account" }).click();

    await form.getByRole("status").filter({ hasText: "Account 1090 E2E test account is open." }).waitFor();
    const row = table.getByRole("row").filter({ hasText: "E2E test account" });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain("1090");
    expect(rowText).toContain("250.00 EUR");
    expect(rowText).toContain("Asset");
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.unroute("**/api/trpc/accounts.create**");
    await screenshot(page, "07-account-created");

    // The same code again is refused, with the message beside the code field.
    await form.getByLabel("Code").fill("1090");
    await form.getByLabel("Name").fill("Duplicate");
    await form.getByRole("button", { name: "Open account" }).click();
    await form.getByText("Account code 1090 is already used in this organization.").first().waitFor();
    expect(await form.getByLabel("Code").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "08-duplicate-code");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");
    await page.getByRole("heading", { name: "Sign in to Closebook" }).waitFor();
    await screenshot(page, "09-signed-out");
    await page.goto("/dashboard");
    await page.waitForURL("**/sign-in");
    await context.close();
  });

  it("shows a viewer the chart of accounts without the create form", async () => {
    await createFixtureAccount(org, { code: "1091", name: "E2E viewer-visible account", type: "asset", currency: "EUR" });
    const { context, page } = await newPage();
    await page.goto("/sign-in");
    await submitSignIn(page, org.email.viewer, password);
    await page.waitForURL("**/dashboard");
    await page.goto("/ledger/accounts");
    await page.getByRole("table", { name: "Chart of accounts" }).getByRole("cell", { name: "E2E viewer-visible account" }).waitFor();
    await page.getByText("As a viewer you can view the chart of accounts").waitFor();
    expect(await page.getByRole("button", { name: "New account" }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "Open an account" }).count()).toBe(0);
    await context.close();
  });

  it("slows down repeated wrong passwords with a clear message", async () => {
    const email = `rate-limited-${uniqueTag()}@e2e.closebook.dev`;
    await createUser(email, "Rita Ratelimit");
    const { context, page } = await newPage("203.0.113.200");
    await page.goto("/sign-in");
    const form = signInForm(page);
    let message = "";
    // Keep failing until slowed down (a rerun within the minute may find the address's attempts partly used).
    for (let attempt = 0; attempt < 8 && !message.includes("Too many"); attempt++) {
      await submitSignIn(page, email, `wrong-password-${attempt}`);
      await form.getByRole("alert").waitFor();
      await form.getByRole("button", { name: "Sign in" }).and(page.locator(":enabled")).waitFor();
      message = (await form.getByRole("alert").textContent()) ?? "";
    }
    expect(message).toContain("Too many sign-in attempts");
    await screenshot(page, "10-sign-in-rate-limited");
    await context.close();
  });
});
