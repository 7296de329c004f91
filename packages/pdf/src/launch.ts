import { spawnSync } from "node:child_process";
import puppeteer, { type Browser } from "puppeteer-core";
import { PdfError, worded } from "./errors.js";

/**
 * Flags for a headless Chromium that prints and does nothing else: no background traffic, no
 * extensions, no GPU, and no sandbox (containers and CI run as root, where the sandbox cannot start;
 * the page itself loads nothing but the renderer's own assets and runs no script). Font hinting
 * off: chrome-headless-shell otherwise rounds glyph advances to whole pixels, so its PDFs differ
 * from the full Chromium's; with it off both print the same bytes (the full browser's output does
 * not change with it).
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
  "--font-render-hinting=none",
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
  const browser = await puppeteer
    .launch({
      executablePath,
      headless: true,
      pipe: true,
      args: [...CHROMIUM_ARGS],
      timeout: Math.max(timeoutMs, 30_000),
      protocolTimeout: Math.max(timeoutMs * 2, 60_000),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .catch((cause: unknown) => {
      throw launchFailed(executablePath, cause);
    });
  // A killed browser resets its pipes; the renderer learns of it from the "disconnected" event.
  for (const stream of browser.process()?.stdio ?? []) stream?.on("error", () => undefined);
  return browser;
}

/**
 * What the browser said when it would not start, cut to the lines that explain it. Driven over a
 * pipe, its own error output is not in puppeteer's message, so it is asked once more, for its version.
 */
function reasonOf(executablePath: string, cause: unknown): string {
  const probe = spawnSync(executablePath, ["--headless", "--version"], {
    encoding: "utf8",
    timeout: 10_000,
  });
  const own =
    probe.error?.message ?? (probe.status !== 0 ? `${probe.stderr}\n${probe.stdout}` : "");
  const text = `${own}\n${cause instanceof Error ? cause.message : String(cause)}`;
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^(TROUBLESHOOTING|https?:)/.test(line));
  const said = lines.slice(0, 6).join(" | ");
  return said.length > 600 ? `${said.slice(0, 600)}…` : said;
}

/** The browser exists but does not start: which one, what it said, and how to fix it. */
export function launchFailed(executablePath: string, cause: unknown): PdfError {
  const reason = reasonOf(executablePath, cause);
  return new PdfError(
    "PDF_BROWSER_LAUNCH_FAILED",
    worded("launchFailed", { executablePath, reason }),
    { cause },
  );
}
