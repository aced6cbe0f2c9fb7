import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { addDemoLikeCharges, createFixtureAccount, createFixtureCharge, createFixtureMovement, createFixtureOrganization, useFixtures, type FixtureOrganization, type Person } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(40);

let browser: Browser;
let controller: Page;
/** The file's organization: opening balances, customers and vendors, three charges (one a draft). */
let org: FixtureOrganization;
useFixtures();

/** `person` of `organization` signed in from a fresh browser context. */
async function signedIn(person: Person, organization: FixtureOrganization = org): Promise<Page> {
  const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
  await signIn(page, organization.email[person]);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  org = await createFixtureOrganization();
  await addDemoLikeCharges(org);
  controller = await signedIn("controller");
});

afterAll(async () => {
  await browser.close();
});

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/**
 * Chooses `value` in a filter until the list shows what `expected` says: a choice made before
 * the page has hydrated changes only the DOM, so it is made again until React has seen it.
 */
async function filterUntil(select: ReturnType<Page["getByLabel"]>, value: string, rows: () => Promise<string[]>, expected: (rows: string[]) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await select.selectOption(value);
    for (let i = 0; i < 10; i++) {
      if (expected(await rows())) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (Date.now() > deadline) throw new Error(`The list did not show the expected rows after choosing ${value}: ${JSON.stringify(await rows())}`);
  }
}

describe("the back office, page by page, as a controller", () => {
  it("shows the dashboard with bank balances and recent activity", async () => {
    // The latest activity is the admin's, whatever the other tests did before.
    await createFixtureAccount(org, { code: "1095", name: "Petty cash box", type: "asset", currency: "EUR" });
    const page = controller;
    await page.goto("/dashboard");
    await page.getByRole("heading", { name: "Welcome, Carla" }).waitFor();
    const banks = page.getByRole("table", { name: "Bank balances" });
    expect(await banks.getByRole("row").filter({ hasText: "1010" }).textContent()).toContain("EUR");
    expect(await banks.getByRole("row").filter({ hasText: "1030" }).textContent()).toContain("10,000.00 EUR");
    await page.getByRole("region", { name: "Recent activity" }).getByText("Ada Admin").first().waitFor();
    await screenshot(page, "tour-01-dashboard");
  });

  it("creates and issues a charge, records a partial payment and refuses the same bank reference twice", async () => {
    const page = controller;
    await nav(page).getByRole("link", { name: "Charges", exact: true }).click();
    await page.waitForURL("**/charges");
    const list = page.getByRole("region", { name: "Charges" });
    await list.getByRole("table", { name: "Charges" }).getByRole("cell", { name: "Consulting, October" }).waitFor();
    await screenshot(page, "tour-02-charges");

    await page.getByRole("button", { name: "New charge" }).click();
    const form = page.getByRole("form", { name: "New charge" });
    await form.getByLabel("Customer").selectOption({ label: "Tailspin Toys SA" });
    await form.getByLabel("Description").fill("Workshop facilitation, November");
    await form.getByLabel("Amount").fill("1,250.00");
    expect(await form.getByLabel("Receivable account").locator("option:checked").textContent()).toBe("1100 Accounts receivable");
    expect(await form.getByLabel("Revenue account").locator("option:checked").textContent()).toBe("4100 Service revenue");
    await form.getByRole("button", { name: "Create and issue" }).click();
    const created = form.getByRole("status").filter({ hasText: "Draft charge of 1,250.00 EUR to Tailspin Toys SA created." });
    await created.waitFor();
    expect(await created.textContent()).toMatch(/Charge CH-\d{4}-\d+ for 1,250\.00 EUR issued, due \d{4}-\d{2}-\d{2}\./);
    const chargeNumber = /CH-\d{4}-\d+/.exec((await created.textContent()) ?? "")?.[0] ?? "";
    await list.getByRole("link", { name: chargeNumber }).waitFor();
    await screenshot(page, "tour-03-charge-created");

    await form.getByRole("link", { name: `Open ${chargeNumber}` }).click();
    await page.waitForURL(/\/charges\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: chargeNumber }).waitFor();
    const payment = page.getByRole("form", { name: "Record a payment" });
    expect(await payment.getByLabel("Amount (EUR)").inputValue()).toBe("1,250.00");
    await payment.getByLabel("Bank reference").fill("BANK-E2E-0042");
    await payment.getByLabel("Amount (EUR)").fill("500.00");
    await payment.getByRole("button", { name: "Record payment" }).click();
    await page.getByRole("status").filter({ hasText: "Payment of 500.00 EUR recorded: 750.00 EUR remains open." }).waitFor();
    await page.getByRole("table", { name: "Payments" }).getByRole("cell", { name: "BANK-E2E-0042" }).waitFor();
    expect(await page.getByRole("table", { name: "Journal entries of this charge" }).locator("tbody tr").count()).toBe(2);
    await screenshot(page, "tour-04-charge-detail");

    await payment.getByLabel("Bank reference").fill("BANK-E2E-0042");
    await payment.getByLabel("Amount (EUR)").fill("100.00");
    await payment.getByRole("button", { name: "Record payment" }).click();
    await page.getByRole("alert").filter({ hasText: "The payment BANK-E2E-0042 is already recorded." }).waitFor();
    expect(await payment.getByLabel("Bank reference").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "tour-05-duplicate-payment");

    // The list filters by status and customer.
    await page.goto("/charges");
    const table = list.getByRole("table", { name: "Charges" });
    const rowTexts = () => table.locator("tbody tr").allTextContents();
    await filterUntil(list.getByLabel("Status"), "draft", rowTexts, (rows) => rows.length === 1 && rows[0]?.includes("Toy fair stand design") === true);
    await list.getByLabel("Status").selectOption("issued");
    await list.getByLabel("Customer").selectOption({ label: "Tailspin Toys SA" });
    await expect.poll(rowTexts, { timeout: 10_000 }).toEqual([expect.stringMatching(/Workshop facilitation, November.*750\.00 EUR/)]);

    // A controller voids the draft.
    await list.getByLabel("Customer").selectOption("");
    await list.getByLabel("Status").selectOption("draft");
    await expect.poll(rowTexts, { timeout: 10_000 }).toEqual([expect.stringContaining("Toy fair stand design")]);
    await table.getByRole("link", { name: "Draft" }).click();
    await page.waitForURL(/\/charges\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Draft charge" }).waitFor();
    await page.getByRole("button", { name: "Void charge…" }).click();
    const voidForm = page.getByRole("form", { name: "Void the charge" });
    await voidForm.getByRole("button", { name: "Void charge" }).click();
    await voidForm.getByText("Say why the charge is voided.").waitFor();
    await voidForm.getByLabel("Reason for voiding").fill("The toy fair was cancelled");
    await voidForm.getByRole("button", { name: "Void charge" }).click();
    await page.getByRole("status").filter({ hasText: "The draft charge is void." }).waitFor();
    await page.getByText("This charge is void.").waitFor();
    await screenshot(page, "tour-05b-charge-voided");
  });

  it("lists and adds customers", async () => {
    const page = controller;
    await nav(page).getByRole("link", { name: "Customers" }).click();
    await page.waitForURL("**/charges/customers");
    await page.getByRole("table", { name: "Customers" }).getByRole("cell", { name: "Contoso Retail GmbH" }).waitFor();
    await page.getByRole("button", { name: "New customer" }).click();
    const form = page.getByRole("form", { name: "New customer" });
    await form.getByLabel("Name").fill("Wingtip Toys");
    await form.getByLabel("E-mail").fill("billing@wingtip.example");
    await form.getByRole("button", { name: "Add customer" }).click();
    await form.getByRole("status").filter({ hasText: "Customer Wingtip Toys added." }).waitFor();
    await page.getByRole("table", { name: "Customers" }).getByRole("cell", { name: "Wingtip Toys" }).waitFor();
    await screenshot(page, "tour-06-customers");
  });

  it("shows the journal and an account's ledger with its running balance", async () => {
    await createFixtureCharge(org, { customer: "Fabrikam Logistics BV", description: "Freight audit, November", amountMinor: 1_900_00n, issue: true, paidMinor: 900_00n, reference: "BANK-E2E-0043" });
    const page = controller;
    await nav(page).getByRole("link", { name: "Ledger", exact: true }).click();
    await page.waitForURL("**/ledger");
    const journal = page.getByRole("table", { name: "Journal entries" });
    await journal.getByText("Opening balances: share capital paid in").waitFor();
    await screenshot(page, "tour-07-ledger");
    await page.getByRole("region", { name: "Journal entries" }).getByLabel("Source").selectOption("charge_payment");
    await journal.getByText("Opening balances: share capital paid in").waitFor({ state: "detached" });
    await journal.getByText("Payment BANK-E2E-0043").waitFor();

    await nav(page).getByRole("link", { name: "Chart of accounts" }).click();
    await page.waitForURL("**/ledger/accounts");
    await page.getByRole("table", { name: "Chart of accounts" }).getByRole("link", { name: "Operating bank account" }).click();
    await page.waitForURL(/\/ledger\/accounts\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "1010 Operating bank account" }).waitFor();
    const ledger = page.getByRole("table", { name: "Ledger of 1010 Operating bank account" });
    const opening = ledger.getByRole("row").filter({ hasText: "Opening balances" });
    expect(await opening.textContent()).toContain("250,000.00");
    await screenshot(page, "tour-08-account-ledger");
  });

  it("refuses an unbalanced manual entry, posts it balanced with its warning, then reverses it", async () => {
    // Its own organization: 1010 holds exactly its opening 250,000.00 EUR, so 252,000.00 takes it below its minimum.
    const page = await signedIn("controller", await createFixtureOrganization());
    // A full page load: no dashboard cached from the sign-in, so the dashboard below is read after the entry.
    await page.goto("/ledger");
    await nav(page).getByRole("link", { name: "New journal entry" }).click();
    await page.waitForURL("**/ledger/new");
    const form = page.getByRole("form", { name: "New journal entry" });
    await form.getByLabel("Memo", { exact: true }).fill("November salaries paid from the operating account");
    const line1 = form.getByRole("group", { name: "Line 1" });
    const line2 = form.getByRole("group", { name: "Line 2" });
    await line1.getByLabel("Account").selectOption({ label: "6000 Salaries and wages (EUR)" });
    await line1.getByLabel("Debit").fill("252,000.00");
    const totals = page.getByTestId("entry-totals");
    // Core's schema refuses the empty second line in the browser: each message under that line's own field, nothing sent.
    await form.getByRole("button", { name: "Post entry" }).click();
    await line2.getByText("Choose an account.").waitFor();
    expect(await line2.getByLabel("Account").getAttribute("aria-invalid")).toBe("true");
    await line2.getByText("Enter a debit or a credit, not both.").waitFor();
    expect(await line1.getByText("Choose an account.").count()).toBe(0);
    expect(await totals.textContent()).toContain("Difference 252,000.00");
    await line2.getByLabel("Account").selectOption({ label: "1010 Operating bank account (EUR)" });
    await line2.getByText("Choose an account.").waitFor({ state: "detached" });
    await line2.getByLabel("Credit").fill("251,990.00");
    expect(await totals.textContent()).toContain("Difference 10.00");
    await totals.getByText("Not balanced").waitFor();
    await form.getByRole("button", { name: "Post entry" }).click();
    await form.getByRole("alert").filter({ hasText: "The entry does not balance: EUR debits exceed credits by 10.00 EUR." }).first().waitFor();
    await screenshot(page, "tour-09-entry-unbalanced");

    await line2.getByLabel("Credit").fill("252,000.00");
    await totals.getByText("Balanced", { exact: true }).waitFor();
    await form.getByRole("button", { name: "Post entry" }).click();
    const posted = form.getByRole("status").filter({ hasText: /^Posted JE-/ });
    await posted.waitFor();
    // The operating account warns (does not block) below its minimum: the outcome says so.
    await form.getByRole("status").filter({ hasText: "Operating bank account falls below its minimum balance of 5,000.00 EUR" }).waitFor();
    const entryNumber = /JE-\d{4}-\d+/.exec((await posted.textContent()) ?? "")?.[0] ?? "";
    await screenshot(page, "tour-10-entry-posted-with-warning");
    await form.getByRole("link", { name: `Open ${entryNumber}` }).click();
    await page.waitForURL(/\/ledger\/entries\/[0-9a-f-]{36}$/);
    const entryUrl = page.url();

    // The dashboard highlights the shortfall.
    await nav(page).getByRole("link", { name: "Dashboard" }).click();
    await page.waitForURL("**/dashboard");
    const operating = page.getByRole("table", { name: "Bank balances" }).getByRole("row").filter({ hasText: "1010" });
    expect(await operating.getAttribute("data-shortfall")).toBe("true");
    expect(await operating.textContent()).toContain("below minimum");
    await screenshot(page, "tour-11-dashboard-shortfall");
    // At 1024 px the bank balances keep their amounts in view.
    await page.setViewportSize({ width: 1024, height: 768 });
    await operating.getByText("below minimum").waitFor();
    await screenshot(page, "tour-11-dashboard-shortfall-1024");
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto(entryUrl);
    await page.getByRole("heading", { name: entryNumber }).waitFor();
    await page.getByRole("button", { name: "Reverse entry…" }).click();
    const reverse = page.getByRole("form", { name: `Reverse ${entryNumber}` });
    await reverse.getByLabel("Reason for reversing").fill("Paid through the payroll account instead");
    await reverse.getByRole("button", { name: "Reverse entry" }).click();
    await page.getByRole("status").filter({ hasText: `Reversed ${entryNumber} with JE-` }).waitFor();
    await page.getByText("Already reversed by").waitFor();
    await page.getByRole("link", { name: /^JE-\d{4}-\d+$/ }).filter({ hasNotText: entryNumber }).first().waitFor();
    await screenshot(page, "tour-12-entry-reversed");
    await page.goto("/dashboard");
    expect(await page.getByRole("table", { name: "Bank balances" }).getByRole("row").filter({ hasText: "1010" }).getAttribute("data-shortfall")).toBe("false");
    await page.context().close();
  });

  it("requests a large transfer, whose review task a controller completes", async () => {
    const page = controller;
    await page.goto("/movements");
    await page.getByRole("button", { name: "Request movement" }).click();
    const form = page.getByRole("form", { name: "Request a movement" });
    await form.getByLabel("Kind").selectOption("transfer");
    await form.getByLabel("Description").fill("Fund the payroll account for year-end bonuses");
    await form.getByLabel("To bank account").selectOption({ label: "1020 Payroll bank account" });
    await form.getByLabel("Amount (EUR)").fill("60000");
    await page.getByTestId("approval-preview").filter({ hasText: "one of them a controller" }).waitFor();
    await form.getByRole("button", { name: "Request movement" }).click();
    const outcome = form.getByRole("status").filter({ hasText: "Requested MV-" });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain("It needs 2 approvals, one from a controller (above 50,000.00 EUR).");
    const number = /MV-[\d-]+/.exec((await outcome.textContent()) ?? "")?.[0] ?? "";
    await screenshot(page, "tour-13-large-transfer");

    await nav(page).getByRole("link", { name: "Tasks", exact: true }).click();
    await page.waitForURL("**/tasks");
    const task = page.getByTestId("task").filter({ hasText: `Review large payment ${number}` });
    await task.waitFor();
    await screenshot(page, "tour-14-tasks");
    await task.getByRole("button", { name: /^Done/ }).click();
    await page.getByRole("status").filter({ hasText: `Task 'Review large payment ${number}' is done.` }).waitFor();
    await task.waitFor({ state: "detached" });
    await screenshot(page, "tour-15-task-done");

    // A request can be withdrawn by its requester while it waits.
    await page.goto("/movements");
    await page.getByRole("button", { name: "Request movement" }).click();
    await form.getByLabel("Kind").selectOption("transfer");
    await form.getByLabel("Description").fill("Petty cash top-up");
    await form.getByLabel("To bank account").selectOption({ label: "1020 Payroll bank account" });
    await form.getByLabel("Amount (EUR)").fill("100");
    await form.getByRole("button", { name: "Request movement" }).click();
    const small = form.getByRole("status").filter({ hasText: "Requested MV-" });
    await small.waitFor();
    expect(await small.textContent()).toContain("It needs 1 approval (up to 1,000.00 EUR).");
    const smallNumber = /MV-[\d-]+/.exec((await small.textContent()) ?? "")?.[0] ?? "";
    await form.getByRole("link", { name: `Open ${smallNumber}` }).click();
    await page.getByRole("heading", { name: smallNumber }).waitFor();
    await page.getByRole("button", { name: "Cancel request…" }).click();
    await page.getByRole("form", { name: `Cancel ${smallNumber}` }).getByRole("button", { name: "Cancel request" }).click();
    await page.getByRole("status").filter({ hasText: `Cancelled ${smallNumber}.` }).waitFor();
    await page.getByRole("list", { name: "Approval timeline" }).getByText("Cancelled by Carla Controller").waitFor();
    await screenshot(page, "tour-15b-movement-cancelled");
  });

  it("shows the approvals inbox, notifications, audit trail and the read-only approval policy", async () => {
    await createFixtureMovement(org, { requester: "controller", description: "Petty cash top-up (withdrawn)", amountMinor: 100_00n, to: "1020", cancel: true });
    const page = controller;
    await nav(page).getByRole("link", { name: "Approvals", exact: true }).click();
    await page.waitForURL("**/approvals");
    await page.getByRole("region", { name: "Waiting for your decision" }).waitFor();
    await screenshot(page, "tour-16-approvals");

    await nav(page).getByRole("link", { name: "Notifications", exact: true }).click();
    await page.waitForURL("**/notifications");
    await page.getByRole("region", { name: "Notifications" }).waitFor();
    await screenshot(page, "tour-17-notifications");

    await nav(page).getByRole("link", { name: "Audit", exact: true }).click();
    await page.waitForURL("**/audit");
    const events = page.getByTestId("audit-event");
    await page.getByText("25 events loaded").waitFor();
    expect(await events.count()).toBe(25);
    const ids = () => events.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-id")));
    const firstPage = await ids();
    // "Load more" fetches the server's next page and shows it (page 2 of the loaded rows).
    await page.getByRole("button", { name: "Load more" }).click();
    const loaded = async () => Number(/(\d+) events loaded/.exec((await page.getByText(/\d+ events loaded/).textContent()) ?? "")?.[1] ?? 0);
    await expect.poll(loaded).toBeGreaterThan(25);
    await page.getByText(/^Page 2 of/).waitFor();
    await expect.poll(async () => (await ids()).some((id) => firstPage.includes(id))).toBe(false);
    await page.getByLabel("Entity type").selectOption("movement");
    const event = events.filter({ hasText: "Carla Controller" }).filter({ hasText: "cancelled" }).first();
    await event.waitFor();
    // The event opens with its changes as before/after lines, the raw snapshots one click away.
    await event.getByRole("button", { name: "Open cancelled by Carla Controller" }).click();
    const detail = page.getByTestId("audit-event-detail");
    const status = detail.locator('[data-testid="audit-change"][data-field="status"]');
    await status.waitFor();
    expect((await status.locator("td").allTextContents()).map((t) => t.trim())).toEqual(["Status", "Pending approval", "Cancelled"]);
    await detail.getByText("Raw snapshots").click();
    expect(await detail.locator("pre").allTextContents()).toEqual([
      expect.stringContaining('"status": "pending_approval"'),
      expect.stringContaining('"status": "cancelled"'),
    ]);
    await screenshot(page, "tour-18-audit");
    await page.keyboard.press("Escape");
    await detail.waitFor({ state: "detached" });

    await nav(page).getByRole("link", { name: "Settings", exact: true }).click();
    await page.waitForURL("**/settings");
    await page.getByText("Only admins change the approval policy").waitFor();
    expect(await page.getByRole("button", { name: "Edit bands" }).count()).toBe(0);
    expect(await page.getByRole("table", { name: "Approval bands for EUR" }).textContent()).toContain("Up to 50,000.00 EUR");
    await screenshot(page, "tour-19-settings-read-only");
  });
});

describe("as an admin", () => {
  let admin: Page;

  beforeAll(async () => {
    admin = await signedIn("admin");
  });

  afterAll(async () => {
    await admin.context().close();
  });

  it("rejects the large transfer with a reason; its requester gets a task to revise it", async () => {
    await createFixtureMovement(org, { requester: "controller", description: "Advance the year-end bonuses to the payroll account", amountMinor: 60_000_00n, to: "1020" });
    const page = admin;
    await page.goto("/approvals");
    const item = page.getByTestId("inbox-item").filter({ hasText: "Advance the year-end bonuses to the payroll account" });
    await item.getByRole("button", { name: "Reject…" }).click();
    const form = item.getByRole("form", { name: /^Reject MV-/ });
    // Core's rejectMovementInput refuses an empty reason under the field; nothing is sent.
    await form.getByRole("button", { name: "Reject" }).click();
    await form.getByText("Give the requester a reason.").waitFor();
    expect(await form.getByLabel("Reason for rejecting").getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel("Reason for rejecting").fill("Bonuses are paid in January");
    await form.getByRole("button", { name: "Reject" }).click();
    await page.getByRole("status").filter({ hasText: /^Rejected MV-[\d-]+\./ }).waitFor();
    await item.waitFor({ state: "detached" });
    await screenshot(page, "tour-20a-rejected");

    await controller.goto("/tasks");
    await controller.getByTestId("task").filter({ hasText: "Revise rejected movement" }).getByText("Rejected: Bonuses are paid in January").waitFor();
    await expect.poll(() => controller.getByTestId("notification-bell").getAttribute("aria-label")).toMatch(/^Notifications, [1-9]\d* unread$/);
    await screenshot(controller, "tour-20b-revise-task");
  });

  it("saves new USD bands and refuses limits that do not increase", async () => {
    const page = admin;
    await page.goto("/settings");
    const usd = page.getByRole("region", { name: "USD movements" });
    await usd.getByRole("button", { name: "Edit bands" }).click();
    const form = usd.getByRole("form", { name: "Approval bands for USD" });
    await form.getByLabel("Band 1 upper limit").fill("500.00");
    await form.getByRole("button", { name: "Save policy" }).click();
    await usd.getByRole("status").filter({ hasText: "Approval policy for USD saved (up to 500.00 USD: 1 × approver;" }).waitFor();
    await usd.getByText("Set by an admin").waitFor();
    expect(await usd.getByRole("table", { name: "Approval bands for USD" }).textContent()).toContain("Up to 500.00 USD");
    await screenshot(page, "tour-20-settings-saved");

    await usd.getByRole("button", { name: "Edit bands" }).click();
    await form.getByLabel("Band 2 upper limit").fill("100.00");
    await form.getByRole("button", { name: "Save policy" }).click();
    await form.getByText("Limits must increase from band to band.").waitFor();
    // The message is the second band's limit's own: it marks that field and describes it.
    const second = form.getByLabel("Band 2 upper limit");
    expect(await second.getAttribute("aria-invalid")).toBe("true");
    expect(await form.locator(`[id="${await second.getAttribute("aria-describedby")}"]`).textContent()).toBe("Limits must increase from band to band.");
    expect(await form.getByLabel("Band 1 upper limit").getAttribute("aria-invalid")).toBe("false");
    await screenshot(page, "tour-21-settings-invalid");
  });
});

describe("the same pages, as a viewer", () => {
  it("shows the data without the actions a viewer may not take", async () => {
    const page = await signedIn("viewer");
    await page.goto("/charges");
    await page.getByRole("table", { name: "Charges" }).getByRole("cell", { name: "Consulting, October" }).waitFor();
    expect(await page.getByRole("button", { name: "New charge" }).count()).toBe(0);
    await page.getByRole("table", { name: "Charges" }).getByRole("link", { name: /^CH-\d{4}-\d+$/ }).first().click();
    await page.waitForURL(/\/charges\/[0-9a-f-]{36}$/);
    // Every action is the server's to refuse: shown disabled with its reason.
    await page.getByRole("region", { name: "Not available now" }).getByText(/^A viewer may not do this/).first().waitFor();
    expect(await page.getByRole("form", { name: "Record a payment" }).count()).toBe(0);
    await screenshot(page, "tour-22-viewer-charge");
    await page.goto("/movements");
    await page.getByRole("region", { name: "Movements" }).waitFor();
    expect(await page.getByRole("button", { name: "Request movement" }).count()).toBe(0);
    await page.goto("/ledger");
    await page.getByRole("table", { name: "Journal entries" }).getByText("Opening balances: share capital paid in").waitFor();
    expect(await page.getByRole("link", { name: "New entry" }).count()).toBe(0);
    await page.goto("/ledger/new");
    await page.getByText("A viewer may not do this (ledger.post needs controller or above).").waitFor();
    await page.goto("/approvals");
    await page.getByText("Your role does not approve movements").waitFor();

    // The palette's quick actions are the server's verdicts: refused ones stay, disabled, with the reason.
    await page.getByRole("button", { name: "Search or jump to…" }).click();
    const palette = page.getByRole("dialog", { name: "Command palette" });
    const newEntry = palette.getByRole("option", { name: /^New journal entry/ });
    await newEntry.waitFor();
    expect(await newEntry.getAttribute("aria-disabled")).toBe("true");
    expect(await newEntry.textContent()).toContain("A viewer may not do this (ledger.post needs controller or above).");
    const invite = palette.getByRole("option", { name: /^Invite a member/ });
    expect(await invite.getAttribute("aria-disabled")).toBe("true");
    expect(await invite.textContent()).toContain("A viewer may not do this (members.manage needs admin or above).");
    // Choosing a refused action goes nowhere; an allowed one (anyone may create an organization) does.
    await newEntry.click({ force: true });
    expect(page.url()).toMatch(/\/approvals$/);
    expect(await palette.getByRole("option", { name: "Create an organization" }).getAttribute("aria-disabled")).not.toBe("true");
    await screenshot(page, "tour-23-viewer-palette");
    await page.keyboard.press("Escape");
    await page.context().close();
  });
});
