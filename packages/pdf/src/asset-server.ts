import { readFile } from "node:fs/promises";
import type { HTTPRequest, Page } from "puppeteer-core";
import { bundledFonts } from "./fonts.js";
import { DOCUMENT_CSP, DOCUMENT_URL } from "./origin.js";

/** The HTML a page is served at {@link DOCUMENT_URL}: the print shell each report is swapped into. */
export interface DocumentSlot {
  readonly html: string;
}

const fontCache = new Map<string, Promise<Buffer>>();

function fontBytes(path: string): Promise<Buffer> {
  let bytes = fontCache.get(path);
  if (!bytes) {
    bytes = readFile(path);
    bytes.catch(() => fontCache.delete(path));
    fontCache.set(path, bytes);
  }
  return bytes;
}

/**
 * Intercept every request of the page: the document URL gets the current HTML, the allow-listed
 * font URLs get the bundled font files, and everything else — network, `file:`, other schemes —
 * is aborted before it leaves the browser.
 */
export async function serveOnlyOwnAssets(page: Page, slot: DocumentSlot): Promise<void> {
  const fonts = bundledFonts().files;
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    void answer(request, slot, fonts).catch(() => {
      // The page went away while answering (closed or crashed); nothing is waiting for it.
    });
  });
}

async function answer(
  request: HTTPRequest,
  slot: DocumentSlot,
  fonts: ReadonlyMap<string, string>,
): Promise<void> {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  if (
    url === DOCUMENT_URL &&
    request.isNavigationRequest() &&
    request.frame()?.parentFrame() == null
  ) {
    await request.respond({
      status: 200,
      headers: { "content-security-policy": DOCUMENT_CSP, "cache-control": "no-store" },
      contentType: "text/html; charset=utf-8",
      body: slot.html,
    });
    return;
  }
  const font = request.method() === "GET" ? fonts.get(url) : undefined;
  if (font) {
    await request.respond({
      status: 200,
      contentType: "font/woff2",
      body: await fontBytes(font),
    });
    return;
  }
  await request.abort("blockedbyclient");
}
