import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureMovement, createFixtureOrganization, useFixtures, type FixtureOrganization, type Person } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(10);

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

/** Signs `person` of the test's organization in from a fresh browser context (its own client address, so no rate limit is shared). */
async function session(person: Person): Promise<Page> {
  const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
  await signIn(page, org.email[person]);
  return page;
}

/** The clerk's 2,500.00 EUR payment to Acme, approved by `approvers` (each test starts from its own). */
function furniturePayment(approvers: Person[]) {
  return createFixtureMovement(org, { requester: "clerk", description: "Office furniture for the new meeting room", amountMinor: 2_500_00n, vendor: "Acme Office Supplies", approvers });
}

/** What the approve procedure answers when called directly, bypassing the page. */
async function approveOverHttp(page: Page, movementId: string): Promise<{ status: number; domainCode: unknown }> {
  return page.evaluate(async (id) => {
    const response = await fetch("/api/trpc/approvals.approve?batch=1", {
      method: "POST",
      headers: { "content-type": "application/json", "x-trpc-source": "e2e" },
      body: JSON.stringify({ 0: { json: { movementId: id } } }),
    });
    const body = (await response.json()) as { error?: { json?: { data?: { domainCode?: unknown } } } }[];
    return { status: response.status, domainCode: body[0]?.error?.json?.data?.domainCode };
  }, movementId);
}

describe("a vendor payment in the two-approver band", () => {
  it("is requested by a clerk, who sees the band's requirement and cannot approve it", async () => {
    const page = await session("clerk");
    await screenshot(page, "payment-01-clerk-dashboard");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Movements", exact: true }).click();
    await page.waitForURL("**/movements");
    await page.getByRole("button", { name: "Request movement" }).click();
    const form = page.getByRole("form", { name: "Request a movement" });
    await form.getByLabel("Vendor").selectOption({ label: "Acme Office Supplies" });
    await form.getByLabel("Description").fill("Office furniture for the new meeting room");
    await form.getByLabel("From bank account").locator("option:checked", { hasText: "1010 Operating bank account" }).waitFor({ state: "attached" });
    expect(await form.getByLabel("Post against").locator("option:checked").textContent()).toBe("2000 Accounts payable");
    await form.getByLabel("Amount (EUR)").fill("2,500.00");
    await page.getByTestId("approval-preview").filter({ hasText: "needs 2 approvals" }).waitFor();
    await screenshot(page, "payment-02-request-form");

    await form.getByRole("button", { name: "Request movement" }).click();
    const outcome = form.getByRole("status").filter({ hasText: "Requested MV-" });
    await outcome.waitFor();
    const message = (await outcome.textContent()) ?? "";
    expect(message).toContain("payment of 2,500.00 EUR to Acme Office Supplies");
    expect(message).toContain("It needs 2 approvals (up to 50,000.00 EUR)");
    const number = /MV-[\d-]+/.exec(message)?.[0] ?? "";
    expect(number).not.toBe("");
    // The new request is in the list below the form.
    await page.getByRole("table", { name: "Movements" }).getByRole("link", { name: number }).waitFor();
    await screenshot(page, "payment-03-requested");

    await form.getByRole("link", { name: `Open ${number}` }).click();
    await page.waitForURL(/\/movements\/[0-9a-f-]{36}$/);
    const movementUrl = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: number }).waitFor();
    expect(await page.getByTestId("approval-progress").textContent()).toBe("0 of 2 approvals");
    // The server's verdict: Approve is shown refused, with its reason (a clerk's role cannot approve).
    const approve = page.getByRole("button", { name: "Approve" });
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute("data-refused")).toBe("NOT_PERMITTED");
    await page.getByRole("list", { name: "Approval timeline" }).getByText("Awaiting 2 more approvals").waitFor();
    // The server refuses too, whatever the page shows: a clerk may not approve.
    const refusal = await approveOverHttp(page, movementUrl.split("/").pop() ?? "");
    expect(refusal).toEqual({ status: 403, domainCode: "NOT_PERMITTED" });
    await screenshot(page, "payment-04-requester-cannot-approve");
    await page.context().close();
  });

  it("waits for one more approval after the first approver approves it from the inbox", async () => {
    const { number } = await furniturePayment([]);
    const page = await session("approver");
    const waiting = page.getByRole("region", { name: "Waiting for my approval" });
    await waiting.getByRole("link", { name: number }).waitFor();
    await screenshot(page, "payment-05-approver-dashboard");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Approvals", exact: true }).click();
    await page.waitForURL("**/approvals");
    const item = page.getByTestId("inbox-item").filter({ hasText: number });
    expect(await item.textContent()).toContain("Office furniture for the new meeting room");
    await item.getByText("requested by Kim Clerk").waitFor();
    await screenshot(page, "payment-06-approvals-inbox");
    await item.getByRole("button", { name: "Approve" }).click();
    const outcome = page.getByRole("status").filter({ hasText: `Approved ${number}` });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain("awaiting 1 more approval");
    // Decided: it leaves this approver's inbox.
    await item.waitFor({ state: "detached" });
    await screenshot(page, "payment-07-first-approval");
    await page.context().close();
  });

  it("posts when the second approver approves it, with DR 2000 / CR 1010", async () => {
    const { number, url: movementUrl } = await furniturePayment(["approver"]);
    const page = await session("approver2");
    // The approver was notified; the notification leads to the movement.
    await page.getByTestId("notification-bell").click();
    await page.waitForURL("**/notifications");
    const notification = page.getByTestId("notification").filter({ hasText: `Approval needed: ${number}` });
    await notification.waitFor();
    await screenshot(page, "payment-08-approver2-notifications");
    await notification.getByRole("link", { name: "Open" }).click();
    await page.waitForURL(`**${movementUrl}`);

    expect(await page.getByTestId("approval-progress").textContent()).toBe("1 of 2 approvals");
    const timeline = page.getByRole("list", { name: "Approval timeline" });
    await timeline.getByText("Approved by Arun Approver").waitFor();
    await timeline.getByText("Requested by Kim Clerk").waitFor();
    await screenshot(page, "payment-09-detail-before-second-approval");

    await page.getByRole("button", { name: "Approve" }).click();
    const outcome = page.getByRole("status").filter({ hasText: `Approved ${number}` });
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/all approvals given, posted as JE-\d{4}-\d+/);
    await page.getByRole("heading", { name: number }).locator("xpath=../..").getByText("Posted", { exact: true }).waitFor();
    expect(await page.getByTestId("approval-progress").textContent()).toBe("2 of 2 approvals");
    await timeline.getByText("Approved by Beth Approver").waitFor();
    const lines = page.getByRole("table", { name: /^Lines of JE-/ });
    expect(await lines.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-account-code")))).toEqual(["2000", "1010"]);
    await screenshot(page, "payment-10-posted");

    const entryNumber = (await page.getByRole("region", { name: "Posted entry" }).getByRole("link", { name: /^JE-/ }).textContent()) ?? "";
    await page.getByRole("region", { name: "Posted entry" }).getByRole("link", { name: entryNumber }).click();
    await page.waitForURL(/\/ledger\/entries\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: entryNumber }).waitFor();
    const entryLines = page.getByRole("table", { name: `Lines of ${entryNumber}` });
    const cells = await entryLines.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll("td"), (cell) => cell.textContent?.trim() ?? "")),
    );
    // # | account | name | memo | debit | credit
    expect(cells.map((c) => [c[1], c[4], c[5]])).toEqual([
      ["2000", "2,500.00 EUR", ""],
      ["1010", "", "2,500.00 EUR"],
    ]);
    await page.getByRole("link", { name: "Movement: open the document" }).waitFor();
    await screenshot(page, "payment-11-journal-entry");
    await page.context().close();
  });

  it("tells the clerk, signed in again, that the payment was approved and posted", async () => {
    const { number, url: movementUrl } = await furniturePayment(["approver", "approver2"]);
    const page = await session("clerk");
    const bell = page.getByTestId("notification-bell");
    expect(await bell.getAttribute("aria-label")).toMatch(/^Notifications, [1-9]\d* unread$/);
    await page.goto(movementUrl);
    await page.getByRole("heading", { name: number }).waitFor();
    // Posted: the server refuses the cancellation, and the page shows it refused.
    expect(await page.getByRole("button", { name: "Cancel request…" }).getAttribute("data-refused")).toBe("MOVEMENT_NOT_PENDING");
    await screenshot(page, "payment-12-clerk-sees-posted");

    await bell.click();
    await page.waitForURL("**/notifications");
    const posted = page.getByTestId("notification").filter({ hasText: `${number} approved and posted` });
    await posted.waitFor();
    expect(await posted.getAttribute("data-unread")).toBe("true");
    expect(await posted.textContent()).toMatch(/Your 2,500.00 EUR movement was approved and posted as JE-/);
    await screenshot(page, "payment-13-clerk-notifications");

    await page.getByRole("button", { name: "Mark all read" }).click();
    await page.getByRole("status").filter({ hasText: /Marked \d+ notifications? read\./ }).waitFor();
    await page.getByTestId("notification-bell").and(page.locator('[aria-label="Notifications, none unread"]')).waitFor();
    expect(await posted.getAttribute("data-unread")).toBe("false");
    await screenshot(page, "payment-14-notifications-read");
    await page.context().close();
  });
});
