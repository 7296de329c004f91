import {
  type CellDef,
  type LayoutCell,
  type Locale,
  type TableGrid,
  tableLayout,
} from "@zfxxgk/schema";
import { cellText } from "./cell-text.js";

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

/**
 * A body row: its header cells, then its data cells (the official layout never interleaves them).
 * Data cells may span columns (table 二's blocks: 2021's single values, 2019's 1/2/1 and 2/2).
 */
interface RowShape {
  readonly caption?: true;
  readonly headers: readonly HeaderView[];
  readonly cells: readonly DataSlot[];
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

function headerView(
  cell: Exclude<LayoutCell, { type: "data" }>,
  locale: Exclude<Locale, "en">,
): HeaderView {
  const base = { label: cell.label[locale], ...spans(cell) };
  if (cell.type === "corner") return { corner: true, ...base };
  return {
    ...base,
    ...(cell.note ? { note: cell.note[locale] } : {}),
    ...(cell.scope ? { scope: cell.scope } : {}),
    ...(cell.type === "caption" ? { cls: "zfxxgk-caption" } : {}),
  };
}

function bodyRow(
  table: TableGrid,
  row: readonly LayoutCell[],
  locale: Exclude<Locale, "en">,
): RowShape {
  const firstData = row.findIndex((cell) => cell.type === "data");
  const split = firstData === -1 ? row.length : firstData;
  const headers = row.slice(0, split);
  const cells = row.slice(split);
  return {
    ...(row.length === 1 && row[0]?.type === "caption" ? { caption: true as const } : {}),
    headers: headers.map((cell) => {
      if (cell.type === "data") throw new Error("unreachable");
      return headerView(cell, locale);
    }),
    ...dataSlots(table, cells),
  };
}

function dataSlots(table: TableGrid, row: readonly LayoutCell[]) {
  const cells = row.map((cell): DataSlot => {
    if (cell.type !== "data")
      throw new Error(`grid: header cell after a data cell in a row of ${table.id}`);
    return { data: true, cell: cell.cell, ...spans(cell) };
  });
  return { cells };
}

function buildShape(table: TableGrid, locale: Exclude<Locale, "en">): TableShape {
  const layout = tableLayout(table);
  return {
    id: table.id,
    head: layout.head.map((row) =>
      row.map((cell) => {
        if (cell.type === "data") throw new Error(`grid: data cell in the head of ${table.id}`);
        return headerView(cell, locale);
      }),
    ),
    body: layout.body.map((row) => bodyRow(table, row, locale)),
  };
}

/** Shapes per table of each edition (editions share table ids, not tables) and language. */
const shapes = new WeakMap<TableGrid, Map<Exclude<Locale, "en">, TableShape>>();

function shapeOf(table: TableGrid, locale: Exclude<Locale, "en">): TableShape {
  let byLocale = shapes.get(table);
  if (!byLocale) {
    byLocale = new Map();
    shapes.set(table, byLocale);
  }
  let shape = byLocale.get(locale);
  if (!shape) {
    shape = buildShape(table, locale);
    byLocale.set(locale, shape);
  }
  return shape;
}

/** The table drawn from tableLayout(), with the report's values in its data cells. */
export function tableView(
  table: TableGrid,
  locale: Exclude<Locale, "en">,
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
      headers: row.headers,
      cells: row.cells.map((slot) => dataView(slot, cellValue)),
    })),
  };
}

function dataView(slot: DataSlot, cellValue: (cell: CellDef) => unknown): DataView {
  const { state, text } = cellText(slot.cell, cellValue(slot.cell));
  const view = {
    data: true as const,
    id: slot.cell.id,
    kind: slot.cell.kind,
    state,
    hasValue: state !== "blank",
    text,
  };
  return slot.colspan ? { ...view, colspan: slot.colspan } : view;
}
