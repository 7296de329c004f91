/**
 * How page numbers "— 1 —" are placed: `gbt9704` after GB/T 9704-2012 §7.5 (odd pages at the right,
 * even pages at the left, one character in from the edge of the text block); `centered` below the
 * middle of the text block.
 */
export type PageNumbers = "gbt9704" | "centered";

const NUMBER_BOX =
  'content:"— " counter(page) " —";font-family:"Times New Roman","Noto Serif SC",serif;' +
  "font-size:14pt;font-weight:normal;vertical-align:top;padding-top:7mm";

/**
 * CSS page-margin boxes for the page numbers, added after the report's own styles so they win.
 * `:right` pages are the odd ones (page 1 is a right page in left-to-right documents).
 */
export function pageNumberCss(mode: PageNumbers): string {
  if (mode === "centered") {
    return `@page{@bottom-center{${NUMBER_BOX}}@bottom-left{content:none}@bottom-right{content:none}}`;
  }
  return [
    `@page :right{@bottom-center{content:none}@bottom-left{content:none}@bottom-right{${NUMBER_BOX};text-align:right;padding-right:1em}}`,
    `@page :left{@bottom-center{content:none}@bottom-right{content:none}@bottom-left{${NUMBER_BOX};text-align:left;padding-left:1em}}`,
  ].join("\n");
}

/** Chromium draws CSS page-margin boxes from version 131 on; older ones need a footer template. */
export const MARGIN_BOXES_SINCE = 131;

/** Puppeteer footer for browsers without margin boxes: centred, since it cannot tell odd from even. */
export const FOOTER_TEMPLATE =
  "<div style=\"width:100%;text-align:center;font-size:14pt;font-family:'Times New Roman',serif\">" +
  '— <span class="pageNumber"></span> —</div>';

export function chromiumMajor(version: string): number {
  const major = /(?:Chrome|Chromium)\/(\d+)/.exec(version)?.[1];
  return major ? Number(major) : 0;
}
