export const PRINT_STYLE_ID = "zfxxgk-pdf-print";

/** Synthetic bold and italic are drawn as Type 3 glyphs: only the bundled real faces are used. */
const NO_SYNTHETIC_FACES = "html{font-synthesis:none}";

/**
 * The document each page loads once: the fonts' `@font-face` rules and the page-number override in
 * a style element that stays while reports are swapped
 * in and out.
 */
export function printShell(pageCss: string, fontCss = ""): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style id="${PRINT_STYLE_ID}">\n` +
    `${fontCss}\n${pageCss}\n${NO_SYNTHETIC_FACES}\n</style></head><body></body></html>`
  );
}

/** A face added to the page for one document (it crosses the DevTools protocol as a string). */
export interface DocumentFont {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  readonly unicodeRange: string;
  readonly base64: string;
}

/**
 * Runs in the page (through the DevTools protocol; the page's own scripting stays disabled): parses
 * the report HTML inertly, drops what could navigate or embed (scripts — including the JSON data
 * block, which a PDF does not need —, frames, objects, links, `<base>`, `<meta http-equiv>` such as
 * a refresh), and moves its root attributes, head and body into the shell before the print style.
 * Replaces the previous document's `fonts` (faces outside the shell's style sheet) with this one's
 * and waits for them. `layOut`: lay the document out and wait for the fonts it makes the shell's
 * `@font-face` rules load (unicode-range files load lazily; faces loaded up front need no layout
 * before the print's own). Returns the document title (Chromium's print keeps the shell's).
 */
export async function swapDocument(
  html: string,
  styleId: string,
  fonts: readonly DocumentFont[],
  layOut: boolean,
): Promise<string> {
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
  // (the DOM typings lack the set-like methods of FontFaceSet; `clear` keeps the CSS faces)
  const set = document.fonts as unknown as { clear(): void; add(face: FontFace): void };
  set.clear();
  if (fonts.length) {
    // Chromium 140+ decodes base64 natively; older ones go through a binary string.
    type Bytes = Uint8Array<ArrayBuffer>;
    const native = (Uint8Array as { fromBase64?: (text: string) => Bytes }).fromBase64;
    const fromBase64 = (text: string): Bytes =>
      native ? native(text) : Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
    const faces = fonts.map((font) => {
      const { family, base64, ...descriptors } = font;
      const face = new FontFace(family, fromBase64(base64), descriptors);
      set.add(face);
      return face.loaded;
    });
    await Promise.all(faces);
  }
  if (layOut) {
    void document.body.offsetHeight;
    await document.fonts.ready;
  }
  return document.title;
}

/** Runs in the page: loads every face of the shell's `@font-face` rules, once per page. */
export async function loadShellFonts(): Promise<void> {
  const faces = document.fonts as unknown as Iterable<FontFace>;
  await Promise.all(Array.from(faces, (face) => face.load()));
}
