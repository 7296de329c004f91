import {
  cellById,
  cellPlace,
  type Diagnostic,
  describeCell,
  type MessageLocale,
} from "@zfxxgk/schema";

const places = { "zh-CN": new Map<string, string>(), en: new Map<string, string>() };

/** Where a cell sits, in the official labels (表三「…」行「…」列); cached per cell and language. */
export function place(id: string | undefined, locale: MessageLocale): string {
  if (!id) return "";
  const cache = places[locale];
  let text = cache.get(id);
  if (text === undefined) {
    text = cellPlace(id, locale);
    cache.set(id, text);
  }
  return text;
}

/** The tail every identity message shares: blanks read as 0, or a pass that could not be proven. */
export function blankTail(d: Diagnostic, locale: MessageLocale): string {
  const blanks = d.params?.blanks;
  if (!blanks) return "";
  if (d.difference === 0)
    return locale === "zh-CN"
      ? `按空白为 0 计算成立，但含空白或记号单元格（${blanks}），无法完全核验`
      : `holds with blanks read as 0, but blank or marked cells (${blanks}) keep it from being fully assessed`;
  return locale === "zh-CN"
    ? `；其中空白或记号单元格按 0 计算（${blanks}），无法完全核验`
    : `; blank or marked cells were read as 0 (${blanks}), so this is not fully assessable`;
}

export const signed = (n: unknown) => (typeof n === "number" && n > 0 ? `+${n}` : String(n));

/**
 * The sign of a difference in words: 「总计比各分项之和多 5」 / "the total is 5 more than its parts",
 * where the difference is `first − second`.
 */
export function compared(
  difference: unknown,
  locale: MessageLocale,
  first: string,
  second: string,
): string {
  const n = Number(difference);
  if (locale === "zh-CN") {
    if (!n) return `${first}与${second}相等`;
    return `${first}比${second}${n > 0 ? "多" : "少"} ${Math.abs(n)}`;
  }
  if (!n) return `${first} equals ${second}`;
  return `${first} is ${Math.abs(n)} ${n > 0 ? "more" : "less"} than ${second}`;
}

/** The column label of a cell in official wording, e.g. 自然人 or 法人或其他组织 / 商业企业. */
export function columnOf(id: string | undefined, locale: MessageLocale): string {
  const cell = id ? cellById(id) : undefined;
  return cell ? describeCell(cell, locale === "zh-CN" ? "zh-Hans" : "en").column : "";
}
