import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

/**
 * The Chromium the browser tests drive. Tests that need it must fail, not skip, under CI.
 * TODO(pdf): use findChromium() from @zfxxgk/pdf once it exists, so the search lives in one place.
 */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env.ZFXXGK_CHROMIUM,
    process.env.PUPPETEER_EXECUTABLE_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/** Whether browser tests run here; prints why not, and refuses to skip under CI. */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI) throw new Error("CI=true but no Chromium found: run .ci/run (apt-get install chromium)");
  console.warn("skipping browser tests: no Chromium found (apt-get install chromium, or set ZFXXGK_CHROMIUM)");
  return false;
}

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found (apt-get install chromium, or set ZFXXGK_CHROMIUM)");
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
