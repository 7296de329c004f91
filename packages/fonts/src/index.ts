import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";

/** One `@font-face`: a woff2 file with TrueType outlines holding one unicode-range of a face. */
export interface FontFace {
  /** As named in the report CSS, e.g. `Noto Serif SC`. */
  readonly family: string;
  /** CSS weight, e.g. `400`. */
  readonly weight: string;
  readonly style: "normal" | "italic";
  /** CSS `unicode-range` value. */
  readonly unicodeRange: string;
  /** Path under {@link FONT_FILES_DIR}, with `/` separators, e.g. `noto-serif-sc/noto-serif-sc-4-400-normal.woff2`. */
  readonly file: string;
  /** What the report layout draws with this face. */
  readonly use: string;
}

/** One face whole: a TrueType file with every glyph of the face, for subsetting to a document's text. */
export interface WholeFace {
  readonly family: string;
  readonly weight: string;
  readonly style: "normal" | "italic";
  /**
   * File name in the package's `whole/` folder (see {@link wholeFacePath}): the TrueType file
   * Brotli-compressed, e.g. `NotoSerifSC_400Regular.ttf.br`; {@link wholeFaceBytes} inflates it.
   */
  readonly file: string;
  readonly use: string;
}

/** Where a face's fonts come from and under which licence; `file` is the licence text in files/. */
export interface FontLicence {
  readonly from: string;
  readonly licence: string;
  readonly file: string;
}

/** The folder holding the font files, `fonts.css` (relative URLs) and the licence texts. */
export const FONT_FILES_DIR = fileURLToPath(new URL("../files/", import.meta.url));

interface Manifest {
  readonly faces: readonly FontFace[];
  readonly whole: readonly WholeFace[];
  readonly licences: readonly FontLicence[];
}

let manifest: Manifest | undefined;

function load(): Manifest {
  manifest ??= JSON.parse(readFileSync(new URL("../files/faces.json", import.meta.url), "utf8"));
  return manifest as Manifest;
}

/** Every bundled `@font-face`, in the order of the stylesheet. */
export function fontFaces(): readonly FontFace[] {
  return load().faces;
}

/** Each face of {@link fontFaces} once, whole (one TrueType file per family, weight and style). */
export function wholeFaces(): readonly WholeFace[] {
  return load().whole;
}

/** The TrueType bytes of a whole face (inflated from its file; about 0.1 s per face). */
export function wholeFaceBytes(face: WholeFace): Buffer {
  return brotliDecompressSync(readFileSync(wholeFacePath(face.file)));
}

/** The absolute path of a {@link WholeFace.file} (Brotli-compressed TrueType). */
export function wholeFacePath(file: string): string {
  return fileURLToPath(new URL(`../whole/${file}`, import.meta.url));
}

export function fontLicences(): readonly FontLicence[] {
  return load().licences;
}

/** The absolute path of a {@link FontFace.file}. */
export function fontFilePath(file: string): string {
  return fileURLToPath(new URL(`../files/${file}`, import.meta.url));
}

/**
 * `@font-face` rules for every bundled face, each file at the URL `url` gives it — for serving the
 * files from your own origin (`files/fonts.css` is the same with URLs relative to itself).
 */
export function fontFacesCss(url: (face: FontFace) => string, display = "swap"): string {
  return fontFaces()
    .map(
      (f) =>
        `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};` +
        `font-display:${display};src:url("${url(f)}") format("woff2");unicode-range:${f.unicodeRange}}`,
    )
    .join("\n");
}
