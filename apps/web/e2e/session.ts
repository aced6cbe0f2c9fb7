import type { Browser, BrowserContext, Page } from "playwright-core";

/** The password of every demo user (prisma/seed.ts) and of the users e2e/fixtures.ts signs up. */
export const demoPassword = "closebook-demo-2026";

export interface NewPageOptions {
  /**
   * Sent as x-forwarded-for: sign-in attempts are rate-limited per client address, so a test that
   * signs in as several people gives each browser context its own address. Without it all
   * contexts share the local address (the rate-limit test relies on that).
   */
  clientIp?: string;
}

/** A fresh browser context (no cookies) at the app, 1440×900, and its page. */
export async function newPage(browser: Browser, baseUrl: string, options: NewPageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    ...(options.clientIp ? { extraHTTPHeaders: { "x-forwarded-for": options.clientIp } } : {}),
  });
  return { context, page: await context.newPage() };
}

export const signInForm = (page: Page) => page.getByRole("form", { name: "Sign in" });

export async function submitSignIn(page: Page, email: string, secret: string): Promise<void> {
  const form = signInForm(page);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(secret);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Signs in with the demo password from the sign-in page and waits for the dashboard. The page is
 * left to finish loading first (a click before hydration is lost on a loaded machine), and a
 * sign-in that does not arrive is tried once more (well inside the per-address limit).
 */
export async function signIn(page: Page, email: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto("/sign-in");
    await page.waitForLoadState("networkidle");
    await submitSignIn(page, email, demoPassword);
    try {
      await page.waitForURL("**/dashboard", { timeout: 30_000 });
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

/**
 * Addresses of TEST-NET-2 (198.51.100.0/24), one per call, starting at `first`; each test file has
 * its own range. The rate-limit test exhausts an address of TEST-NET-3 (203.0.113.0/24) instead, so
 * it never locks out another file's sign-ins.
 */
export function clientIps(first: number): () => string {
  let next = first;
  return () => `198.51.100.${next++}`;
}
