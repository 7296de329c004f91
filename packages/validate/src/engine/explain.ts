import {
  type Diagnostic,
  EDITIONS,
  type EditionDefinition,
  type MessageMap,
  type Report,
} from "@zfxxgk/schema";
import { BLANK_CELL, BLANK_TABLES, foldBlankTables, tableName } from "./blank-tables.js";
import { readCells } from "./cells.js";
import { CULPRIT, nameCulprits } from "./culprits.js";
import { place } from "./text.js";

/**
 * The passes after the rules, over all their findings: wholly blank tables get one finding, and
 * the cell where broken identities meet is named as the likely culprit.
 */
export function explainFindings(
  report: Report,
  diagnostics: readonly Diagnostic[],
): readonly Diagnostic[] {
  const edition = EDITIONS[report.edition] as EditionDefinition;
  const identityRules = identityRulesOf(edition);
  // Most reports have neither: then the cells are not read a second time.
  let blanks = false;
  let gaps = 0;
  for (const d of diagnostics) {
    if (d.params?.blanks !== undefined || d.code === BLANK_CELL) blanks = true;
    if (typeof d.difference === "number" && d.difference !== 0 && identityRules.has(d.code)) gaps++;
  }
  if (!blanks && gaps < 2) return diagnostics;
  const cells = readCells(report);
  const folded = blanks ? foldBlankTables(edition, cells, diagnostics) : diagnostics;
  return gaps < 2 ? folded : nameCulprits(edition, cells, folded);
}

const identityRules = new WeakMap<EditionDefinition, ReadonlySet<string>>();
function identityRulesOf(edition: EditionDefinition): ReadonlySet<string> {
  let set = identityRules.get(edition);
  if (!set) {
    set = new Set(edition.identities.map((i) => i.rule));
    identityRules.set(edition, set);
  }
  return set;
}

const tables = (d: Diagnostic, locale: "zh-CN" | "en") =>
  String(d.params?.tables ?? "")
    .split(",")
    .filter(Boolean)
    .map((id) => tableName(id, locale));

const byHowMuch = (n: unknown, locale: "zh-CN" | "en") => {
  const v = Number(n);
  if (locale === "zh-CN") return v > 0 ? `多了 ${v}` : `少了 ${-v}`;
  return v > 0 ? `${v} too many` : `${-v} too few`;
};

export const explainMessages: MessageMap = {
  "zh-CN": {
    [CULPRIT]: (d) =>
      `${place(d.cells[0], "zh-CN")}很可能填错了：现为 ${d.actual}，应为 ${d.expected}（${byHowMuch(d.difference, "zh-CN")}）；改正后，它所在的 ${d.params?.count} 个勾稽关系（${d.params?.explains}）都成立`,
    [BLANK_TABLES]: (d) =>
      d.params?.all
        ? `报告尚未填写：${tables(d, "zh-CN").join("、")}均为空白；已略去逐格的 ${d.params?.folded} 条提示`
        : `整表空白：${tables(d, "zh-CN").join("、")}；已略去其逐格的 ${d.params?.folded} 条提示`,
  },
  en: {
    [CULPRIT]: (d) =>
      `${place(d.cells[0], "en")} is likely the wrong cell: it is ${d.actual} and should be ${d.expected} (${byHowMuch(d.difference, "en")}); corrected, all ${d.params?.count} identities it is part of (${d.params?.explains}) hold`,
    [BLANK_TABLES]: (d) =>
      d.params?.all
        ? `The report has not been filled in: ${tables(d, "en").join(", ")} are blank; ${d.params?.folded} per-cell findings are left out`
        : `Wholly blank: ${tables(d, "en").join(", ")}; their ${d.params?.folded} per-cell findings are left out`,
  },
};
