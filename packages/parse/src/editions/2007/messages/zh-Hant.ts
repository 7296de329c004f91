// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import type { Diagnostic } from "@zfxxgk/schema";
import { p } from "../../../messages/params.js";
import type { OldReportMessages } from "./types.js";

// 讀取 2008—2018 年度報告所得結果的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
// （`npm run messages`），請勿直接修改生成的文件。

/** 「（第 3 頁）」「（第 12 行）」「（第 2 個表格第 5 行）」。 */
const line = (d: Diagnostic) => {
  if (p(d, "page") !== undefined) return `（第 ${p(d, "page")} 頁）`;
  if (p(d, "line") !== undefined) return `（第 ${p(d, "line")} 行）`;
  if (p(d, "table") !== undefined) return `（第 ${p(d, "table")} 個表格第 ${p(d, "row")} 行）`;
  return "";
};

export default {
  "parse/no-statistics-table": () =>
    "未找到《政府信息公開情況統計表》：報告按正文各部分讀取，數字留在正文中",
  "parse/statistics-local-row": (d) =>
    `統計表中「${d.actual}」不是全國統計表的行，已按原文保留（標籤、單位、各列數值）${line(d)}`,
  "parse/statistics-row-missing": (d) => `統計表中沒有全國統計表的行 ${d.cells[0]}，其值為空白`,
  "parse/statistics-value-missing": (d) =>
    `統計表「${p(d, "label")}」一行沒有統計數${line(d)}，其值為空白`,
  "parse/statistics-extra-cells": (d) =>
    `統計表「${p(d, "label")}」一行的數值「${d.actual}」多於表頭的 ${d.expected} 個數值列${line(d)}，已忽略`,
} satisfies OldReportMessages;
