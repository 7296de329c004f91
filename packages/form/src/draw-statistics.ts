import { type CellDef, type Locale, printed, type TableGrid } from "@zfxxgk/schema";
import { h } from "./dom.js";
import { cellLabel, type DrawnTable, INPUT_MODE, type NavCell } from "./draw-table.js";
import { say } from "./messages.js";

/**
 * The 统计表 of a 2008–2018 report (`指标 | 单位 | 统计数 …`): as the report printed it when it
 * carries `statistics` (its own labels and units, local rows, extra value columns), else from the
 * edition's grid. Only the national rows' 统计数 are inputs (the cells of `toCells`); the values of
 * local rows and extra columns are shown as printed and kept, not edited.
 */

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

interface Row {
  readonly label: string;
  readonly unit: string;
  readonly level: number;
  readonly cell: CellDef | undefined;
  /** Values after the first column (extra columns), or of every column of a local row. */
  readonly more: readonly unknown[];
  readonly local: boolean;
}

/**
 * Draws the statistics table. `cellOf(key)` gives the cell of a national row; `statistics` is the
 * report's printed table, if any.
 */
export function drawStatistics(
  table: Extract<TableGrid, { layout: "matrix" }>,
  statistics: unknown,
  cellOf: (key: string) => CellDef | undefined,
  locale: Locale,
  idPrefix: string,
): DrawnTable {
  const levels = new Map<string, number>();
  for (const node of table.rows) levels.set(node.key ?? node.heading ?? "", node.level ?? 0);
  const gridColumn = table.columns[0]?.label[locale] ?? "";
  let rows: Row[];
  let columns: string[];
  let title = table.title[locale];
  let filler = "";
  if (isObject(statistics) && Array.isArray(statistics.rows)) {
    columns = Array.isArray(statistics.columns) ? statistics.columns.map(str) : [gridColumn];
    if (!columns.length) columns = [gridColumn];
    title = str(statistics.title) || title;
    if (typeof statistics.period === "string") title += `（${statistics.period}）`;
    filler = str(statistics.filler);
    let level = 0;
    rows = statistics.rows.filter(isObject).map((row) => {
      const key = typeof row.key === "string" ? row.key : undefined;
      level = key === undefined ? level : (levels.get(key) ?? level);
      const cell = key === undefined ? undefined : cellOf(key);
      return {
        label: str(row.label),
        unit: str(row.unit),
        level,
        cell,
        more: Array.isArray(row.values) ? row.values : [],
        local: key === undefined,
      };
    });
  } else {
    columns = [gridColumn];
    rows = table.rows.map((node) => ({
      label: printed(node.label, locale, node.note),
      unit: node.unit?.[locale] ?? "",
      level: node.level ?? 0,
      cell: node.key === undefined ? undefined : cellOf(node.key),
      more: [],
      local: false,
    }));
  }

  const messages = new Map<string, HTMLElement>();
  const nav: NavCell[][] = [];
  const thead = h(
    "thead",
    {},
    h(
      "tr",
      {},
      h("th", { scope: "col" }, table.corner?.[locale] ?? ""),
      h("th", { scope: "col" }, say("unitColumn", locale)),
      ...columns.map((c) => h("th", { scope: "col" }, c)),
    ),
  );
  const tbody = h("tbody");
  for (const row of rows) {
    const tds: HTMLElement[] = [];
    // A local row has no 统计数 cell: its values start in the first column.
    const shown = row.local ? row.more : [undefined, ...row.more];
    for (let c = 0; c < columns.length; c++) {
      if (c === 0 && row.cell) {
        const cell = row.cell;
        const msgId = `${idPrefix}m-${cell.id.replaceAll(".", "-")}`;
        const message = h("span", { class: "zf-msg", id: msgId });
        const label =
          row.label === "" || !isObject(statistics)
            ? cellLabel(cell, locale)
            : say("cellLabel", locale, { row: row.label, column: columns[0] ?? "" });
        const input = h("input", {
          type: "text",
          class: "zf-cell",
          "data-cell": cell.id,
          "aria-label": label,
          inputmode: INPUT_MODE[cell.kind],
          autocomplete: "off",
          spellcheck: "false",
        });
        messages.set(cell.id, message);
        nav.push([{ input, cell, col: 2, span: 1 }]);
        tds.push(h("td", {}, input, message));
      } else {
        const value = shown[c];
        tds.push(
          h(
            "td",
            { class: "zf-fixed" },
            value === null || value === undefined ? "" : String(value),
          ),
        );
      }
    }
    tbody.append(
      h(
        "tr",
        row.local ? { "data-local": "" } : {},
        h(
          "th",
          { scope: "row", class: `zf-level${Math.min(row.level, 3)}` },
          row.label,
          row.local ? h("span", { class: "zf-local" }, say("localRow", locale)) : null,
        ),
        h("td", { class: "zf-unit" }, row.unit),
        ...tds,
      ),
    );
  }
  const element = h(
    "table",
    { class: "zf-table zf-statistics", "data-table": table.id },
    h("caption", {}, title),
    thead,
    tbody,
  );
  const wrapper = filler
    ? h("div", {}, h("p", { class: "zf-filler" }, `${say("filler", locale)}${filler}`), element)
    : element;
  return { element: wrapper, rows: nav, messages };
}
