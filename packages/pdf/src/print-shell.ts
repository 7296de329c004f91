import type { FontSubset } from "./font-subsets.js";

export const PRINT_STYLE_ID = "zfxxgk-pdf-print";

/** Synthetic bold and italic are drawn as Type 3 glyphs: only the bundled real faces are used. */
const NO_SYNTHETIC_FACES = "html{font-synthesis:none}";

/**
 * Nothing is laid out, painted or composited for the screen: printing lays the document out again
 * for print media anyway, so the screen's layout of every report was work thrown away (about a
 * sixth of Chromium's CPU time per document). Only when the fonts come as bytes (`FontFaceSet`),
 * which need no layout to load; `@font-face` files with unicode-ranges start loading from layout.
 */
const NOT_ON_SCREEN = "@media not print{html{display:none}}";

/**
 * The document each page loads once: the page-number override (and, when fonts are not subset per
 * document, the bundled `@font-face` rules) in a style element that stays while reports are swapped
 * in and out. Without `fontCss` the documents are not laid out for the screen ({@link NOT_ON_SCREEN}).
 */
export function printShell(pageCss: string, fontCss = ""): string {
  const screen = fontCss ? "" : NOT_ON_SCREEN;
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style id="${PRINT_STYLE_ID}">\n` +
    `${fontCss}\n${pageCss}\n${NO_SYNTHETIC_FACES}\n${screen}\n</style></head><body></body></html>`
  );
}

/** What a report swapped into the shell needs next. */
export interface SwappedDocument {
  /** The document title (Chromium's print keeps the title of the shell). */
  readonly title: string;
  /**
   * With `families` given: the text each of those families draws, by `family|weight` (what the
   * cascade gives each text node), and under `*` the text of the style sheets (generated content).
   */
  readonly text: Readonly<Record<string, string>> | null;
}

/**
 * Runs in the page (through the DevTools protocol; the page's own scripting stays disabled): parses
 * the report HTML inertly, drops what could navigate or embed (scripts — including the JSON data
 * block, which a PDF does not need —, frames, objects, links, `<base>`, `<meta http-equiv>` such as
 * a refresh), and moves its root attributes, head and body into the shell before the print style.
 * Without `families` it lays the document out so the fonts it needs start loading, and waits for
 * them; with them it returns the text each family draws, for {@link installFonts}.
 */
export async function swapDocument(
  html: string,
  styleId: string,
  families: readonly string[] | null,
): Promise<SwappedDocument> {
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
  if (!families) {
    void document.body.offsetHeight;
    await document.fonts.ready;
    return { title: document.title, text: null };
  }
  // Computed styles only (no layout yet): which of `families` each text node is drawn with.
  const text: Record<string, string> = {
    "*": Array.from(document.querySelectorAll("style"), (style) => style.textContent).join(""),
  };
  const unquote = (name: string) => name.trim().replace(/^["']|["']$/g, "");
  // One key per distinct font-family and weight: the family list is parsed once, not per node.
  const keys = new Map<string, string | null>();
  const keyOf = (element: Element): string | null => {
    const style = getComputedStyle(element);
    const cascade = `${style.fontFamily}|${style.fontWeight}`;
    let key = keys.get(cascade);
    if (key === undefined) {
      const family = style.fontFamily
        .split(",")
        .map(unquote)
        .find((f) => families.includes(f));
      key = family ? `${family}|${style.fontWeight}` : null;
      keys.set(cascade, key);
    }
    return key;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim()) continue;
    const key = keyOf(parent);
    if (key) text[key] = (text[key] ?? "") + node.nodeValue;
  }
  // Each character once: the text crosses the protocol back to Node.
  for (const key of Object.keys(text)) text[key] = [...new Set(text[key])].join("");
  return { title: document.title, text };
}

/**
 * Runs in the page: puts the document's font subsets in place of the previous document's (in the
 * `FontFaceSet`, not fetched) and waits for them. No layout is forced: the fonts are loaded from
 * bytes, and the print lays the document out.
 */
export async function installFonts(fonts: readonly FontSubset[]): Promise<void> {
  // Chromium 140+ decodes base64 natively; older ones go through a binary string.
  type Bytes = Uint8Array<ArrayBuffer>;
  const native = (Uint8Array as { fromBase64?: (text: string) => Bytes }).fromBase64;
  const fromBase64 = (text: string): Bytes =>
    native ? native(text) : Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  // (the DOM typings lack the set-like methods of FontFaceSet)
  const set = document.fonts as unknown as { clear(): void; add(face: FontFace): void };
  set.clear();
  const loaded = fonts.map((font) => {
    const face = new FontFace(font.family, fromBase64(font.base64), {
      weight: font.weight,
      style: font.style,
    });
    set.add(face);
    return face.loaded;
  });
  await Promise.all(loaded);
  await document.fonts.ready;
}
