/**
 * Bank statements in the back office: a controller opens a bank account with the IBAN of a camt.053
 * fixture, imports the file by drag and drop and sees the outcome and the lines; the same file
 * again is all duplicates; a CSV file imports through a new profile whose live preview shows the
 * amounts as they will be read. The organization and its people are this file's own.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureOrganization, useFixtures, type FixtureOrganization } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(260);
const fixturePath = (path: string) => new URL(`../../../packages/core/src/bank-statements/fixtures/${path}`, import.meta.url);
const camtIban = "FR7630006000011234567890189";

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

/** Drops a file on the import dialog's drop zone, as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const transfer = new DataTransfer();
      const binary = atob(base64);
      const content = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) content[i] = binary.charCodeAt(i);
      transfer.items.add(new File([content], name));
      return transfer;
    },
    { name, base64: bytes.toString("base64") },
  );
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
}

const outcomeNumber = async (page: Page, testId: string) => Number(await page.getByRole("dialog").getByTestId(testId).textContent());

describe("bank statements", () => {
  it("opens a bank account, imports a camt.053 file by drag and drop, re-imports it as duplicates, and imports a CSV file through a new profile with its preview", async () => {
    const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
    await page.setViewportSize({ width: 1024, height: 800 });
    await signIn(page, org.email.controller);

    await page.goto("/bank-accounts");
    await page.getByRole("heading", { name: "Bank accounts", level: 1 }).waitFor();
    await page.getByRole("button", { name: "New bank account" }).click();
    const form = page.getByRole("form", { name: "New bank account" });
    await form.getByLabel("Bank", { exact: true }).fill("Banque Exemple");
    await form.getByLabel("IBAN", { exact: true }).fill(camtIban);
    await form.getByLabel("Account code").fill("1050");
    await form.getByLabel("Account name").fill("Banque Exemple current");
    await screenshot(page, "bank-01-new-account");
    await form.getByRole("button", { name: "Open bank account" }).click();
    await page.getByRole("link", { name: "Open the bank account" }).click();
    await page.getByRole("heading", { name: "1050 Banque Exemple current" }).waitFor();
    await page.getByText("No statement lines yet").waitFor();

    // camt.053 by drag and drop: the server recognizes the format; no profile is asked for.
    const camt = readFileSync(fixturePath("camt053/v08-datetime.xml"));
    await page.getByRole("button", { name: "Import statement" }).click();
    await dropFile(page, "v08-datetime.xml", camt);
    await page.getByTestId("detected-format").filter({ hasText: "camt.053" }).waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("dialog").getByLabel("Import outcome").waitFor();
    expect(await outcomeNumber(page, "statements-imported")).toBe(1);
    const linesNew = await outcomeNumber(page, "lines-new");
    // Two booked entries; the third is pending (not booked) and is not a statement line.
    expect(linesNew).toBe(2);
    expect(await outcomeNumber(page, "lines-duplicate")).toBe(0);
    await screenshot(page, "bank-02-camt-imported");
    await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).first().click();
    const lines = page.getByRole("table", { name: "Statement lines" }).locator("tbody tr");
    await expect.poll(() => lines.count()).toBe(linesNew);
    await page.getByRole("table", { name: "Statement lines" }).getByText("Léon Dupont SARL").waitFor();
    await screenshot(page, "bank-03-lines");

    // The same file again through the file picker: every line is a duplicate, nothing new.
    await page.getByRole("button", { name: "Import statement" }).click();
    await page.getByLabel("Statement file", { exact: true }).setInputFiles({ name: "v08-datetime.xml", mimeType: "application/xml", buffer: camt });
    await page.getByTestId("detected-format").filter({ hasText: "camt.053" }).waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("dialog").getByLabel("Import outcome").waitFor();
    expect(await outcomeNumber(page, "lines-new")).toBe(0);
    expect(await outcomeNumber(page, "lines-duplicate")).toBe(linesNew);
    await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).first().click();

    // A CSV file: a new profile, prefilled from the file, with the rows previewed as they will be read.
    await page.getByRole("button", { name: "Import statement" }).click();
    await page.getByLabel("Statement file", { exact: true }).setInputFiles({ name: "liberty-us.csv", mimeType: "text/csv", buffer: readFileSync(fixturePath("csv/liberty-us.csv")) });
    await page.getByTestId("detected-format").filter({ hasText: "CSV" }).waitFor();
    await page.getByLabel("CSV profile").selectOption("new");
    const profile = page.getByRole("form", { name: "New CSV profile" });
    await profile.getByLabel("Profile name").fill("Liberty Savings");
    await profile.getByLabel("Booking date", { exact: true }).selectOption("Date");
    await profile.getByLabel("Amount column", { exact: true }).selectOption("Amount");
    await profile.getByLabel("Remittance text").selectOption("Description");
    await profile.getByLabel("Bank's transaction id").selectOption("Transaction ID");
    await profile.getByLabel("Date format").selectOption("MM/DD/YYYY");
    const preview = profile.getByTestId("preview-row");
    await expect.poll(() => preview.count()).toBe(3);
    await expect.poll(() => preview.allTextContents()).toEqual([expect.stringContaining("-2,500.00"), expect.stringContaining("1,234.56"), expect.stringContaining("0.42")]);
    expect(await preview.first().textContent()).toContain("2026-06-02");
    await screenshot(page, "bank-04-csv-profile-preview");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(() => page.getByLabel("CSV profile").inputValue()).not.toBe("");
    await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("dialog").getByLabel("Import outcome").waitFor();
    expect(await outcomeNumber(page, "lines-new")).toBe(3);
    await screenshot(page, "bank-05-csv-imported");
    await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).first().click();
    await expect.poll(() => lines.count()).toBe(linesNew + 3);

    // The list shows the bank account with its unreconciled lines.
    await page.goto("/bank-accounts");
    const row = page.getByRole("table", { name: "Bank accounts" }).locator("tbody tr").filter({ hasText: "Banque Exemple current" });
    await row.waitFor();
    expect(await row.textContent()).toContain(camtIban);
    expect(await row.locator("td").last().textContent()).toBe(String(linesNew + 3));
    await screenshot(page, "bank-06-list");
  });
});
