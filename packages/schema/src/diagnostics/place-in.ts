import { EDITIONS } from "../editions/index.js";
import type { Locale } from "../grid/types.js";
import { cellPlace } from "./cell-index.js";

/** How a locale names the places of a report that are not cells (each message file has its own). */
export interface PlaceWords {
  /** The metadata fields by key (agency, year …). */
  readonly fields: Readonly<Record<string, string>>;
  /** A section, by its official heading in the locale. */
  readonly section: (heading: string) => string;
  /** The n-th part of a body numbered by the report itself (from 1). */
  readonly body: (n: number) => string;
  /** The whole document (an empty path). */
  readonly document: string;
}

/** Where a JSON Pointer points, in the given words: a cell, a section heading or a metadata field. */
export function placeIn(path: string, locale: Locale, words: PlaceWords, cellId?: string): string {
  if (cellId) return cellPlace(cellId, locale);
  const [area, key] = path.split("/").slice(1);
  if (area === "sections") {
    const section = Object.values(EDITIONS)
      .flatMap((e) => e.grid.sections)
      .find((s) => s.key === key);
    if (section) return `${words.section(section.heading[locale])} (${path})`;
  }
  if (area === "body" && key !== undefined && /^[0-9]+$/.test(key))
    return `${words.body(Number(key) + 1)} (${path})`;
  const field = area === "meta" && key ? words.fields[key] : undefined;
  if (field) return `${field} (${path})`;
  return path || words.document;
}
