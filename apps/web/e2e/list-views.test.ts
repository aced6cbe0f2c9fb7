import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import "./provided-context";
import { addDemoLikeCharges, createFixtureOrganization, useFixtures } from "./fixtures";
import { clientIps, newPage, signIn } from "./session";

const baseUrl = inject("e2eBaseUrl");
const nextIp = clientIps(120);

let browser: Browser;
let page: Page;

useFixtures();

/** Its own organization with two issued charges (one partly paid) and a draft, as the old demo had. */
beforeAll(async () => {
  const org = await createFixtureOrganization();
  await addDemoLikeCharges(org);
  browser = await launchBrowser();
  page = (await newPage(browser, baseUrl, { clientIp: nextIp() })).page;
  await signIn(page, org.email.controller);
});

afterAll(async () => {
  await browser?.close();
});

/** "12,400.00 EUR" → 1240000n: the table's amounts, compared exactly. */
function minorOf(text: string): bigint {
  const match = /(-?[\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No amount in ${JSON.stringify(text)}`);
  return BigInt(`${match[1]?.replaceAll(",", "")}${match[2]}`);
}

/** A minimal CSV reader for the test (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("a list's filters and sort live in the URL, and its CSV export has the filtered rows", () => {
  it("opens a filtered, sorted charges list from a link, re-sorts by a column and reloads as it was", async () => {
    await page.goto("/charges?status=issued&sort=amount.asc");
    const list = page.getByRole("region", { name: "Charges" });
    const table = list.getByRole("table", { name: "Charges" });
    await table.locator("tbody tr").first().waitFor();
    expect(await list.getByLabel("Status").inputValue()).toBe("issued");

    const rows = table.locator("tbody tr");
    const statuses = () => rows.locator("td:nth-child(8)").allTextContents();
    const amounts = async () => (await rows.locator("td:nth-child(6)").allTextContents()).map(minorOf);
    // Only issued charges: the draft ("Toy fair stand design") is filtered out by the server.
    expect(new Set(await statuses())).toEqual(new Set(["Issued"]));
    expect(await table.textContent()).not.toContain("Toy fair stand design");
    const ascending = await amounts();
    expect(ascending.length).toBeGreaterThanOrEqual(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const amountHeader = table.getByRole("columnheader", { name: /Amount/ });
    expect(await amountHeader.getAttribute("aria-sort")).toBe("ascending");
    // The footer sums the amounts of the loaded rows per currency.
    const total = await table.locator("tfoot [data-total=amount]").textContent();
    expect(minorOf(total ?? "")).toBe(ascending.reduce((sum, a) => sum + a, 0n));
    await screenshot(page, "list-01-charges-filtered-by-url");

    // Sorting by a header changes the URL: descending now.
    await amountHeader.getByRole("button").click();
    // nuqs writes the URL with history.replaceState (no navigation to wait for).
    await expect.poll(() => page.url()).toMatch(/sort=amount\.desc/);
    await expect.poll(amounts).toEqual([...ascending].reverse());
    expect(page.url()).toContain("status=issued");

    // The link reloads filtered and sorted.
    await page.reload();
    await table.locator("tbody tr").first().waitFor();
    expect(await list.getByLabel("Status").inputValue()).toBe("issued");
    expect(await amountHeader.getAttribute("aria-sort")).toBe("descending");
    expect(await amounts()).toEqual([...ascending].reverse());

    // Choosing a filter writes it to the URL.
    await list.getByLabel("Customer").selectOption({ label: "Contoso Retail GmbH" });
    await expect.poll(() => page.url()).toMatch(/customerId=[0-9a-f-]{36}/);
    await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes("Contoso Retail GmbH"))).toBe(true);
    await screenshot(page, "list-02-charges-customer-filter");
  });

  it("exports exactly the filtered rows as CSV, amounts as exact decimals and dates as YYYY-MM-DD", async () => {
    await page.goto("/charges?status=issued&sort=amount.desc");
    const list = page.getByRole("region", { name: "Charges" });
    const table = list.getByRole("table", { name: "Charges" });
    await table.locator("tbody tr").first().waitFor();
    const shownNumbers = await table.locator("tbody tr td:nth-child(1)").allTextContents();
    const shownAmounts = (await table.locator("tbody tr td:nth-child(6)").allTextContents()).map(minorOf);

    const [download] = await Promise.all([page.waitForEvent("download"), list.getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^charges-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(await readFile(await download.path(), "utf8"));
    const [header, ...records] = csv;
    expect(header).toEqual(["Number", "Customer", "Description", "Created", "Due", "Currency", "Amount", "Paid", "Open", "Status"]);
    // The same rows, in the same order as the table shows them.
    expect(records.map((r) => r[0])).toEqual(shownNumbers);
    for (const record of records) {
      expect(record[9]).toBe("Issued");
      expect(record[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record[6]).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(records.map((r) => BigInt((r[6] ?? "").replace(".", "")))).toEqual(shownAmounts);
    // Open = amount - paid, exactly (the seed's October consulting charge is 12,400.00 with 5,000.00 paid).
    const consulting = records.find((r) => r[2] === "Consulting, October");
    expect(consulting?.slice(6, 9)).toEqual(["12400.00", "5000.00", "7400.00"]);
  });

  it("jumps to a page from the command palette, and remembers a collapsed sidebar", async () => {
    await page.goto("/dashboard");
    await page.getByRole("heading", { name: /^Welcome/ }).waitFor();
    await page.getByRole("button", { name: "Search or jump to…" }).waitFor();
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.getByRole("combobox").fill("audit");
    await screenshot(page, "list-03-command-palette");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/audit");

    await page.getByRole("button", { name: "Collapse sidebar" }).click();
    await page.getByRole("button", { name: "Expand sidebar" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Expand sidebar" }).waitFor();
    // Collapsed, the links keep their names (icons only on screen).
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Charges", exact: true }).click();
    await page.waitForURL("**/charges");
    await screenshot(page, "list-04-sidebar-collapsed");
    await page.getByRole("button", { name: "Expand sidebar" }).click();
    await page.getByRole("button", { name: "Collapse sidebar" }).waitFor();
  });

  it("opens a list's form from a link with ?new=1, as the command palette's \"Request a movement\" does", async () => {
    await page.goto("/movements?new=1");
    const form = page.getByRole("form", { name: "Request a movement" });
    await form.waitFor();
    // The open form hides the list's button; closing it takes ?new=1 out of the URL and brings the button back.
    expect(await page.getByRole("region", { name: "Movements" }).getByRole("button", { name: "Request movement" }).count()).toBe(0);
    await form.getByRole("button", { name: "Close" }).click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => new URL(page.url()).searchParams.get("new")).toBeNull();
    await page.getByRole("region", { name: "Movements" }).getByRole("button", { name: "Request movement" }).waitFor();

    await page.goto("/dashboard");
    await page.getByRole("heading", { name: /^Welcome/ }).waitFor();
    await page.getByRole("button", { name: "Search or jump to…" }).waitFor();
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.getByRole("combobox").fill("Request a movement");
    await palette.getByRole("option", { name: "Request a movement" }).click();
    await page.waitForURL("**/movements?new=1");
    await page.getByRole("form", { name: "Request a movement" }).waitFor();
    await screenshot(page, "list-05-movement-form-from-palette");

    // The same link for charges.
    await page.goto("/charges?new=1");
    await page.getByRole("form", { name: "New charge" }).waitFor();
  });

  it("lays every list out at 1024 px (sidebar, toolbar, table, pagination)", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const lists: [string, string][] = [
      ["/dashboard", "dashboard"],
      ["/charges", "charges"],
      ["/movements", "movements"],
      ["/approvals", "approvals"],
      ["/ledger", "ledger"],
      ["/ledger/accounts", "accounts"],
      ["/charges/customers", "customers"],
      ["/tasks?status=all", "tasks"],
      ["/notifications", "notifications"],
      ["/audit", "audit"],
      ["/settings/members", "members"],
    ];
    for (const [path, name] of lists) {
      await page.goto(path);
      await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();
      // The list has loaded: its table, or its empty message (a fresh database may have no movements yet).
      if (name !== "dashboard") await page.getByRole("main").locator("section[aria-label] table, section[aria-label] > p").first().waitFor();
      // Nothing pushes the page sideways at 1024 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      await screenshot(page, `list-1024-${name}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
