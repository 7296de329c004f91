// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import type { Diagnostic } from "../diagnostic.js";
import { type PlaceWords, placeIn } from "../place-in.js";
import type { SchemaMessages } from "./types.js";

/**
 * 報告模型校驗結果的簡體中文措辭：每個代碼一條。繁體中文（zh-Hant.ts）由本文件轉換生成
 * （`npm run messages`），請勿直接修改生成的文件。
 */
const L = "zh-Hant";

const at = (d: Diagnostic) => placeIn(d.path, L, where, d.cells[0]);
/** 報告中單元格以外的位置的叫法。 */
export const where: PlaceWords = {
  fields: {
    agency: "機關名稱",
    year: "報告年度",
    title: "標題",
    period: "統計期限",
    publishedOn: "發佈日期",
    contact: "聯繫方式",
    creditCode: "統一社會信用代碼",
    divisionCode: "行政區劃代碼",
  },
  section: (heading) => `「${heading}」`,
  body: (n) => `正文第${n}部分`,
  document: "整個文檔",
};

const show = (v: unknown) => JSON.stringify(v);

export default {
  "schema/json-syntax": (d) => `不是有效的 JSON：${d.params?.detail}`,
  "schema/not-object": (d) => `報告應為 JSON 對象，實為 ${d.params?.type}`,
  "schema/unreadable": (d) => `讀取報告對象時出錯（不是純數據？）：${d.params?.detail}`,
  "schema/unknown-edition": (d) => `未知的格式版本 ${show(d.actual)}；可用版本：${d.expected}`,
  "schema/missing": (d) => `${at(d)}：缺少必填項`,
  "schema/unknown-property": (d) => `${at(d)}：未知字段（請檢查拼寫）`,
  "schema/invalid-type": (d) => `${at(d)}：類型錯誤，應為 ${d.expected}，實為 ${d.params?.type}`,
  "schema/invalid-value": (d) => `${at(d)}：取值 ${show(d.actual)} 無效，應為 ${d.expected}`,
  "schema/invalid-format": (d) => `${at(d)}：格式不符（${d.expected}），實為 ${show(d.actual)}`,
  "schema/too-small": (d) =>
    `${at(d)}：${d.params?.empty ? "不能為空" : `應不小於 ${d.expected}，實為 ${d.actual}`}`,
  "schema/too-big": (d) => `${at(d)}：值過大（上限 ${d.expected}）`,
  "schema/credit-code": (d) =>
    `${at(d)}：統一社會信用代碼 ${show(d.actual)} 校驗位不符（應為 ${d.expected}）`,
  "schema/count-not-integer": (d) => `${at(d)}：件數應為非負整數，實為 ${show(d.actual)}`,
  "schema/count-negative": (d) => `${at(d)}：件數不能為負數，實為 ${show(d.actual)}`,
  "schema/count-as-string": (d) => `${at(d)}：件數應寫成數字而不是字符串，實為 ${show(d.actual)}`,
  "schema/amount-with-unit": (d) =>
    `${at(d)}：金額中不應帶單位（本欄單位為萬元），實為 ${show(d.actual)}；請寫成如 "${d.expected}" 的十進制字符串`,
  "schema/amount-as-number": (d) =>
    `${at(d)}：金額應寫成十進制字符串以保留原文精度，如 "${d.expected}"，實為數字 ${show(d.actual)}`,
  "schema/invalid-cell": (d) =>
    `${at(d)}：無效的單元格取值 ${show(d.actual)}（應為${
      d.params?.want === "trimmed"
        ? `${show(d.expected)}（去掉空白）`
        : `${d.params?.want === "count" ? "非負整數" : "十進制字符串（萬元）"}、null 或 ${d.params?.marks}`
    }）`,
  "schema/unknown-cell": (d) => `未知的單元格編號 ${show(d.actual)}`,
} satisfies SchemaMessages;
