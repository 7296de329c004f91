/**
 * How page numbers "— 1 —" are placed: `gbt9704` after GB/T 9704-2012 §7.5 (odd pages at the right,
 * even pages at the left, one character in from the edge of the text block); `centered` below the
 * middle of the text block.
 */
export type PageNumbers = "gbt9704" | "centered";

/**
 * CSS added after the document's own styles. The `gbt9704` numbers are the document's own (the
 * `@page :right` / `@page :left` rules of `reportCss({ page: true })`), so they need nothing. With
 * the other margin boxes empty, the number's box spans the whole width of the text block, so
 * centring it is only a change of alignment; font, size and distance stay those of the document.
 */
export function pageNumberCss(mode: PageNumbers): string {
  if (mode === "gbt9704") return "";
  return [
    "@page :right{@bottom-right{text-align:center;padding-right:0}}",
    "@page :left{@bottom-left{text-align:center;padding-left:0}}",
  ].join("\n");
}

/** Chromium draws CSS page-margin boxes from version 131 on; older ones need a footer template. */
export const MARGIN_BOXES_SINCE = 131;

/** Puppeteer footer for browsers without margin boxes: centred, since it cannot tell odd from even. */
export const FOOTER_TEMPLATE =
  "<div style=\"width:100%;text-align:center;font-size:14pt;font-family:SimSun,宋体,'Noto Serif SC',serif\">" +
  '— <span class="pageNumber"></span> —</div>';

export function chromiumMajor(version: string): number {
  const major = /(?:Chrome|Chromium)\/(\d+)/.exec(version)?.[1];
  return major ? Number(major) : 0;
}
