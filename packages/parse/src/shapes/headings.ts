import { EDITIONS, type Label } from "@zfxxgk/schema";
import type { EditionIndex, SectionEntry } from "../grid-index.js";
import { labelKey } from "../normalise.js";

/**
 * Section headings as documents print them after an editor or a converter has been at them: with
 * the edition's numbering (`一、总体情况`), another numbering (`1. 总体情况`, `第一部分 总体情况`) or
 * none (`总体情况`, a Word heading style whose automatic number was lost). Sub-heading numbering in
 * brackets (`（一）`) is never taken for a section's.
 */
const NUMBERING =
  /^\s*(?:第\s*[一二三四五六七八九十0-9]{1,3}\s*(?:部分|章|节|部)\s*[、.．:：]?|[一二三四五六七八九十]{1,3}\s*[、.．]|[0-9]{1,2}\s*(?:[、.．](?![0-9])|\s)|[IVX]{1,4}\s*[、.．])\s*/u;

/** A heading's text without its leading numbering, whatever the style. */
export const withoutNumbering = (text: string) => text.replace(NUMBERING, "");

const byIndex = new WeakMap<EditionIndex, Map<string, SectionEntry>>();

/** The edition's section headings keyed by their text without numbering, in every locale. */
function unnumberedHeadings(index: EditionIndex): Map<string, SectionEntry> {
  const known = byIndex.get(index);
  if (known) return known;
  const map = new Map<string, SectionEntry>();
  const sections = EDITIONS[index.edition].grid.sections;
  sections.forEach((s, i) => {
    const entry = index.sections[i];
    if (!entry) return;
    const texts = [...Object.values(s.heading as Label), ...(s.aliases ?? [])];
    for (const text of texts) {
      const key = labelKey(withoutNumbering(text));
      if (key) map.set(key, entry);
    }
  });
  byIndex.set(index, map);
  return map;
}

/**
 * The section a short line heads: its text as the edition prints it, or (when the line's own
 * numbering differs or is missing) its text without numbering.
 */
export function sectionOfHeading(text: string, index: EditionIndex): SectionEntry | undefined {
  return (
    index.headings.get(labelKey(text)) ??
    unnumberedHeadings(index).get(labelKey(withoutNumbering(text)))
  );
}
