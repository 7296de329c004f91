import type { PdfMessages } from "./types.js";

// The English wording of the errors of printing a PDF.

const how = [
  "Get a browser in one of these ways:",
  "  1. Debian/Ubuntu: apt-get install -y chromium-headless-shell (prints at about half the CPU time), or chromium",
  "  2. Any system: npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer",
  "  3. Chrome/Chromium/Edge already installed: set ZFXXGK_CHROMIUM=/path/to/the/browser/executable, or pass the executablePath option.",
].join("\n");

export default {
  chromiumNotFound: ({ searched, chosen }) =>
    chosen
      ? `The browser that was chosen does not exist: ${chosen}.\n${how}`
      : `No Chromium or Chrome found (${searched} locations searched).\n${how}`,
  launchFailed: ({ executablePath, reason }) =>
    [
      `The browser did not start: ${executablePath}`,
      `Reason: ${reason}`,
      "Check:",
      `  1. that it runs: ${executablePath} --headless --disable-gpu --dump-dom about:blank`,
      "  2. missing system libraries (such as libnss3): install the browser with its dependencies through the system's package manager: apt-get install -y chromium",
      "  3. or set ZFXXGK_CHROMIUM to another Chrome, Chromium or Edge.",
    ].join("\n"),
  outputUnexpected: ({ detail }) =>
    `The PDF from the browser has a structure this package cannot read (${detail}); its objects cannot be packed.`,
  noTrailer: () =>
    "The PDF from the browser has no trailer this package can read; document properties cannot be written.",
  invalidDate: () => "creationDate is not a valid date.",
  badOption: ({ name, value }) => `Invalid value for option ${name}: ${value}.`,
  timeout: ({ ms }) =>
    `PDF generation timed out (over ${ms} ms); the job was cut off and its browser page discarded.`,
  closed: () => "The PDF renderer has been closed.",
  crashed: ({ attempts, reason }) =>
    `The browser crashed while printing; ${attempts} attempts failed: ${reason}`,
  failed: ({ attempts, reason }) => `PDF generation failed after ${attempts} attempts: ${reason}`,
} satisfies PdfMessages;
