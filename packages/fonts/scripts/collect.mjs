#!/usr/bin/env node
// Build step: copies from the upstream font packages (devDependencies) only the faces the report
// layout uses — family and weight as named in the report CSS of @zfxxgk/render — into files/, with
// their licences, a manifest (faces.json) and a stylesheet with relative URLs (fonts.css).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Each face the layout draws: body, tables and page numbers; title; headings; subheadings. */
const FACES = [
  {
    pkg: "@fontsource/noto-serif-sc",
    css: "400.css",
    licence: "LICENSE",
    use: "body, tables, page numbers",
  },
  { pkg: "@fontsource/noto-serif-sc", css: "700.css", licence: "LICENSE", use: "title" },
  { pkg: "@fontsource/noto-sans-sc", css: "400.css", licence: "LICENSE", use: "headings" },
  {
    pkg: "lxgw-wenkai-webfont",
    css: "lxgwwenkai-regular.css",
    licence: "OFL.txt",
    use: "subheadings",
  },
];

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL("../files/", import.meta.url));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const faces = [];
const licences = new Map();
for (const source of FACES) {
  const root = dirname(require.resolve(`${source.pkg}/package.json`));
  const folder = basename(source.pkg);
  mkdirSync(join(out, folder), { recursive: true });
  const licence = `${folder}/${source.licence.replace(/^LICENSE$/, "OFL.txt")}`;
  if (!licences.has(licence)) {
    copyFileSync(join(root, source.licence), join(out, licence));
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    licences.set(licence, { from: `${source.pkg}@${version}`, licence: "OFL-1.1", file: licence });
  }
  const cssPath = join(root, source.css);
  const found = parseFontFaces(readFileSync(cssPath, "utf8"));
  if (found.length === 0) throw new Error(`${source.pkg}/${source.css}: no @font-face rules found`);
  for (const face of found) {
    const file = `${folder}/${basename(face.woff2)}`;
    copyFileSync(join(dirname(cssPath), face.woff2), join(out, file));
    faces.push({
      family: face.family,
      weight: face.weight,
      style: face.style,
      unicodeRange: face.unicodeRange,
      file,
      use: source.use,
    });
  }
}

writeFileSync(
  join(out, "faces.json"),
  `${JSON.stringify({ faces, licences: [...licences.values()] }, null, 1)}\n`,
);
writeFileSync(
  join(out, "fonts.css"),
  `/* @zfxxgk/fonts: the open-licence faces of the report layout (licences in each folder). */\n${faces
    .map(
      (f) =>
        `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};` +
        `font-display:swap;src:url("./${f.file}") format("woff2");unicode-range:${f.unicodeRange}}`,
    )
    .join("\n")}\n`,
);
console.log(`@zfxxgk/fonts: ${faces.length} subsets of ${FACES.length} faces in files/`);

/** The `@font-face` rules of a font package's CSS (woff2 files of its own; anything else is skipped). */
function parseFontFaces(css) {
  const faces = [];
  for (const [, body = ""] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const prop = (name) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const family = prop("font-family")?.replace(/^['"]|['"]$/g, "");
    const woff2 = /url\(\s*['"]?(\.\/files\/[\w.-]+\.woff2)['"]?\s*\)/.exec(prop("src") ?? "")?.[1];
    const unicodeRange = prop("unicode-range")?.replace(/\s+/g, "");
    if (!family || !woff2 || !unicodeRange || !/^[\w ]+$/.test(family)) continue;
    if (!/^[Uu+0-9a-fA-F?,-]+$/.test(unicodeRange)) continue;
    faces.push({
      family,
      style: prop("font-style") === "italic" ? "italic" : "normal",
      weight: /^\d{3}$/.test(prop("font-weight") ?? "") ? prop("font-weight") : "400",
      unicodeRange,
      woff2,
    });
  }
  return faces;
}
