// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import { type Diagnostic, EDITIONS, editionForYear, editionIds } from "@zfxxgk/schema";
import type { PdfUnreadable } from "../pdf/unreadable.js";
import { cell, p, rowOf, tableOf } from "./params.js";
import type { ParseErrorMessages, ParseMessages } from "./types.js";

/**
 * 解析結果的簡體中文措辭：每個代碼一條。繁體中文（zh-Hant.ts）由本文件轉換生成
 * （`npm run messages`），請勿直接修改生成的文件。
 */
const L = "zh-Hant";

/** 「第 3 行第 5 列」；HTML：第幾個表格、第幾行第幾格，或位置。 */
function whereZh(d: Diagnostic): string {
  if (p(d, "page") !== undefined)
    return `（第 ${p(d, "page")} 頁，x ${p(d, "x")}，y ${p(d, "y")}）`;
  if (p(d, "line") !== undefined) return `（第 ${p(d, "line")} 行第 ${p(d, "column")} 列）`;
  if (p(d, "column") !== undefined)
    return `（第 ${p(d, "table")} 個表格${rowOf(d) ? `第 ${rowOf(d)} 行` : ""}第 ${p(d, "column")} 列）`;
  if (p(d, "paragraph") !== undefined) return `（第 ${p(d, "paragraph")} 段）`;
  if (p(d, "row") !== undefined && typeof p(d, "row") === "number")
    return `（第 ${p(d, "table")} 個表格第 ${p(d, "row")} 行第 ${p(d, "cell")} 格）`;
  if (p(d, "offset") !== undefined) return `（位置 ${p(d, "offset")}）`;
  return "";
}

const NUMERALS: Record<string, string> = { T2: "二", T3: "三", T4: "四" };
const tableZh = (d: Diagnostic) => NUMERALS[tableOf(d)] ?? tableOf(d);

const FROM_ZH: Record<string, string> = {
  sentence: "開頭的說明句",
  signature: "文末署名",
  paragraph: "正文第一段",
  statistics: "統計表的統計年度",
};
const formatsZh = () => editionIds.map((e) => EDITIONS[e].name[L]).join("、");

/** PDF 無法讀取的原因（`reason`）。 */
const pdfUnreadable: { readonly [R in PdfUnreadable]: (d: Diagnostic) => string } = {
  "not-pdf": () => "不是 PDF 文件",
  "too-large": (d) => `文件超過 ${p(d, "limit")} 字節`,
  encrypted: () => "PDF 已加密（設置了打開密碼），請取消密碼後另存再讀取",
  truncated: () => "文件不完整（缺少文件結尾），可能下載或複製時被截斷，請重新獲取原文件",
  damaged: () => "文件結構（交叉引用表或文件尾）已損壞，可在 PDF 閱讀器中打開後另存再讀取",
  "reader-error": (d) => `PDF 閱讀器報告：${p(d, "cause")}`,
};

export default {
  "parse/not-a-report": (d) =>
    p(d, "empty")
      ? "輸入為空，未讀到任何報告內容"
      : `未識別為已知格式（${formatsZh()}）的年度報告（只找到 ${p(d, "headings")} 個規定的部分標題，也沒有讀到表格）${
          p(d, "year") !== undefined && !editionForYear(Number(p(d, "year")))
            ? `；這是 ${p(d, "year")} 年度的報告，該年度所用的格式暫不支持`
            : ""
        }`,
  "parse/edition-year": (d) =>
    `按表格標籤讀作 ${d.actual} 年格式${d.expected ? `，而 ${p(d, "year")} 年度應使用 ${d.expected} 年格式` : `，而 ${p(d, "year")} 年度沒有適用的格式`}${p(d, "evidence") ? "" : "（未見可區分格式的標籤）"}，請核對`,
  "parse/missing-section": (d) => `未找到「${p(d, "section")}」部分`,
  "parse/missing-table": (d) => `未找到表格「${p(d, "title")}」，其中所有單元格留空`,
  "parse/missing-row": (d) => `表${tableZh(d)}缺少「${p(d, "row")}」一行，該行單元格留空`,
  "parse/row-incomplete": (d) =>
    `「${p(d, "row")}」一行應有 ${d.expected} 個數值，只讀到 ${d.actual} 個${whereZh(d)}；其餘單元格留空`,
  "parse/duplicate-row": (d) => `「${p(d, "row")}」一行重複出現${whereZh(d)}，只採用第一次的數值`,
  "parse/local-subrows": (d) =>
    `「${p(d, "row")}」一行分作本地子行${whereZh(d)}：${d.actual}；該行單元格取各子行之和${Number(p(d, "blank")) > 0 ? `，其中 ${p(d, "blank")} 個單元格不能相加，留空` : ""}，請核對`,
  "parse/not-a-number": (d) =>
    `單元格 ${cell(d)} 的內容「${d.actual}」不是數值${whereZh(d)}，已留空`,
  "parse/count-not-integer": (d) =>
    `單元格 ${cell(d)} 的件數「${d.actual}」不是整數${whereZh(d)}，已留空`,
  "parse/too-large": (d) => `單元格 ${cell(d)} 的數值「${d.actual}」過大${whereZh(d)}，已留空`,
  "parse/value-with-unit": (d) =>
    `單元格 ${cell(d)} 的數值帶有單位「${p(d, "unit")}」${whereZh(d)}，已讀作 ${d.expected}`,
  "parse/missing-note": (d) =>
    `表${tableZh(d)}缺少格式規定的註釋「${p(d, "note")}」${whereZh(d)}（X-09）`,
  "parse/stray-value": (d) =>
    `表${tableZh(d)}中的數值「${d.actual}」不屬於任何一行${whereZh(d)}，已忽略`,
  "parse/unrecognised-text": (d) =>
    `表${tableZh(d)}中的文字「${d.actual}」不是規定的標籤${whereZh(d)}，已忽略`,
  "parse/unknown-cell": (d) => `頁面標註的單元格「${d.actual}」不存在${whereZh(d)}，已忽略`,
  "parse/digits-split": (d) =>
    `「${p(d, "row")}」一行的數字連在一起（${d.actual}）${whereZh(d)}，按${p(d, "by") === "table" ? "本表的勾稽關係" : "本行的合計關係"}只有一種拆分：${d.expected}，已採用，請核對`,
  "parse/digits-undecided": (d) =>
    `「${p(d, "row")}」一行的數字連在一起（${d.actual}）${whereZh(d)}，${
      Number(p(d, "candidates")) < 0
        ? "可能的拆分過多"
        : Number(p(d, "candidates")) === 0
          ? "沒有與勾稽關係相符的拆分"
          : `有 ${p(d, "candidates")} 種與勾稽關係相符的拆分`
    }，無法確定，${
      Number(p(d, "decided")) > 0
        ? `其中 ${p(d, "decided")} 格各種拆分一致，已採用，其餘單元格留空`
        : "該行單元格留空"
    }`,
  "parse/blanks-placed": (d) =>
    `「${p(d, "row")}」一行應有 ${d.expected} 個數值，只讀到 ${d.actual} 個${whereZh(d)}（每格一行，空白單元格不留痕跡）；按本行的合計關係只有一種位置，已採用，請核對`,
  "parse/blanks-undecided": (d) =>
    `「${p(d, "row")}」一行應有 ${d.expected} 個數值，只讀到 ${d.actual} 個${whereZh(d)}（每格一行，空白單元格不留痕跡）；無法確定哪些單元格空白，${Number(p(d, "decided")) > 0 ? `其中 ${p(d, "decided")} 格各種位置一致，已採用，` : ""}其餘單元格留空`,
  "parse/runs-paired": (d) =>
    `表${tableZh(d)}的標籤與數值分開排列${whereZh(d)}，已按各行的單元格數把 ${p(d, "values")} 個數值配給 ${p(d, "rows")} 行，請核對`,
  "parse/order-undecided": (d) =>
    `「${p(d, "row")}」一行按文字的先後順序讀到的數值（${d.actual}）與本行合計不符${whereZh(d)}，該順序並非表格的順序，合計所涉單元格留空`,
  "parse/empty-run": (d) =>
    `表${tableZh(d)}中單獨一行的豎線代表 ${p(d, "cells")} 個空白單元格${whereZh(d)}，已按空白讀取`,
  "parse/no-text-layer": (d) =>
    `PDF 沒有文字層（共 ${p(d, "pages")} 頁，可能是掃描件），無法讀取內容；請先做文字識別（OCR）`,
  "parse/pdf-unreadable": (d) =>
    `無法讀取 PDF：${pdfUnreadable[p(d, "reason") as PdfUnreadable]?.(d) ?? pdfUnreadable["reader-error"](d)}`,
  "parse/missing-title": () => "未找到報告標題",
  "parse/missing-agency": () => "未能確定報告機關名稱",
  "parse/missing-year": () => "未能確定報告年度",
  "parse/agency-inferred": (d) =>
    `沒有標題，報告機關名稱「${d.actual}」取自${FROM_ZH[String(p(d, "from"))] ?? "正文第一段"}${whereZh(d)}，請核對`,
  "parse/year-inferred": (d) =>
    `標題和統計期限都沒有給出年度，報告年度 ${d.actual} 取自${FROM_ZH[String(p(d, "from"))] ?? "正文"}${whereZh(d)}，請核對`,
  "parse/embedded-invalid": () => "頁面內嵌的報告數據不是有效的報告，已改為從表格和文字讀取",
  "parse/binary-input": () => "輸入不是文本（含有大量控制字符或二進制數據）",
  "parse/input-too-long": (d) =>
    `輸入過長，只讀取了前 ${p(d, "lines")} 行${whereZh(d)}，其後的內容未讀取`,
  "parse/too-many-findings": (d) =>
    `問題過多，另有 ${p(d, "dropped")} 條${p(d, "table") ? `（表${p(d, "table")}）` : ""}未列出`,
  "parse/internal-error": (d) => `解析器內部錯誤：${p(d, "detail")}`,
} satisfies ParseMessages;

/** 拋出的錯誤（無法確定文本編碼等）的措辭；`file` 為空時指請求內容。 */
export const errors = {
  bomInvalid: ({ file, encoding }) =>
    `${file ?? "內容"} 以 ${encoding} 的字節順序標記開頭，但內容不是有效的 ${encoding}`,
  encodingUnknown: ({ file, declared }) =>
    `${file ?? "內容"} 不是 UTF-8 文本，也看不出是哪種編碼（${declared ? `頁面聲明為 ${declared}，但內容不符合該編碼；` : ""}可能是二進制文件）。請另存為 UTF-8 後再試`,
  encodingLike: ({ file, declared, like, convert }) =>
    `${file ?? "內容"} 不是 UTF-8，看起來是 ${like} 編碼（${declared ? `頁面聲明為 ${declared}，但內容不符合該編碼；` : ""}為免讀錯，未讀取）。請轉換為 UTF-8：${convert}，或用記事本等編輯器「另存為」UTF-8`,
  declaredButUtf8: ({ declared }) =>
    `頁面聲明編碼為 ${declared}，但內容是有效的 UTF-8，已按 UTF-8 讀取`,
} satisfies ParseErrorMessages;
