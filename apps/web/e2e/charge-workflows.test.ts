/**
 * The charge workflows on the server's allowed actions: editing and discarding a draft, a credit
 * note on a partly paid charge, a customer's page, finding a charge from the command palette, and
 * a refused action showing the server's reason. Each test starts from charges it creates itself
 * (through core's use cases) in the file's own organization, so any one runs alone (`-t`).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureCharge, createFixtureOrganization, uniqueTag, useFixtures, type FixtureOrganization, type Person } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(200);

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

/** `person` signed in from a fresh browser context, at 1024 px (the narrowest width the back office supports). */
async function signedIn(person: Person): Promise<Page> {
  const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
  await page.setViewportSize({ width: 1024, height: 800 });
  await signIn(page, org.email[person]);
  return page;
}

/** The value of a summary line ("Remaining", "Paid", …) of a document page. */
const summaryValue = (page: Page, label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");

describe("charge workflows on the server's allowed actions", () => {
  it("edits a draft charge, then discards it after a confirmation", async () => {
    const description = `Design sprint ${uniqueTag()}`;
    const draft = await createFixtureCharge(org, { customer: "Contoso Retail GmbH", description, amountMinor: 1_000_00n });
    const page = await signedIn("clerk");
    await page.goto(`/charges/${draft.id}`);
    await page.getByRole("heading", { name: "Draft charge" }).waitFor();

    await page.getByRole("button", { name: "Edit draft" }).click();
    const form = page.getByRole("form", { name: "Edit the draft" });
    expect(await form.getByLabel("Amount").inputValue()).toBe("1,000.00");
    // Core's schema refuses what it refuses on the server, beside the field, and nothing is sent.
    await form.getByLabel("Description").fill("");
    await form.getByRole("button", { name: "Save draft" }).click();
    await form.getByText("Describe what the charge is for.").waitFor();
    await form.getByLabel("Description").fill(`${description}, revised`);
    await form.getByLabel("Amount").fill("1,500.00");
    await screenshot(page, "charges-01-edit-draft");
    await form.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("status").filter({ hasText: "Draft charge of 1,500.00 EUR to Contoso Retail GmbH saved (description, amountMinor changed)." }).first().waitFor();
    await form.waitFor({ state: "detached" });
    await page.getByText(`Contoso Retail GmbH: ${description}, revised`).waitFor();
    expect(await summaryValue(page, "Amount").textContent()).toBe("1,500.00 EUR");

    await page.getByRole("button", { name: "Discard draft…" }).click();
    const confirm = page.getByRole("dialog", { name: "Discard this draft?" });
    await confirm.waitFor();
    await screenshot(page, "charges-02-discard-confirm");
    await confirm.getByRole("button", { name: "Discard draft" }).click();
    await page.waitForURL("**/charges");
    // The list (empty, or other tests' charges) no longer has the draft.
    const list = page.getByRole("region", { name: "Charges" });
    await list.waitFor();
    await page.getByText(`(${description}, revised) discarded.`).first().waitFor();
    await expect.poll(() => list.getByText(description).count(), { timeout: 10_000 }).toBe(0);
    // The draft is gone: its page is the 404 page.
    await page.goto(`/charges/${draft.id}`);
    await page.getByRole("heading", { name: "This page does not exist." }).waitFor();
    await page.context().close();
  });

  it("credits what a partly paid charge leaves open: the charge is settled, nothing open, the entry posted", async () => {
    const description = `Consulting ${uniqueTag()}`;
    const charge = await createFixtureCharge(org, { customer: "Tailspin Toys SA", description, amountMinor: 1_000_00n, issue: true, paidMinor: 400_00n });
    const page = await signedIn("controller");
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("heading", { name: charge.number ?? "" }).waitFor();

    await page.getByRole("button", { name: "Issue a credit note…" }).click();
    const dialog = page.getByRole("dialog", { name: `Credit note for ${charge.number}` });
    // The amount defaults to the open rest.
    expect(await dialog.getByLabel("Amount (EUR)").inputValue()).toBe("600.00");
    await dialog.getByRole("button", { name: "Issue credit note" }).click();
    await dialog.getByText("Say why the charge is credited.").waitFor();
    await dialog.getByLabel("Reason").fill("Goodwill after a late delivery");
    await screenshot(page, "charges-03-credit-note-dialog");
    await dialog.getByRole("button", { name: "Issue credit note" }).click();
    const outcome = page.getByRole("status").filter({ hasText: new RegExp(`Credit note CN-\\d{4}-\\d+ of 600\\.00 EUR issued for ${charge.number}: the charge is settled\\.`) }).first();
    await outcome.waitFor();

    await page.getByRole("main").getByText("Credited", { exact: true }).first().waitFor();
    expect(await summaryValue(page, "Remaining").textContent()).toBe("0.00 EUR");
    expect(await summaryValue(page, "Credited").textContent()).toBe("600.00 EUR");
    // Issue, payment, credit note.
    await expect.poll(() => page.getByRole("table", { name: "Journal entries of this charge" }).locator("tbody tr").count(), { timeout: 10_000 }).toBe(3);
    // Nothing is owed any more: a payment is refused, with the server's reason.
    await page.getByText(`Charge ${charge.number} is settled by a credit note: it takes no payments.`).waitFor();
    await screenshot(page, "charges-04-credited");

    // The list says so too: open 0.00.
    await page.goto("/charges");
    const row = page.getByRole("table", { name: "Charges" }).locator("tbody tr").filter({ hasText: description });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/1,000\.00 EUR\s*0\.00 EUR\s*Credited/);

    // The credit note's entry is posted: DR revenue / CR receivable, 600.00.
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("table", { name: "Journal entries of this charge" }).getByRole("row").filter({ hasText: "Credit note" }).getByRole("link").first().click();
    await page.waitForURL(/\/ledger\/entries\/[0-9a-f-]{36}$/);
    await page.getByText(/Credit note CN-\d{4}-\d+ for/).first().waitFor();
    await page.getByText("600.00").first().waitFor();
    await page.context().close();
  });

  it("shows a customer's page: its charges and balance, and edits its name", async () => {
    const description = `Freight audit ${uniqueTag()}`;
    await createFixtureCharge(org, { customer: "Fabrikam Logistics BV", description, amountMinor: 1_000_00n, issue: true, paidMinor: 250_00n });
    const page = await signedIn("clerk");
    await page.goto("/charges/customers");
    await page.getByRole("table", { name: "Customers" }).getByRole("link", { name: "Fabrikam Logistics BV" }).click();
    await page.waitForURL(/\/counterparties\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Fabrikam Logistics BV" }).waitFor();

    const balance = page.getByRole("region", { name: "Balance" });
    await balance.getByText("Open on issued charges (amount less payments and credit notes)").waitFor();
    expect(await balance.getByRole("row").filter({ hasText: "EUR" }).textContent()).toContain("750.00 EUR");
    const charges = page.getByRole("table", { name: "Charges to Fabrikam Logistics BV" });
    await charges.getByText(description).waitFor();
    await screenshot(page, "charges-05-customer-page");

    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit the customer" });
    await form.getByLabel("E-mail").fill("not an address");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Enter a valid e-mail address.").waitFor();
    const renamed = `Fabrikam Freight ${uniqueTag()}`;
    await form.getByLabel("Name").fill(renamed);
    await form.getByLabel("E-mail").fill("billing@fabrikam.example");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: `Customer ${renamed} saved (name changed).` }).first().waitFor();
    await page.getByRole("heading", { name: renamed }).waitFor();
    await page.getByRole("table", { name: `Charges to ${renamed}` }).getByText(description).waitFor();
    await screenshot(page, "charges-06-customer-renamed");
    // The charges list names the customer by its new name and links to its page.
    await page.goto("/charges");
    await page.getByRole("table", { name: "Charges" }).locator("tbody tr").filter({ hasText: description }).getByRole("link", { name: renamed }).click();
    await page.waitForURL(/\/counterparties\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: renamed }).waitFor();
    await page.context().close();
  });

  it("finds a charge by its number from the command palette and opens it", async () => {
    const charge = await createFixtureCharge(org, { customer: "Contoso Retail GmbH", description: `Searchable ${uniqueTag()}`, amountMinor: 321_00n, issue: true });
    const page = await signedIn("controller");
    await page.goto("/dashboard");
    await page.getByRole("button", { name: "Search or jump to…" }).waitFor();
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.getByRole("combobox").fill(charge.number ?? "");
    const result = palette.getByRole("group", { name: "Charges" }).getByRole("option", { name: new RegExp(charge.number ?? "") });
    await result.waitFor();
    await screenshot(page, "charges-07-search-palette");
    await result.click();
    await page.waitForURL(`**/charges/${charge.id}`);
    await page.getByRole("heading", { name: charge.number ?? "" }).waitFor();
    await page.context().close();
  });

  it("shows an action the server refuses disabled, with the server's reason (a viewer and Void)", async () => {
    const description = `Viewer check ${uniqueTag()}`;
    const charge = await createFixtureCharge(org, { customer: "Tailspin Toys SA", description, amountMinor: 200_00n, issue: true });
    const page = await signedIn("viewer");
    await page.goto(`/charges/${charge.id}`);
    await page.getByRole("heading", { name: charge.number ?? "" }).waitFor();
    const refused = page.getByRole("region", { name: "Not available now" });
    const voidButton = refused.getByRole("button", { name: "Void charge" });
    await voidButton.waitFor();
    expect(await voidButton.isDisabled()).toBe(true);
    const reason = "A viewer may not do this (charges.void needs controller or above).";
    await refused.getByText(reason).waitFor();
    // The button is described by the server's sentence.
    expect(await voidButton.getAttribute("aria-describedby")).toBeTruthy();
    expect(await page.locator(`[id="${await voidButton.getAttribute("aria-describedby")}"]`).textContent()).toBe(reason);
    expect(await page.getByRole("form", { name: "Record a payment" }).count()).toBe(0);
    await screenshot(page, "charges-08-viewer-refused");

    // The list's row menu says the same.
    await page.goto("/charges");
    await page.getByRole("table", { name: "Charges" }).getByRole("button", { name: `Actions for ${charge.number}` }).click();
    const item = page.getByRole("menuitem").filter({ hasText: "Void charge" });
    expect(await item.getAttribute("aria-disabled")).toBe("true");
    expect(await item.textContent()).toContain(reason);
    await screenshot(page, "charges-09-viewer-row-menu");
    await page.context().close();
  });
});
