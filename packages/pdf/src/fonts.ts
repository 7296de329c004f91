import { fontFaces, fontFacesCss, fontFilePath } from "@zfxxgk/fonts";
import { ASSET_ORIGIN } from "./origin.js";

/** The families of `@zfxxgk/fonts`, as named in the report CSS after the official faces. */
export const BUNDLED_FONT_FAMILIES = ["Noto Serif SC", "Noto Sans SC", "LXGW WenKai"] as const;

export interface BundledFonts {
  /** `@font-face` rules pointing at {@link ASSET_ORIGIN}. */
  readonly css: string;
  /** The only font URLs the page may load, each with the file that answers it. */
  readonly files: ReadonlyMap<string, string>;
}

let bundled: BundledFonts | undefined;

/**
 * The faces of `@zfxxgk/fonts` (woff2 with TrueType outlines, one file per unicode-range subset),
 * served from the renderer's own origin, so Chromium embeds CID TrueType subsets and only fetches
 * the subsets a report uses.
 */
export function bundledFonts(): BundledFonts {
  bundled ??= {
    css: fontFacesCss((face) => fontUrl(face.file), "block"),
    files: new Map(fontFaces().map((face) => [fontUrl(face.file), fontFilePath(face.file)])),
  };
  return bundled;
}

const fontUrl = (file: string) => `${ASSET_ORIGIN}/fonts/${file}`;
