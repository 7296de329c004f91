import { bundledFonts } from "./fonts.js";

export const PRINT_STYLE_ID = "zfxxgk-pdf-print";

/** Synthetic bold and italic are drawn as Type 3 glyphs: only the bundled real faces are used. */
const NO_SYNTHETIC_FACES = "html{font-synthesis:none}";

/**
 * The document each page loads once: the bundled `@font-face` rules and the page-number override in
 * a style element that stays while reports are swapped in and out, so fonts load once per page.
 */
export function printShell(pageCss: string): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style id="${PRINT_STYLE_ID}">\n` +
    `${bundledFonts().css}\n${pageCss}\n${NO_SYNTHETIC_FACES}\n</style></head><body></body></html>`
  );
}

/**
 * Runs in the page (through the DevTools protocol; the page's own scripting stays disabled): parses
 * the report HTML inertly, drops what could navigate or embed (scripts — including the JSON data
 * block, which a PDF does not need —, frames, objects, links, `<base>`, `<meta http-equiv>` such as
 * a refresh), moves its root attributes, head and body into the shell before the
 * print style, lays it out so the fonts it needs start loading, and waits for them. Returns the
 * document title (Chromium's print keeps the title of the shell).
 */
export async function swapDocument(html: string, styleId: string): Promise<string> {
  const INERT_ONLY = "script, iframe, frame, frameset, object, embed, link, base, meta[http-equiv]";
  const next = new DOMParser().parseFromString(html, "text/html");
  for (const element of Array.from(next.querySelectorAll(INERT_ONLY))) element.remove();
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const name of next.documentElement.getAttributeNames()) {
    root.setAttribute(name, next.documentElement.getAttribute(name) ?? "");
  }
  // The print style never leaves the document: re-inserting it would rebuild every font face.
  const printStyle = document.getElementById(styleId);
  for (const node of Array.from(document.head.childNodes)) if (node !== printStyle) node.remove();
  if (printStyle) printStyle.before(...Array.from(next.head.childNodes));
  else document.head.append(...Array.from(next.head.childNodes));
  document.body.replaceWith(next.body);
  void document.body.offsetHeight;
  await document.fonts.ready;
  return document.title;
}
