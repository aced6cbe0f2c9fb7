import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { webRoot } from "./test-app";

export const screenshotDir = path.join(webRoot, "artifacts", "screenshots");

/** The system Chromium (apt-get install chromium), driven by playwright-core: nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Saves a full-page screenshot as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  // The pointer rests where the last click was: move it off the page content so no hover style shows.
  await page.mouse.move(0, 0);
  // caret "initial": hiding the caret would inject a style that React reports as a hydration mismatch.
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, caret: "initial" });
}

/** Removes the screenshots of an earlier run, so the folder shows this run only. */
export async function clearScreenshots(): Promise<void> {
  await rm(screenshotDir, { recursive: true, force: true });
}
