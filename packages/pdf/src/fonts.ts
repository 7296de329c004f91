import { readFile } from "node:fs/promises";
import { fontFaces, fontFacesCss, fontFilePath } from "@zfxxgk/fonts";
import { commonFaces } from "./font-subsets.js";
import { ASSET_ORIGIN } from "./origin.js";

/** The families of `@zfxxgk/fonts`, as named in the report CSS after the official faces. */
export const BUNDLED_FONT_FAMILIES = ["Noto Serif SC", "Noto Sans SC", "LXGW WenKai"] as const;

/** Fonts a page loads through its shell's `@font-face` rules. */
export interface ServedFonts {
  /** `@font-face` rules pointing at {@link ASSET_ORIGIN}. */
  readonly css: string;
  /** The only font URLs the page may load, each with its bytes. */
  readonly files: ReadonlyMap<string, ServedFont>;
}

export interface ServedFont {
  readonly contentType: string;
  readonly bytes: () => Promise<Uint8Array>;
}

let bundled: ServedFonts | undefined;
let common: ServedFonts | undefined;

/**
 * The faces of `@zfxxgk/fonts` (woff2 with TrueType outlines, one file per unicode-range subset),
 * served from the renderer's own origin, so Chromium embeds CID TrueType subsets and only fetches
 * the subsets a report uses.
 */
export function bundledFonts(): ServedFonts {
  bundled ??= {
    css: fontFacesCss((face) => fontUrl(face.file), "block"),
    files: new Map(
      fontFaces().map((face) => [
        fontUrl(face.file),
        { contentType: "font/woff2", bytes: cached(() => readFile(fontFilePath(face.file))) },
      ]),
    ),
  };
  return bundled;
}

/**
 * Each bundled face whole but cut down to the common characters ({@link commonFaces}), one
 * TrueType font per family and weight, served from the renderer's own origin.
 */
export function commonFonts(): ServedFonts {
  if (common) return common;
  const faces = commonFaces().map((face) => ({
    face,
    url: fontUrl(`common/${face.family.replaceAll(" ", "")}-${face.weight}-${face.style}.ttf`),
  }));
  common = {
    css: faces
      .map(
        ({ face, url }) =>
          `@font-face{font-family:"${face.family}";font-style:${face.style};` +
          `font-weight:${face.weight};font-display:block;src:url("${url}") format("truetype")}`,
      )
      .join("\n"),
    files: new Map(
      faces.map(({ face, url }) => [
        url,
        { contentType: "font/ttf", bytes: () => Promise.resolve(face.bytes) },
      ]),
    ),
  };
  return common;
}

const fontUrl = (file: string) => `${ASSET_ORIGIN}/fonts/${file}`;

/** Reads once; a failed read is tried again next time. */
function cached(read: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let bytes: Promise<Uint8Array> | undefined;
  return () => {
    if (!bytes) {
      bytes = read();
      bytes.catch(() => {
        bytes = undefined;
      });
    }
    return bytes;
  };
}
