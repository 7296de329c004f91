import { type Diagnostic, EDITIONS, editionForYear, editionIds } from "@zfxxgk/schema";
import type { PdfUnreadable } from "../pdf/unreadable.js";
import { cell, p, rowOf, tableOf } from "./params.js";
import type { ParseErrorMessages, ParseMessages } from "./types.js";

/**
 * 解析结果的简体中文措辞：每个代码一条。繁体中文（zh-Hant.ts）由本文件转换生成
 * （`npm run messages`），请勿直接修改生成的文件。
 */
const L = "zh-Hans";

/** 「第 3 行第 5 列」；HTML：第几个表格、第几行第几格，或位置。 */
function whereZh(d: Diagnostic): string {
  if (p(d, "page") !== undefined)
    return `（第 ${p(d, "page")} 页，x ${p(d, "x")}，y ${p(d, "y")}）`;
  if (p(d, "line") !== undefined) return `（第 ${p(d, "line")} 行第 ${p(d, "column")} 列）`;
  if (p(d, "column") !== undefined)
    return `（第 ${p(d, "table")} 个表格${rowOf(d) ? `第 ${rowOf(d)} 行` : ""}第 ${p(d, "column")} 列）`;
  if (p(d, "paragraph") !== undefined) return `（第 ${p(d, "paragraph")} 段）`;
  if (p(d, "row") !== undefined && typeof p(d, "row") === "number")
    return `（第 ${p(d, "table")} 个表格第 ${p(d, "row")} 行第 ${p(d, "cell")} 格）`;
  if (p(d, "offset") !== undefined) return `（位置 ${p(d, "offset")}）`;
  return "";
}

const NUMERALS: Record<string, string> = { T2: "二", T3: "三", T4: "四" };
const tableZh = (d: Diagnostic) => NUMERALS[tableOf(d)] ?? tableOf(d);

const FROM_ZH: Record<string, string> = {
  sentence: "开头的说明句",
  signature: "文末署名",
  paragraph: "正文第一段",
  statistics: "统计表的统计年度",
};
const formatsZh = () => editionIds.map((e) => EDITIONS[e].name[L]).join("、");

/** PDF 无法读取的原因（`reason`）。 */
const pdfUnreadable: { readonly [R in PdfUnreadable]: (d: Diagnostic) => string } = {
  "not-pdf": () => "不是 PDF 文件",
  "too-large": (d) => `文件超过 ${p(d, "limit")} 字节`,
  encrypted: () => "PDF 已加密（设置了打开密码），请取消密码后另存再读取",
  truncated: () => "文件不完整（缺少文件结尾），可能下载或复制时被截断，请重新获取原文件",
  damaged: () => "文件结构（交叉引用表或文件尾）已损坏，可在 PDF 阅读器中打开后另存再读取",
  "reader-error": (d) => `PDF 阅读器报告：${p(d, "cause")}`,
};

export default {
  "parse/not-a-report": (d) =>
    p(d, "empty")
      ? "输入为空，未读到任何报告内容"
      : `未识别为已知格式（${formatsZh()}）的年度报告（只找到 ${p(d, "headings")} 个规定的部分标题，也没有读到表格）${
          p(d, "year") !== undefined && !editionForYear(Number(p(d, "year")))
            ? `；这是 ${p(d, "year")} 年度的报告，该年度所用的格式暂不支持`
            : ""
        }`,
  "parse/edition-year": (d) =>
    `按表格标签读作 ${d.actual} 年格式${d.expected ? `，而 ${p(d, "year")} 年度应使用 ${d.expected} 年格式` : `，而 ${p(d, "year")} 年度没有适用的格式`}${p(d, "evidence") ? "" : "（未见可区分格式的标签）"}，请核对`,
  "parse/missing-section": (d) => `未找到「${p(d, "section")}」部分`,
  "parse/missing-table": (d) => `未找到表格「${p(d, "title")}」，其中所有单元格留空`,
  "parse/missing-row": (d) => `表${tableZh(d)}缺少「${p(d, "row")}」一行，该行单元格留空`,
  "parse/row-incomplete": (d) =>
    `「${p(d, "row")}」一行应有 ${d.expected} 个数值，只读到 ${d.actual} 个${whereZh(d)}；其余单元格留空`,
  "parse/duplicate-row": (d) => `「${p(d, "row")}」一行重复出现${whereZh(d)}，只采用第一次的数值`,
  "parse/local-subrows": (d) =>
    `「${p(d, "row")}」一行分作本地子行${whereZh(d)}：${d.actual}；该行单元格取各子行之和${Number(p(d, "blank")) > 0 ? `，其中 ${p(d, "blank")} 个单元格不能相加，留空` : ""}，请核对`,
  "parse/not-a-number": (d) =>
    `单元格 ${cell(d)} 的内容「${d.actual}」不是数值${whereZh(d)}，已留空`,
  "parse/count-not-integer": (d) =>
    `单元格 ${cell(d)} 的件数「${d.actual}」不是整数${whereZh(d)}，已留空`,
  "parse/too-large": (d) => `单元格 ${cell(d)} 的数值「${d.actual}」过大${whereZh(d)}，已留空`,
  "parse/value-with-unit": (d) =>
    `单元格 ${cell(d)} 的数值带有单位「${p(d, "unit")}」${whereZh(d)}，已读作 ${d.expected}`,
  "parse/missing-note": (d) =>
    `表${tableZh(d)}缺少格式规定的注释「${p(d, "note")}」${whereZh(d)}（X-09）`,
  "parse/stray-value": (d) =>
    `表${tableZh(d)}中的数值「${d.actual}」不属于任何一行${whereZh(d)}，已忽略`,
  "parse/unrecognised-text": (d) =>
    `表${tableZh(d)}中的文字「${d.actual}」不是规定的标签${whereZh(d)}，已忽略`,
  "parse/unknown-cell": (d) => `页面标注的单元格「${d.actual}」不存在${whereZh(d)}，已忽略`,
  "parse/digits-split": (d) =>
    `「${p(d, "row")}」一行的数字连在一起（${d.actual}）${whereZh(d)}，按${p(d, "by") === "table" ? "本表的勾稽关系" : "本行的合计关系"}只有一种拆分：${d.expected}，已采用，请核对`,
  "parse/digits-undecided": (d) =>
    `「${p(d, "row")}」一行的数字连在一起（${d.actual}）${whereZh(d)}，${
      Number(p(d, "candidates")) < 0
        ? "可能的拆分过多"
        : Number(p(d, "candidates")) === 0
          ? "没有与勾稽关系相符的拆分"
          : `有 ${p(d, "candidates")} 种与勾稽关系相符的拆分`
    }，无法确定，${
      Number(p(d, "decided")) > 0
        ? `其中 ${p(d, "decided")} 格各种拆分一致，已采用，其余单元格留空`
        : "该行单元格留空"
    }`,
  "parse/blanks-placed": (d) =>
    `「${p(d, "row")}」一行应有 ${d.expected} 个数值，只读到 ${d.actual} 个${whereZh(d)}（每格一行，空白单元格不留痕迹）；按本行的合计关系只有一种位置，已采用，请核对`,
  "parse/blanks-undecided": (d) =>
    `「${p(d, "row")}」一行应有 ${d.expected} 个数值，只读到 ${d.actual} 个${whereZh(d)}（每格一行，空白单元格不留痕迹）；无法确定哪些单元格空白，${Number(p(d, "decided")) > 0 ? `其中 ${p(d, "decided")} 格各种位置一致，已采用，` : ""}其余单元格留空`,
  "parse/runs-paired": (d) =>
    `表${tableZh(d)}的标签与数值分开排列${whereZh(d)}，已按各行的单元格数把 ${p(d, "values")} 个数值配给 ${p(d, "rows")} 行，请核对`,
  "parse/order-undecided": (d) =>
    `「${p(d, "row")}」一行按文字的先后顺序读到的数值（${d.actual}）与本行合计不符${whereZh(d)}，该顺序并非表格的顺序，合计所涉单元格留空`,
  "parse/empty-run": (d) =>
    `表${tableZh(d)}中单独一行的竖线代表 ${p(d, "cells")} 个空白单元格${whereZh(d)}，已按空白读取`,
  "parse/no-text-layer": (d) =>
    `PDF 没有文字层（共 ${p(d, "pages")} 页，可能是扫描件），无法读取内容；请先做文字识别（OCR）`,
  "parse/pdf-unreadable": (d) =>
    `无法读取 PDF：${pdfUnreadable[p(d, "reason") as PdfUnreadable]?.(d) ?? pdfUnreadable["reader-error"](d)}`,
  "parse/missing-title": () => "未找到报告标题",
  "parse/missing-agency": () => "未能确定报告机关名称",
  "parse/missing-year": () => "未能确定报告年度",
  "parse/agency-inferred": (d) =>
    `没有标题，报告机关名称「${d.actual}」取自${FROM_ZH[String(p(d, "from"))] ?? "正文第一段"}${whereZh(d)}，请核对`,
  "parse/year-inferred": (d) =>
    `标题和统计期限都没有给出年度，报告年度 ${d.actual} 取自${FROM_ZH[String(p(d, "from"))] ?? "正文"}${whereZh(d)}，请核对`,
  "parse/embedded-invalid": () => "页面内嵌的报告数据不是有效的报告，已改为从表格和文字读取",
  "parse/binary-input": () => "输入不是文本（含有大量控制字符或二进制数据）",
  "parse/input-too-long": (d) =>
    `输入过长，只读取了前 ${p(d, "lines")} 行${whereZh(d)}，其后的内容未读取`,
  "parse/too-many-findings": (d) =>
    `问题过多，另有 ${p(d, "dropped")} 条${p(d, "table") ? `（表${p(d, "table")}）` : ""}未列出`,
  "parse/internal-error": (d) => `解析器内部错误：${p(d, "detail")}`,
} satisfies ParseMessages;

/** 抛出的错误（无法确定文本编码等）的措辞；`file` 为空时指请求内容。 */
export const errors = {
  bomInvalid: ({ file, encoding }) =>
    `${file ?? "内容"} 以 ${encoding} 的字节顺序标记开头，但内容不是有效的 ${encoding}`,
  encodingUnknown: ({ file, declared }) =>
    `${file ?? "内容"} 不是 UTF-8 文本，也看不出是哪种编码（${declared ? `页面声明为 ${declared}，但内容不符合该编码；` : ""}可能是二进制文件）。请另存为 UTF-8 后再试`,
  encodingLike: ({ file, declared, like, convert }) =>
    `${file ?? "内容"} 不是 UTF-8，看起来是 ${like} 编码（${declared ? `页面声明为 ${declared}，但内容不符合该编码；` : ""}为免读错，未读取）。请转换为 UTF-8：${convert}，或用记事本等编辑器「另存为」UTF-8`,
  declaredButUtf8: ({ declared }) =>
    `页面声明编码为 ${declared}，但内容是有效的 UTF-8，已按 UTF-8 读取`,
} satisfies ParseErrorMessages;
