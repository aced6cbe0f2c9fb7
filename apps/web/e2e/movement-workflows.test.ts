import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { createFixtureMovement, createFixtureOrganization, useFixtures, type FixtureOrganization, type Person } from "./fixtures";
import "./provided-context";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(220);

let browser: Browser;
useFixtures();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Signs `person` of `organization` in from a fresh browser context, 1024 px wide. */
async function session(person: Person, organization: FixtureOrganization): Promise<Page> {
  const { page } = await newPage(browser, baseUrl, { clientIp: nextIp() });
  await page.setViewportSize({ width: 1024, height: 800 });
  await signIn(page, organization.email[person]);
  return page;
}

describe("movement workflows on the server's rules", () => {
  it("previews the approval band while the clerk types the amount (two amounts, two bands)", async () => {
    const org = await createFixtureOrganization();
    const page = await session("clerk", org);
    await page.goto("/movements");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Request movement" }).click();
    const form = page.getByRole("form", { name: "Request a movement" });
    // The defaults are the server's: the first bank account and the payable.
    await form.getByLabel("From bank account").locator("option:checked", { hasText: "1010 Operating bank account" }).waitFor({ state: "attached" });
    expect(await form.getByLabel("Post against").locator("option:checked").textContent()).toBe("2000 Accounts payable");
    const preview = page.getByTestId("approval-preview");
    expect(await preview.textContent()).toContain("Type the amount");

    await form.getByLabel("Amount (EUR)").fill("500.00");
    await preview.filter({ hasText: "Band up to 1,000.00 EUR: needs 1 approval from approvers or above, no controller needed." }).waitFor();
    await screenshot(page, "workflows-01-band-small");
    await form.getByLabel("Amount (EUR)").fill("60,000.00");
    await preview.filter({ hasText: "Band above 50,000.00 EUR: needs 2 approvals from approvers or above, one of them a controller." }).waitFor();
    await screenshot(page, "workflows-02-band-large");
    await page.context().close();
  });

  it("revises a rejected movement: rejected by an approver, revised by its clerk into a new linked request", async () => {
    const org = await createFixtureOrganization();
    const rejected = await createFixtureMovement(org, {
      requester: "clerk",
      vendor: "Acme Office Supplies",
      description: "Printer toner, rejected",
      amountMinor: 1_200_00n,
      reject: { by: "approver", reason: "Ask for the bulk discount first" },
    });
    const page = await session("clerk", org);
    await page.goto(rejected.url);
    await page.getByRole("heading", { name: rejected.number }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Revise…" }).click();
    const form = page.getByRole("form", { name: `Revise ${rejected.number}` });
    // Prefilled from the rejected movement.
    expect(await form.getByLabel("Description").inputValue()).toBe("Printer toner, rejected");
    expect(await form.getByLabel("Amount (EUR)").inputValue()).toBe("1,200.00");
    expect(await form.getByLabel("Vendor").locator("option:checked").textContent()).toBe("Acme Office Supplies");
    await form.getByLabel("Description").fill("Printer toner, with the bulk discount");
    await form.getByLabel("Amount (EUR)").fill("950.00");
    await screenshot(page, "workflows-03-revise-form");
    await form.getByRole("button", { name: "Request revision" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/movements/") && !url.pathname.endsWith(rejected.id));
    const revisedFrom = page.getByTestId("revised-from");
    await revisedFrom.getByRole("link", { name: rejected.number }).waitFor();
    const newNumber = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(newNumber).toMatch(/^MV-/);
    expect(newNumber).not.toBe(rejected.number);
    await page.getByText("Pending approval").first().waitFor();
    expect(await page.getByTestId("approval-progress").textContent()).toBe("0 of 1 approval");
    await screenshot(page, "workflows-04-revision-pending");

    // The rejected one links to its revision and can no longer be revised (the server's reason).
    await revisedFrom.getByRole("link", { name: rejected.number }).click();
    await page.getByTestId("revised-by").getByRole("link", { name: newNumber }).waitFor();
    const revise = page.getByRole("button", { name: "Revise…" });
    expect(await revise.isDisabled()).toBe(true);
    expect(await revise.getAttribute("data-refused")).toBe("MOVEMENT_ALREADY_REVISED");
    await page.getByText(`${rejected.number} was already revised by ${newNumber}.`).waitFor();
    await screenshot(page, "workflows-05-rejected-revised");
    await page.context().close();
  });

  it("shows an audit event's status change as a before/after line", async () => {
    const org = await createFixtureOrganization();
    const rejected = await createFixtureMovement(org, {
      requester: "clerk",
      vendor: "Globex Cloud Services",
      description: "Cloud credits, rejected",
      amountMinor: 300_00n,
      reject: { by: "approver", reason: "Wrong vendor" },
    });
    const page = await session("controller", org);
    await page.goto("/audit?entityType=movement");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Open rejected by Arun Approver" }).click();
    const detail = page.getByTestId("audit-event-detail");
    await detail.waitFor();
    expect(new URL(page.url()).searchParams.get("event")).toMatch(/^[0-9a-f-]{36}$/);
    const status = detail.locator('[data-testid="audit-change"][data-field="status"]');
    await status.waitFor();
    expect((await status.locator("td").allTextContents()).map((t) => t.trim())).toEqual(["Status", "Pending approval", "Rejected"]);
    const reason = detail.locator('[data-testid="audit-change"][data-field="decisionReason"]');
    expect((await reason.locator("td").allTextContents()).map((t) => t.trim())).toEqual(["Decision reason", "—", "Wrong vendor"]);
    await detail.getByRole("link", { name: rejected.number }).waitFor();
    // The raw snapshots stay one click away.
    await detail.getByText("Raw snapshots").click();
    await detail.locator("pre").first().waitFor();
    await screenshot(page, "workflows-06-audit-detail");
    await page.context().close();
  });

  it("shows an approver 'Approve' refused, with the server's reason, on their own request", async () => {
    const org = await createFixtureOrganization();
    const own = await createFixtureMovement(org, { requester: "approver", vendor: "Initech Facilities", description: "Cleaning, requested by an approver", amountMinor: 400_00n });
    const page = await session("approver", org);
    await page.goto(own.url);
    await page.getByRole("heading", { name: own.number }).waitFor();
    await page.waitForLoadState("networkidle");
    const approve = page.getByRole("button", { name: "Approve" });
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute("data-refused")).toBe("SELF_APPROVAL_FORBIDDEN");
    await page.getByText("You requested this movement: someone else must approve it.").waitFor();
    // Cancel is the server's to allow: the requester may withdraw it.
    await expect.poll(() => page.getByRole("button", { name: "Cancel request…" }).isEnabled()).toBe(true);
    await screenshot(page, "workflows-07-own-request-refused");
    await page.context().close();
  });

  it("changes the organization's date format in Settings → Formats, and the date input follows (DD.MM.YYYY)", async () => {
    const org = await createFixtureOrganization();
    const clerk = await session("clerk", org);
    await clerk.goto("/settings/formats");
    await clerk.waitForLoadState("networkidle");
    await clerk.getByTestId("date-format").filter({ hasText: "YYYY-MM-DD" }).waitFor();
    expect(await clerk.getByRole("button", { name: "Save formats" }).count()).toBe(0);
    await clerk.context().close();

    const page = await session("admin", org);
    await page.goto("/settings/formats");
    await page.waitForLoadState("networkidle");
    const form = page.getByRole("form", { name: "Formats" });
    await form.getByLabel("Date format").selectOption("dmy_dot");
    await form.getByText("Every date field takes and shows dates as 23.11.2026.").waitFor();
    await form.getByRole("button", { name: "Save formats" }).click();
    await form.getByRole("status").filter({ hasText: "Dates are now written DD.MM.YYYY" }).waitFor();
    await screenshot(page, "workflows-08-formats-saved");

    await page.goto("/movements");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Request movement" }).click();
    const date = page.getByRole("form", { name: "Request a movement" }).getByLabel("Effective date");
    expect(await date.getAttribute("data-date-format")).toBe("dmy_dot");
    expect(await date.getAttribute("type")).toBe("text");
    expect(await date.getAttribute("placeholder")).toBe("23.11.2026");
    await page.context().close();
  });
});
