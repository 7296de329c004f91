import { type Diagnostic, EDITIONS, type EditionDefinition, type Report } from "@zfxxgk/schema";
import { BLANK_CELL, foldBlankTables } from "./blank-tables.js";
import { readCells } from "./cells.js";
import { nameCulprits } from "./culprits.js";

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
