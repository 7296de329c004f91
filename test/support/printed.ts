import { appendixView } from "@zfxxgk/render";
import { EDITIONS, type Report, tableLayout, toCells } from "@zfxxgk/schema";

/**
 * What a printed report (our PDF, or an office suite's PDF of the .docx) must show of its tables,
 * shared by the tests that read such a PDF back as text.
 */

export interface PrintedLabel {
  readonly label: string;
  /** A row group's label, merged down over rows: a page break may cut it. */
  readonly rowGroup: boolean;
}

/**
 * Every official label of the report's tables as printed (zh-Hans), from its edition's layout; a
 * statistics table attached as 附表 with its rows as the report printed them.
 */
export function tableLabels(report: Report): PrintedLabel[] {
  const appendix = appendixView(report, report.edition, "zh-Hans", (s) => s, "t");
  return EDITIONS[report.edition].grid.tables.flatMap((table) => {
    if (table.id === appendix?.tableId)
      return appendix.rows.map((row) => ({ label: row.label, rowGroup: false }));
    const layout = tableLayout(table);
    return [
      ...layout.head.flatMap((row) => row.map((cell) => ({ cell, rowGroup: false }))),
      ...layout.body.flatMap((row) => row.map((cell) => ({ cell, rowGroup: cell.rowspan > 1 }))),
    ].flatMap(({ cell, rowGroup }) =>
      cell.type === "data" ? [] : [{ label: cell.label["zh-Hans"], rowGroup }],
    );
  });
}

/** How often each figure of the tables occurs (numbers only; marks and blanks print no digits). */
export function figureCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of Object.values(toCells(report))) {
    // the digits of a figure: a signed change prints its sign, an amount may carry its unit
    const digits =
      typeof value === "number" || typeof value === "string"
        ? /\d+(?:\.\d+)?/.exec(String(value))?.[0]
        : undefined;
    if (digits) counts.set(digits, (counts.get(digits) ?? 0) + 1);
  }
  return counts;
}

/** How often each number occurs in a text: a figure cut over two lines counts as two others. */
export function numberTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(/\d+(?:\.\d+)?/g))
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** The figures the text shows fewer times than the report has them: [figure, count]. */
export function missingFigures(report: Report, text: string): [string, number][] {
  const found = numberTokens(text);
  return [...figureCounts(report)].filter(([v, n]) => (found.get(v) ?? 0) < n);
}
