#!/usr/bin/env node
// Build step: copies from the upstream font packages (devDependencies) only the faces the report
// layout uses — family and weight as named in the report CSS of @zfxxgk/render — into files/, with
// their licences, a manifest (faces.json) and a stylesheet with relative URLs (fonts.css).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

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

/**
 * The same faces whole, one TrueType file each in whole/ (not for the web: they are large), for
 * subsetting per document (`@zfxxgk/pdf`): the
 * static instances of Google Fonts for the Noto faces, and LXGW WenKai's unicode-range files merged
 * into one (upstream publishes it only split), named after the folder the split files are in.
 */
const WHOLE = [
  {
    ...FACES[0],
    from: "@expo-google-fonts/noto-serif-sc",
    file: "400Regular/NotoSerifSC_400Regular.ttf",
  },
  {
    ...FACES[1],
    from: "@expo-google-fonts/noto-serif-sc",
    file: "700Bold/NotoSerifSC_700Bold.ttf",
  },
  {
    ...FACES[2],
    from: "@expo-google-fonts/noto-sans-sc",
    file: "400Regular/NotoSansSC_400Regular.ttf",
  },
  { ...FACES[3], merge: "lxgw-wenkai-webfont", file: "lxgwwenkai-regular.ttf" },
];

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL("../files/", import.meta.url));
const wholeOut = fileURLToPath(new URL("../whole/", import.meta.url));
const cache = fileURLToPath(new URL("../.cache/", import.meta.url));
for (const dir of [out, wholeOut]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

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

const whole = [];
for (const source of WHOLE) {
  const split = faces.filter((f) => f.use === source.use);
  const { family, weight, style } = split[0];
  const folder = dirname(split[0].file);
  const file = `${basename(source.file)}.br`;
  if (source.from) {
    const root = dirname(require.resolve(`${source.from}/package.json`));
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    copyFileSync(compressed(join(root, source.file), `${version}-${file}`), join(wholeOut, file));
    const from = `${source.from}@${version}`;
    if (![...licences.values()].some((l) => l.from === from)) {
      licences.set(from, { from, licence: "OFL-1.1", file: `${folder}/OFL.txt` });
    }
  } else {
    const ttf = await merged(split, source);
    copyFileSync(compressed(ttf, `${basename(ttf)}.br`), join(wholeOut, file));
  }
  whole.push({ family, weight, style, file, use: source.use });
}

writeFileSync(
  join(out, "faces.json"),
  `${JSON.stringify({ faces, whole, licences: [...licences.values()] }, null, 1)}\n`,
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
console.log(
  `@zfxxgk/fonts: ${faces.length} subsets of ${FACES.length} faces, and ${whole.length} whole faces, in files/`,
);

/**
 * A whole face Brotli-compressed (about half the size; `@zfxxgk/pdf` inflates it once per process
 * with node:zlib), kept in .cache/ under `name`, as compressing takes seconds.
 */
function compressed(path, name) {
  const target = join(cache, name);
  if (existsSync(target)) return target;
  const bytes = readFileSync(path);
  mkdirSync(cache, { recursive: true });
  const quality = { [constants.BROTLI_PARAM_QUALITY]: 9 };
  writeFileSync(target, brotliCompressSync(bytes, { params: quality }));
  return target;
}

/**
 * The split files of a face merged into one TrueType font (fonteditor-core; the outlines are copied
 * as they are). Slow (about a minute), so kept in .cache/ under the upstream package's version.
 */
async function merged(split, source) {
  const { version } = JSON.parse(
    readFileSync(require.resolve(`${source.merge}/package.json`), "utf8"),
  );
  const target = join(cache, `${version}-${source.file}`);
  if (existsSync(target)) return target;
  const { Font, woff2 } = (await import("fonteditor-core")).default;
  await woff2.init();
  let font;
  for (const face of split) {
    const part = Font.create(readFileSync(join(out, face.file)), { type: "woff2", hinting: true });
    if (font) font.merge(part, { scale: 1 });
    else font = part;
  }
  mkdirSync(cache, { recursive: true });
  for (const old of readdirSync(cache)) if (old.endsWith(source.file)) rmSync(join(cache, old));
  writeFileSync(target, font.write({ type: "ttf", hinting: true }));
  return target;
}

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
