import { existsSync } from "node:fs";
import {
  CHROMIUM_ENV_VARS,
  chromiumCandidates,
  findChromium,
  isPdfError,
  CHROMIUM_ARGS as PDF_CHROMIUM_ARGS,
} from "@zfxxgk/pdf";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";

/**
 * The Chromium the browser tests drive, found by @zfxxgk/pdf's findChromium() (option, then
 * ZFXXGK_CHROMIUM / PUPPETEER_EXECUTABLE_PATH / CHROME_PATH, then the usual install locations).
 * Tests that need it must fail, not skip, under CI.
 */
export function chromiumPath(): string | undefined {
  try {
    return findChromium();
  } catch (error) {
    if (isPdfError(error) && error.code === "CHROMIUM_NOT_FOUND") return undefined;
    throw error;
  }
}

/** Whether browser tests run here; prints why not, and refuses to skip under CI. */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI) {
    findChromium(); // throws ChromiumNotFoundError, which says exactly how to get a browser
  }
  console.warn(
    "skipping browser tests: no Chromium found (apt-get install chromium, or set ZFXXGK_CHROMIUM)",
  );
  return false;
}

export const CHROMIUM_ARGS = ["--headless=new", ...PDF_CHROMIUM_ARGS];

/**
 * The browser the page tests (HTML pages, the form) drive: a full Chromium, as readers and clerks
 * use, even where findChromium() prefers chrome-headless-shell for printing; a browser named by
 * a variable is used as it is.
 */
function pageBrowser(): string {
  if (CHROMIUM_ENV_VARS.some((name) => process.env[name])) return findChromium();
  const full = chromiumCandidates().find((p) => !p.includes("headless-shell") && existsSync(p));
  return full ?? findChromium();
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = pageBrowser();
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * For a describe block: launches Chromium with one page before its tests, hands the page to
 * `ready`, and closes the browser after them.
 */
export function useBrowserPage(ready: (page: Page) => void | Promise<void>): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await ready(await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });
}
