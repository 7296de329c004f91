import { EDITIONS } from "../editions/index.js";
import { cellPlace } from "./cell-index.js";
import type { MessageLocale } from "./diagnostic.js";
import { localeOf } from "./locale.js";

const META_FIELDS: Record<string, [string, string]> = {
  agency: ["机关名称", "agency"],
  year: ["报告年度", "report year"],
  title: ["标题", "title"],
  period: ["统计期限", "statistical period"],
  publishedOn: ["发布日期", "publication date"],
  contact: ["联系方式", "contact"],
  creditCode: ["统一社会信用代码", "unified social credit code"],
  divisionCode: ["行政区划代码", "administrative division code"],
};

/** Where a JSON Pointer points, in the words of the report: a cell, a section heading or a metadata field. */
export function placeOf(path: string, locale: MessageLocale, cellId?: string): string {
  if (cellId) return cellPlace(cellId, locale);
  const [area, key] = path.split("/").slice(1);
  const lang = localeOf(locale) ?? "zh-Hans";
  const zh = lang !== "en";
  if (area === "sections") {
    const section = Object.values(EDITIONS)
      .flatMap((e) => e.grid.sections)
      .find((s) => s.key === key);
    if (section)
      return `${zh ? `「${section.heading[lang]}」` : `"${section.heading[lang]}"`} (${path})`;
  }
  if (area === "body" && key !== undefined && /^[0-9]+$/.test(key)) {
    const n = Number(key) + 1;
    return `${locale === "zh-CN" ? `正文第${n}部分` : `section ${n} of the body`} (${path})`;
  }
  if (area === "meta" && key && META_FIELDS[key]) {
    return `${META_FIELDS[key][zh ? 0 : 1]} (${path})`;
  }
  return path || (zh ? "整个文档" : "the document");
}
