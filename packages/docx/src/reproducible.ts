import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from "fflate";
import type { Typography } from "./typography.js";

/** Zip entry time of every part: the earliest a zip can hold, in local time as zip stores it. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The package made reproducible: the creation and modification times in docProps/core.xml set to
 * `date`, every zip entry dated alike, and the font table naming each official face's open-licence
 * alternative (Word and LibreOffice use it when the official face is not installed).
 */
export function reproducible(
  packed: Uint8Array,
  { date, type }: { date: string; type: Typography },
): Uint8Array {
  const parts = unzipSync(packed);
  const core = parts["docProps/core.xml"];
  if (core) {
    parts["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${date}$2`,
      ),
    );
  }
  const fonts = parts["word/fontTable.xml"];
  if (fonts) parts["word/fontTable.xml"] = strToU8(withAlternatives(strFromU8(fonts), type));
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(parts)) entries[name] = [data, { mtime: ZIP_TIME }];
  return zipSync(entries, { level: 6 });
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function withAlternatives(xml: string, type: Typography): string {
  const seen = new Set<string>();
  const fonts = Object.values(type.fonts).filter((f) => {
    if (seen.has(f.name)) return false;
    seen.add(f.name);
    return true;
  });
  const entries = fonts
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.fallback)}"/></w:font>`,
    )
    .join("");
  return /<\/w:fonts>\s*$/.test(xml)
    ? xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`)
    : xml.replace(/\/>\s*$/, `>${entries}</w:fonts>`);
}
