import {
  type CellDef,
  EDITIONS,
  type Edition,
  type GridNode,
  isMark,
  type Locale,
  readCell,
} from "@zfxxgk/schema";
import { cellText } from "./cell-text.js";
import { checkNarrative } from "./input-check.js";
import { RenderInputError, reasonOf } from "./render-error.js";

/**
 * The parts of a report whose body is not its edition's section grid (2008–2018): the sections as
 * the report numbers them, and the statistics table as 附表, drawn as printed (local rows and
 * extra value columns included) or, when only the values are given, from the grid.
 */

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (t: (s: string) => string, v: unknown, path: string): string => {
  if (typeof v !== "string") throw new RenderInputError(path, reasonOf("notString"));
  return t(v);
};

export const APPENDIX_TEXT = {
  mark: "附表",
  indicator: "统计指标",
  unit: "单位",
  value: "统计数",
  filler: "填报单位（盖章）：",
} as const;

/** `body: [{number?, heading, blocks}]` as the sections the common section template draws. */
export function bodySections(body: unknown, t: (s: string) => string, idPrefix: string) {
  if (!Array.isArray(body)) throw new RenderInputError("/body", reasonOf("notSections"));
  return body.map((section, i) => {
    const at = `/body/${i}`;
    if (!isObject(section)) throw new RenderInputError(at, reasonOf("notObject", {}));
    const heading = text(t, section.heading, `${at}/heading`);
    const number =
      section.number === undefined ? undefined : text(t, section.number, `${at}/number`);
    const blocks = checkNarrative(section.blocks, `${at}/blocks`);
    return {
      key: `body-${i}`,
      headingId: `${idPrefix}-body-${i}`,
      heading: number ? `${number}、${heading}` : heading,
      blocks: blocks.map((b) => ({ heading: b.type === "heading", text: t(b.text) })),
    };
  });
}

export interface CellView {
  readonly id?: string;
  readonly kind?: string;
  readonly state: string;
  readonly hasValue: boolean;
  readonly text: string;
}

const looseCell = (value: unknown, path: string): CellView => {
  if (value === null || value === undefined) return { state: "blank", hasValue: false, text: "" };
  if (isMark(value)) return { state: "mark", hasValue: true, text: value };
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "string")
    return { state: "value", hasValue: true, text: String(value) };
  throw new RenderInputError(path, reasonOf("notCellValue"));
};

const gridCell = (cell: CellDef, report: unknown): CellView => {
  const { state, text } = cellText(cell, readCell(report, cell));
  return { id: cell.id, kind: cell.kind, state, hasValue: state !== "blank", text };
};

/** The statistics table as 附表, and the view of a row and of a cell in it. */
export type AppendixView = NonNullable<ReturnType<typeof appendixView>>;

/**
 * The statistics table of a report as 附表, or undefined when it has none (`always`: drawn from
 * the grid even when every value is blank, as a template to fill).
 */
export function appendixView(
  report: Obj,
  edition: Edition,
  locale: Exclude<Locale, "en">,
  t: (s: string) => string,
  idPrefix: string,
  { always = false }: { readonly always?: boolean } = {},
) {
  const def = EDITIONS[edition];
  const table = def.grid.tables.find(
    (tb) => tb.layout === "matrix" && tb.rows.some((r) => r.level !== undefined),
  );
  if (table?.layout !== "matrix") return undefined;
  const nodes = new Map<string, GridNode>(table.rows.map((n) => [n.key ?? n.heading ?? "", n]));
  const cellOf = (key: string) => def.cellIndex.get(`${table.id}.${key}`);
  const printed = report.statistics;
  let rows: { label: string; unit: string; level: number; local?: true; cells: CellView[] }[];
  let head: { title: string; period?: string; filler?: string; columns: string[] };
  if (isObject(printed)) {
    const columns = Array.isArray(printed.columns)
      ? printed.columns.map((c, i) => text(t, c, `/statistics/columns/${i}`))
      : [t(APPENDIX_TEXT.value)];
    if (!Array.isArray(printed.rows))
      throw new RenderInputError("/statistics/rows", reasonOf("notArray"));
    let level = 0;
    rows = printed.rows.map((row, i) => {
      const at = `/statistics/rows/${i}`;
      if (!isObject(row)) throw new RenderInputError(at, reasonOf("notObject", {}));
      const node = typeof row.key === "string" ? nodes.get(row.key) : undefined;
      level = node?.level ?? level;
      const more = Array.isArray(row.values) ? row.values : [];
      const cell = node?.key !== undefined ? cellOf(node.key) : undefined;
      const cells = [
        ...(cell ? [gridCell(cell, report)] : []),
        ...more.map((v, k) => looseCell(v, `${at}/values/${k}`)),
      ];
      while (cells.length < columns.length)
        cells.push({ state: "blank", hasValue: false, text: "" });
      return {
        label: text(t, row.label, `${at}/label`),
        unit: row.unit === undefined ? "" : text(t, row.unit, `${at}/unit`),
        level,
        ...(row.key === undefined ? { local: true as const } : {}),
        cells,
      };
    });
    head = {
      title:
        printed.title === undefined
          ? t(table.title["zh-Hans"])
          : text(t, printed.title, "/statistics/title"),
      ...(typeof printed.period === "string" ? { period: t(printed.period) } : {}),
      ...(typeof printed.filler === "string" ? { filler: t(printed.filler) } : {}),
      columns,
    };
  } else {
    const values = def.cells.filter((c) => c.table.id === table.id).map((c) => readCell(report, c));
    if (!always && values.every((v) => v === null || v === undefined)) return undefined;
    rows = table.rows.map((node) => {
      const cell = node.key !== undefined ? cellOf(node.key) : undefined;
      return {
        label: node.label[locale] + (node.note?.[locale] ?? ""),
        unit: node.unit?.[locale] ?? "",
        level: node.level ?? 0,
        cells: cell ? [gridCell(cell, report)] : [{ state: "blank", hasValue: false, text: "" }],
      };
    });
    head = {
      title: table.title[locale],
      columns: [table.columns[0]?.label[locale] ?? t(APPENDIX_TEXT.value)],
    };
  }
  return {
    tableId: table.id,
    headingId: `${idPrefix}-appendix`,
    mark: t(APPENDIX_TEXT.mark),
    indicator: t(APPENDIX_TEXT.indicator),
    unit: t(APPENDIX_TEXT.unit),
    fillerLabel: t(APPENDIX_TEXT.filler),
    ...head,
    rows,
  };
}
