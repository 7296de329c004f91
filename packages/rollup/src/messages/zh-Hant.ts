// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import type { Diagnostic } from "@zfxxgk/schema";
import type { RollupErrorMessages, RollupMessages } from "./types.js";

// 彙總所得結果的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
// （`npm run messages`），請勿直接修改生成的文件。

/** 「名稱」（標籤）：一個組成單位。 */
const who = (d: Diagnostic) => {
  const name = String(d.params?.constituent ?? "");
  const label = String(d.params?.label ?? "");
  return label && label !== name ? `「${name}」（${label}）` : `「${name}」`;
};
const cellList = (d: Diagnostic) =>
  d.cells.length > 6
    ? `${d.cells.slice(0, 6).join("、")} 等 ${d.cells.length} 格`
    : d.cells.join("、");

export default {
  "rollup/invalid": (d) => `${who(d)}不是有效的報告（${d.params?.count} 處錯誤），未彙總`,
  "rollup/constituent-errors": (d) =>
    `${who(d)}的報告有 ${d.params?.count} 處錯誤，仍按原數彙總；請先更正該報告`,
  "rollup/duplicate-content": (d) =>
    `${who(d)}與「${d.params?.keptName}」（${d.params?.kept}）內容完全相同，只彙總一次`,
  "rollup/duplicate-body": (d) =>
    `${who(d)}與「${d.params?.keptName}」（${d.params?.kept}）是同一單位（名稱或統一社會信用代碼相同），未重複彙總，只計前者`,
  "rollup/year": (d) => `${who(d)}是 ${d.actual} 年度的報告，彙總的是 ${d.expected} 年度，未彙總`,
  "rollup/edition-refused": (d) =>
    `${who(d)}為 ${d.actual} 年格式，彙總為 ${d.expected} 年格式，${d.params?.crosswalk === "refused" ? "按設置不作換算" : "兩種格式間沒有確切的對應"}，未彙總`,
  "rollup/edition-mapped": (d) =>
    `${who(d)}為 ${d.params?.from} 年格式，已按格式對應關係換算為 ${d.expected} 年格式：${d.params?.mapped} 格確切對應${Number(d.params?.unmapped) > 0 ? `，${d.params?.unmapped} 格無對應、未計入：${cellList(d)}` : ""}`,
  "rollup/unit-converted": (d) =>
    `${who(d)}的 ${d.cells[0]} 寫作「${d.actual}」，已換算為 ${d.params?.wan} 萬元`,
  "rollup/unit-missing": (d) =>
    `${who(d)}的 ${d.cells[0]} 寫作「${d.actual}」，未寫單位，按${d.params?.unit}計（${d.params?.wan} 萬元）；請核實`,
  "rollup/unit-slip": (d) =>
    `${who(d)}的 ${d.cells[0]} 為 ${d.actual} 萬元，是各單位中位數 ${d.params?.median} 的 ${d.params?.ratio} 倍以上，可能把元填成了萬元`,
  "rollup/blank": (d) => `${who(d)}有 ${d.params?.count} 格空白，按 0 彙總：${cellList(d)}`,
  "rollup/mark": (d) =>
    `${who(d)}有 ${d.params?.count} 格寫有「—」「/」「無」等記號，按 0 彙總：${cellList(d)}`,
  "rollup/joint-documents": (d) =>
    `${d.cells[0]} 彙總為 ${d.actual}（${d.params?.bodies} 個單位）：聯合發佈的文件由各聯合發佈機構分別統計，簡單相加會重複計數`,
  "rollup/missing": (d) =>
    `應彙總的「${d.params?.name || d.params?.creditCode}」${d.params?.name && d.params?.creditCode ? `（${d.params?.creditCode}）` : ""}沒有報告${Number(d.params?.line) > 0 ? `（名單第 ${d.params?.line} 行）` : ""}`,
  "rollup/unexpected": (d) => `${who(d)}不在應彙總名單中，已彙總；請核實`,
  "rollup/narrative": () =>
    "敘述部分不能相加，彙總報告的敘述文字（包括其中的比率）需按彙總數另行撰寫",
} satisfies RollupMessages;

/** 彙總時拋出的錯誤的措辭。 */
export const errors = {
  noEdition: ({ year }) => `${year} 年度沒有對應的報告格式版本，無法彙總`,
  expectedNoName: ({ line }) => `應彙總名單第 ${line} 行：沒有單位名稱`,
} satisfies RollupErrorMessages;
