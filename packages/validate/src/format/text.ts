import type { Severity } from "@zfxxgk/schema";
import { messageOf, withMessages } from "../messages.js";
import { sourcePlaceText } from "../sources.js";
import { type FormatInput, type FormatOptions, filesOf, localeOfOptions } from "./input.js";
import { inReadingOrder } from "./order.js";

const WORDS = {
  "zh-Hans": {
    error: "错误",
    warning: "警告",
    info: "提示",
    none: "未发现问题",
    source: "原文位置：",
    total: (e: number, w: number, i: number) => `共 ${e} 个错误、${w} 个警告、${i} 个提示`,
    explained: (n: number) => `（另有 ${n} 个已归于可能填错的单元格之下）`,
  },
  "zh-Hant": {
    error: "錯誤",
    warning: "警告",
    info: "提示",
    none: "未發現問題",
    source: "原文位置：",
    total: (e: number, w: number, i: number) => `共 ${e} 個錯誤、${w} 個警告、${i} 個提示`,
    explained: (n: number) => `（另有 ${n} 個已歸於可能填錯的單元格之下）`,
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    none: "no findings",
    source: "in the document: ",
    total: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes`,
    explained: (n: number) => ` (and ${n} listed under the cell likely to be wrong)`,
  },
} as const;

/**
 * Human-readable findings, grouped per file, in reading order (severity, then table and row); the
 * findings a likely wrong cell explains are indented under it and counted once, with it.
 * Simplified Chinese unless `locale` says `zh-Hant` or `en`.
 */
export function formatText(input: FormatInput, options: FormatOptions = {}): string {
  const lang = localeOfOptions(options);
  const map = withMessages(options.messages);
  const words = WORDS[lang];
  const lines: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let explained = 0;
  for (const { file, diagnostics } of filesOf(input, options)) {
    lines.push(file);
    if (diagnostics.length === 0) lines.push(`  ${words.none}`);
    for (const d of inReadingOrder(diagnostics)) {
      const indent = d.explainedBy === undefined ? "  " : "      ↳ ";
      if (d.explainedBy === undefined) count[d.severity]++;
      else explained++;
      const where = d.path ? `  ${d.path}` : "";
      lines.push(`${indent}${words[d.severity].padEnd(lang === "en" ? 7 : 2)}  ${d.code}${where}`);
      lines.push(`${" ".repeat(indent.length + 2)}${messageOf(d, lang, map)}`);
      // Where the first cell it names was read (the total of an identity); JSON output has them all.
      const source = d.sources?.[0];
      if (source)
        lines.push(
          `${" ".repeat(indent.length + 2)}${words.source}${sourcePlaceText(source.at, lang)} (${source.cell})`,
        );
    }
    lines.push("");
  }
  lines.push(
    words.total(count.error, count.warning, count.info) +
      (explained ? words.explained(explained) : ""),
  );
  return `${lines.join("\n")}\n`;
}
