import type { Diagnostic, MessageMap } from "@zfxxgk/schema";

const p = (d: Diagnostic, key: string) => d.params?.[key];
const line = (d: Diagnostic, zh: boolean) => {
  if (p(d, "page") !== undefined)
    return zh ? `（第 ${p(d, "page")} 页）` : ` (page ${p(d, "page")})`;
  if (p(d, "line") !== undefined)
    return zh ? `（第 ${p(d, "line")} 行）` : ` (line ${p(d, "line")})`;
  if (p(d, "table") !== undefined)
    return zh
      ? `（第 ${p(d, "table")} 个表格第 ${p(d, "row")} 行）`
      : ` (table ${p(d, "table")}, row ${p(d, "row")})`;
  return "";
};

/** Messages of what reading a 2008–2018 report finds. */
export const oldReportMessages: MessageMap = {
  "zh-CN": {
    "parse/no-statistics-table": () =>
      "未找到《政府信息公开情况统计表》：报告按正文各部分读取，数字留在正文中",
    "parse/statistics-local-row": (d) =>
      `统计表中「${d.actual}」不是全国统计表的行，已按原文保留（标签、单位、各列数值）${line(d, true)}`,
    "parse/statistics-row-missing": (d) => `统计表中没有全国统计表的行 ${d.cells[0]}，其值为空白`,
    "parse/statistics-value-missing": (d) =>
      `统计表「${p(d, "label")}」一行没有统计数${line(d, true)}，其值为空白`,
    "parse/statistics-extra-cells": (d) =>
      `统计表「${p(d, "label")}」一行的数值「${d.actual}」多于表头的 ${d.expected} 个数值列${line(d, true)}，已忽略`,
  },
  en: {
    "parse/no-statistics-table": () =>
      "No statistics table (政府信息公开情况统计表) was found: the report was read as its sections, figures left in the text",
    "parse/statistics-local-row": (d) =>
      `The statistics row "${d.actual}" is not a row of the national table; kept as printed (label, unit, values)${line(d, false)}`,
    "parse/statistics-row-missing": (d) =>
      `The statistics table has no row ${d.cells[0]} of the national table; it is left blank`,
    "parse/statistics-value-missing": (d) =>
      `The statistics row "${p(d, "label")}" has no value${line(d, false)}; it is left blank`,
    "parse/statistics-extra-cells": (d) =>
      `The statistics row "${p(d, "label")}" has more values ("${d.actual}") than the header's ${d.expected} value columns${line(d, false)}; they are ignored`,
  },
};
