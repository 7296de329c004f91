import type { Diagnostic } from "@zfxxgk/schema";
import { p } from "../../../messages/params.js";
import type { OldReportMessages } from "./types.js";

// 读取 2008—2018 年度报告所得结果的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
// （`npm run messages`），请勿直接修改生成的文件。

/** 「（第 3 页）」「（第 12 行）」「（第 2 个表格第 5 行）」。 */
const line = (d: Diagnostic) => {
  if (p(d, "page") !== undefined) return `（第 ${p(d, "page")} 页）`;
  if (p(d, "line") !== undefined) return `（第 ${p(d, "line")} 行）`;
  if (p(d, "table") !== undefined) return `（第 ${p(d, "table")} 个表格第 ${p(d, "row")} 行）`;
  return "";
};

export default {
  "parse/no-statistics-table": () =>
    "未找到《政府信息公开情况统计表》：报告按正文各部分读取，数字留在正文中",
  "parse/statistics-local-row": (d) =>
    `统计表中「${d.actual}」不是全国统计表的行，已按原文保留（标签、单位、各列数值）${line(d)}`,
  "parse/statistics-row-missing": (d) => `统计表中没有全国统计表的行 ${d.cells[0]}，其值为空白`,
  "parse/statistics-value-missing": (d) =>
    `统计表「${p(d, "label")}」一行没有统计数${line(d)}，其值为空白`,
  "parse/statistics-extra-cells": (d) =>
    `统计表「${p(d, "label")}」一行的数值「${d.actual}」多于表头的 ${d.expected} 个数值列${line(d)}，已忽略`,
} satisfies OldReportMessages;
