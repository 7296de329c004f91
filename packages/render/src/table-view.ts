import { type CellDef, type LayoutCell, type TableGrid, tableLayout } from "@zfxxgk/schema";
import { cellText } from "./cell-text.js";
import type { RenderLocale } from "./options.js";

/** A header or corner cell as the table template draws it. */
export interface HeaderView {
  readonly corner?: true;
  readonly label: string;
  readonly note?: string;
  readonly scope?: string;
  readonly cls?: string;
  readonly rowspan?: number;
  readonly colspan?: number;
}

/** A data cell as the table template draws it. */
export interface DataView {
  readonly data: true;
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  readonly hasValue: boolean;
  readonly text: string;
  readonly colspan?: number;
}

interface DataSlot {
  readonly data: true;
  readonly cell: CellDef;
  readonly colspan?: number;
}

interface RowShape {
  readonly caption?: true;
  readonly cells: readonly (HeaderView | DataSlot)[];
}

/** The parts of a table that do not depend on the report: labels and spans in one script. */
interface TableShape {
  readonly id: string;
  readonly head: readonly (readonly HeaderView[])[];
  readonly body: readonly RowShape[];
}

export interface TableView {
  readonly id: string;
  readonly labelledBy: string;
  readonly head: readonly (readonly HeaderView[])[] | undefined;
  readonly body: readonly {
    readonly caption?: true;
    readonly cells: readonly (HeaderView | DataView)[];
  }[];
}

const spans = (cell: { rowspan: number; colspan: number }) => ({
  ...(cell.rowspan > 1 ? { rowspan: cell.rowspan } : {}),
  ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
});

function headerView(cell: Exclude<LayoutCell, { type: "data" }>, locale: RenderLocale): HeaderView {
  const base = { label: cell.label[locale], ...spans(cell) };
  if (cell.type === "corner") return { corner: true, ...base };
  return {
    ...base,
    ...(cell.note ? { note: cell.note[locale] } : {}),
    ...(cell.scope ? { scope: cell.scope } : {}),
    ...(cell.type === "caption" ? { cls: "zfxxgk-caption" } : {}),
  };
}

function buildShape(table: TableGrid, locale: RenderLocale): TableShape {
  const layout = tableLayout(table);
  const toView = (cell: LayoutCell): HeaderView | DataSlot =>
    cell.type === "data"
      ? { data: true, cell: cell.cell, ...spans(cell) }
      : headerView(cell, locale);
  return {
    id: table.id,
    head: layout.head.map((row) =>
      row.map((cell) => {
        if (cell.type === "data") throw new Error(`grid: data cell in the head of ${table.id}`);
        return headerView(cell, locale);
      }),
    ),
    body: layout.body.map((row) => ({
      ...(row.length === 1 && row[0]?.type === "caption" ? { caption: true as const } : {}),
      cells: row.map(toView),
    })),
  };
}

const shapes = new Map<string, TableShape>();

function shapeOf(table: TableGrid, locale: RenderLocale): TableShape {
  const key = `${table.id}:${locale}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = buildShape(table, locale);
    shapes.set(key, shape);
  }
  return shape;
}

/** The table drawn from tableLayout(), with the report's values in its data cells. */
export function tableView(
  table: TableGrid,
  locale: RenderLocale,
  cellValue: (cell: CellDef) => unknown,
  labelledBy: string,
): TableView {
  const shape = shapeOf(table, locale);
  return {
    id: shape.id,
    labelledBy,
    head: shape.head.length ? shape.head : undefined,
    body: shape.body.map((row) => ({
      ...(row.caption ? { caption: true as const } : {}),
      cells: row.cells.map((slot) => {
        if (!("data" in slot)) return slot;
        const { state, text } = cellText(slot.cell, cellValue(slot.cell));
        return {
          data: true as const,
          id: slot.cell.id,
          kind: slot.cell.kind,
          state,
          hasValue: state !== "blank",
          text,
          ...(slot.colspan ? { colspan: slot.colspan } : {}),
        };
      }),
    })),
  };
}
