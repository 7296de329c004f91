import { EDITIONS, type Edition, isEdition, type Locale } from "@zfxxgk/schema";

/** The data a message names by id, looked up in the registry; each locale file words it. */

/** An edition by id (a finding names the edition's id). */
export const editionNamed = (id: unknown) =>
  isEdition(String(id)) ? EDITIONS[id as Edition] : undefined;

/** An aspect of 一、总体情况 by its official zh-Hans label, in any edition's vocabulary. */
export const aspectLabel = (zhHans: unknown) =>
  Object.values(EDITIONS)
    .flatMap((e) => e.vocabulary.overviewAspects)
    .find((a) => a["zh-Hans"] === zhHans);

/** A section's official heading by its key, in any edition. */
export const sectionHeading = (key: unknown, locale: Locale) =>
  Object.values(EDITIONS)
    .flatMap((e) => e.grid.sections)
    .find((s) => s.key === key)?.heading[locale] ?? String(key);

/** A table's number and title (表三「…」), by its id, in any edition. */
export function tableTitle(id: string, locale: Locale): { number: string; title: string } {
  for (const edition of Object.values(EDITIONS)) {
    const table = edition.grid.tables.find((t) => t.id === id);
    const number = edition.tableNumbers[id];
    if (table && number) return { number: number[locale], title: table.title[locale] };
  }
  return { number: id, title: "" };
}

/** A cross-year or aggregate role (`previous`, `constituents[3]`): which kind, and the role itself. */
export const roleKind = (role: unknown) =>
  String(role ?? "").startsWith("constituents") ? "constituents" : "previous";
