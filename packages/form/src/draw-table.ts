import {
  type CellDef,
  type CellKind,
  describeCell,
  type Locale,
  printed,
  type TableGrid,
  tableLayout,
} from "@zfxxgk/schema";
import { h } from "./dom.js";
import { say } from "./messages.js";

/** The on-screen keyboard a cell asks for: signed counts and money need more than digits. */
export const INPUT_MODE: Readonly<Record<CellKind, string>> = {
  count: "numeric",
  signed: "text",
  amount: "decimal",
  money: "text",
};

/** A data cell's input with its physical column, for moving around the table as in a spreadsheet. */
export interface NavCell {
  readonly input: HTMLInputElement;
  readonly cell: CellDef;
  readonly col: number;
  readonly span: number;
}

export interface DrawnTable {
  readonly element: HTMLElement;
  /** Rows that hold data cells, top to bottom, each left to right. */
  readonly rows: readonly (readonly NavCell[])[];
  /** The element that holds a cell's findings, referenced by the input's aria-describedby. */
  readonly messages: ReadonlyMap<string, HTMLElement>;
}

/**
 * The accessible name of a cell's input: its row and its column, as printed. A column heading
 * over the whole table (表三's 申请人情况) names no column and is left out.
 */
export function cellLabel(cell: CellDef, locale: Locale): string {
  const { table } = cell;
  const spansAll = table.layout === "matrix" && table.columns.length === 1;
  const column = cell.column
    .slice(spansAll && cell.column.length > 1 ? 1 : 0)
    .map((c) => c[locale])
    .join(" / ");
  const row = describeCell(cell, locale).row;
  return row ? say("cellLabel", locale, { row, column }) : column;
}

/**
 * Draws one official table from its layout (spans included) with an input in every data cell.
 * `idPrefix` keeps element ids unique when a page holds more than one form.
 */
export function drawTable(table: TableGrid, locale: Locale, idPrefix: string): DrawnTable {
  const layout = tableLayout(table);
  const messages = new Map<string, HTMLElement>();
  const rows: NavCell[][] = [];
  const headerCell = (
    tag: "th",
    cell: Extract<(typeof layout.body)[number][number], { label: unknown }>,
  ) =>
    h(
      tag,
      {
        scope: cell.scope,
        rowspan: cell.rowspan > 1 ? cell.rowspan : undefined,
        colspan: cell.colspan > 1 ? cell.colspan : undefined,
        class: `zf-${cell.type}`,
      },
      printed(cell.label, locale, cell.note),
    );

  const thead = h("thead");
  for (const line of layout.head) {
    const tr = h("tr");
    for (const cell of line) if (cell.type !== "data") tr.append(headerCell("th", cell));
    thead.append(tr);
  }

  const tbody = h("tbody");
  // Physical columns still covered by a row header spanning down from a row above.
  const coveredUntil: number[] = Array(layout.width).fill(-1);
  layout.body.forEach((line, r) => {
    const tr = h("tr");
    const nav: NavCell[] = [];
    let col = 0;
    for (const cell of line) {
      while ((coveredUntil[col] ?? -1) >= r) col++;
      if (cell.type === "data") {
        const msgId = `${idPrefix}m-${cell.cell.id.replaceAll(".", "-")}`;
        const message = h("span", { class: "zf-msg", id: msgId });
        const input = h("input", {
          type: "text",
          class: "zf-cell",
          "data-cell": cell.cell.id,
          "aria-label": cellLabel(cell.cell, locale),
          inputmode: INPUT_MODE[cell.cell.kind],
          autocomplete: "off",
          spellcheck: "false",
        });
        messages.set(cell.cell.id, message);
        nav.push({ input, cell: cell.cell, col, span: cell.colspan });
        tr.append(
          h("td", { colspan: cell.colspan > 1 ? cell.colspan : undefined }, input, message),
        );
      } else {
        tr.append(headerCell("th", cell));
        for (let c = col; c < col + cell.colspan; c++) coveredUntil[c] = r + cell.rowspan - 1;
      }
      col += cell.colspan;
    }
    tbody.append(tr);
    if (nav.length) rows.push(nav);
  });

  const element = h(
    "table",
    { class: "zf-table", "data-table": table.id },
    h("caption", {}, table.title[locale]),
    thead,
    tbody,
  );
  return { element, rows, messages };
}
