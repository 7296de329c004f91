import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ASSET_ORIGIN } from "./origin.js";

/**
 * The open-licence fallbacks the report CSS names after the official faces, as shipped by their
 * npm packages: one woff2 (TrueType outlines) per unicode-range subset, so Chromium embeds CID
 * TrueType subsets and only fetches the subsets a report uses.
 */
const FONT_SOURCES = [
  { pkg: "@fontsource/noto-serif-sc", css: ["400.css", "700.css"] },
  { pkg: "@fontsource/noto-sans-sc", css: ["400.css", "700.css"] },
  { pkg: "lxgw-wenkai-webfont", css: ["lxgwwenkai-regular.css", "lxgwwenkai-bold.css"] },
] as const;

/** The families {@link FONT_SOURCES} provide, as named in the report CSS. */
export const BUNDLED_FONT_FAMILIES = ["Noto Serif SC", "Noto Sans SC", "LXGW WenKai"] as const;

export interface BundledFonts {
  /** `@font-face` rules pointing at {@link ASSET_ORIGIN}. */
  readonly css: string;
  /** The only font URLs the page may load, each with the file that answers it. */
  readonly files: ReadonlyMap<string, string>;
}

let bundled: BundledFonts | undefined;

/** The bundled fonts, read once from the installed font packages. */
export function bundledFonts(): BundledFonts {
  bundled ??= loadBundledFonts();
  return bundled;
}

function loadBundledFonts(): BundledFonts {
  const require = createRequire(import.meta.url);
  const files = new Map<string, string>();
  const rules: string[] = [];
  for (const source of FONT_SOURCES) {
    const root = dirname(require.resolve(`${source.pkg}/package.json`));
    for (const cssFile of source.css) {
      const cssPath = join(root, cssFile);
      for (const face of parseFontFaces(readFileSync(cssPath, "utf8"))) {
        const url = `${ASSET_ORIGIN}/fonts/${files.size}.woff2`;
        files.set(url, join(dirname(cssPath), face.woff2));
        rules.push(
          `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};` +
            `font-display:block;src:url("${url}") format("woff2");unicode-range:${face.unicodeRange}}`,
        );
      }
    }
  }
  return { css: rules.join("\n"), files };
}

interface FontFace {
  readonly family: string;
  readonly style: string;
  readonly weight: string;
  readonly unicodeRange: string;
  /** Path of the woff2 file relative to the CSS file. */
  readonly woff2: string;
}

/** The `@font-face` rules of a font package's CSS (its own files only; anything else is skipped). */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body = ""] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const prop = (name: string) =>
      new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const family = prop("font-family")?.replace(/^['"]|['"]$/g, "");
    const woff2 = /url\(\s*['"]?(\.\/files\/[\w.-]+\.woff2)['"]?\s*\)/.exec(prop("src") ?? "")?.[1];
    const unicodeRange = prop("unicode-range");
    if (!family || !woff2 || !unicodeRange || !/^[\w ]+$/.test(family)) continue;
    if (!/^[Uu+0-9a-fA-F?,\s-]+$/.test(unicodeRange)) continue;
    faces.push({
      family,
      style: prop("font-style") === "italic" ? "italic" : "normal",
      weight: /^\d{3}$/.test(prop("font-weight") ?? "") ? (prop("font-weight") as string) : "400",
      unicodeRange,
      woff2,
    });
  }
  return faces;
}
