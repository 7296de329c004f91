import { cellById, cellPlace, describeCell, type Locale } from "@zfxxgk/schema";

const places = new Map<Locale, Map<string, string>>();

/** Where a cell sits, in the official labels (表三「…」行「…」列); cached per cell and language. */
export function place(id: string | undefined, locale: Locale): string {
  if (!id) return "";
  let cache = places.get(locale);
  if (!cache) {
    cache = new Map();
    places.set(locale, cache);
  }
  let text = cache.get(id);
  if (text === undefined) {
    text = cellPlace(id, locale);
    cache.set(id, text);
  }
  return text;
}

export const signed = (n: unknown) => (typeof n === "number" && n > 0 ? `+${n}` : String(n));

/** The column label of a cell in official wording, e.g. 自然人 or 法人或其他组织 / 商业企业. */
export function columnOf(id: string | undefined, locale: Locale): string {
  const cell = id ? cellById(id) : undefined;
  return cell ? describeCell(cell, locale).column : "";
}
