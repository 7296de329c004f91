import puppeteer, { type Browser } from "puppeteer-core";

/**
 * Flags for a headless Chromium that prints and does nothing else: no background traffic, no
 * extensions, no GPU, and no sandbox (containers and CI run as root, where the sandbox cannot start;
 * the page itself loads nothing but the renderer's own assets and runs no script).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--mute-audio",
] as const;

export interface LaunchOptions {
  readonly executablePath: string;
  readonly timeoutMs: number;
}

/**
 * A fresh headless browser with its own temporary profile, driven over a pipe (no debugging port
 * is opened). It installs no signal handlers: the host process decides how it ends.
 */
export async function launchChromium({
  executablePath,
  timeoutMs,
}: LaunchOptions): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    args: [...CHROMIUM_ARGS],
    timeout: Math.max(timeoutMs, 30_000),
    protocolTimeout: Math.max(timeoutMs * 2, 60_000),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // A killed browser resets its pipes; the renderer learns of it from the "disconnected" event.
  for (const stream of browser.process()?.stdio ?? []) stream?.on("error", () => undefined);
  return browser;
}
