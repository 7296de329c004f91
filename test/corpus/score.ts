import type { ParseOutcome } from "@zfxxgk/parse";
import { type Cells, editionOf, type Report, toCells } from "@zfxxgk/schema";

/** How a parse of one layout compares with the figures it holds. */
export interface Score {
  readonly layout: string;
  readonly cells: number;
  /** Cells read with the expected figure. */
  readonly right: number;
  /** Cells left blank that a finding names (undecidable in this layout, said so). */
  readonly named: number;
  /** Cells read with another figure, or blank without a finding naming them: the failures. */
  readonly wrong: readonly string[];
  /** Tables of the edition that print a figure, of which no cell was read or said undecidable. */
  readonly tablesMissed: readonly string[];
}

/** Compares what a parse read with the expected cells, cell by cell. */
export function score(
  layout: string,
  outcome: ParseOutcome,
  expected: Cells,
  edition: string,
): Score {
  const got = outcome.report ? toCells(outcome.report as Report) : {};
  const ids = Object.keys(expected);
  const named = new Set(
    outcome.diagnostics.filter((d) => d.severity !== "info").flatMap((d) => d.cells ?? []),
  );
  // cells a shape cannot place, said so: the table was read, its figures could not all be told
  const undecided = new Set(
    outcome.diagnostics
      .filter((d) => d.code === "parse/digits-undecided" || d.code === "parse/blanks-undecided")
      .flatMap((d) => d.cells ?? []),
  );
  let right = 0;
  let blankNamed = 0;
  const wrong: string[] = [];
  for (const id of ids) {
    const want = expected[id] ?? null;
    const have = got[id] ?? null;
    const read = have === want && (want === null || outcome.provenance[id] !== undefined);
    if (read) right++;
    else if (have === null && named.has(id)) blankNamed++;
    else wrong.push(`${id}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
  }
  const def = editionOf(edition as Report["edition"]);
  const tablesMissed = outcome.report
    ? def.grid.tables
        .filter((t) => def.cells.some((c) => c.table === t && (expected[c.id] ?? null) !== null))
        .filter(
          (t) =>
            !def.cells.some(
              (c) => c.table === t && (outcome.provenance[c.id] || undecided.has(c.id)),
            ),
        )
        .map((t) => t.id)
    : def.grid.tables.map((t) => t.id);
  return { layout, cells: ids.length, right, named: blankNamed, wrong, tablesMissed };
}

/** One line per layout: share of cells read right, blanks named, and the first wrong cells. */
export function report(scores: readonly Score[]): string {
  const rows = scores.map((s) => {
    const share = (s.right / Math.max(1, s.cells)).toFixed(3);
    const extra = [
      s.named ? `${s.named} blank+named` : "",
      s.tablesMissed.length ? `tables missed ${s.tablesMissed.join(",")}` : "",
      s.wrong.length ? `${s.wrong.length} wrong e.g. ${s.wrong.slice(0, 2).join("; ")}` : "",
    ].filter(Boolean);
    return `${share}  ${s.right}/${s.cells}  ${s.layout}${extra.length ? `  — ${extra.join(" · ")}` : ""}`;
  });
  const cells = scores.reduce((n, s) => n + s.cells, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  rows.push(
    `all: ${(right / Math.max(1, cells)).toFixed(4)} (${right}/${cells}) over ${scores.length} layouts`,
  );
  return rows.join("\n");
}
