import { type CellDef, tableCells } from "./cells.js";
import { depth, leafCount, leaves } from "./tree.js";
import type { GridNode, Label, TableGrid } from "./types.js";

/**
 * The physical layout of an official table, spans included, derived from the grid. Renderers draw
 * it, browser tests compare against it and the parser reads published tables through it.
 */
export type LayoutCell =
  | {
      readonly type: "corner" | "caption" | "header";
      readonly label: Label;
      readonly note?: Label;
      readonly rowspan: number;
      readonly colspan: number;
      readonly scope?: "col" | "row" | "colgroup" | "rowgroup";
    }
  | {
      readonly type: "data";
      readonly cell: CellDef;
      readonly rowspan: number;
      readonly colspan: number;
    };

export interface TableLayout {
  readonly table: TableGrid;
  /** Physical column count. */
  readonly width: number;
  /** Header rows (repeated on every printed page). */
  readonly head: readonly (readonly LayoutCell[])[];
  readonly body: readonly (readonly LayoutCell[])[];
}

export function tableLayout(table: TableGrid): TableLayout {
  const cells = new Map(tableCells(table).map((c) => [c.id, c]));
  const cellAt = (id: string) => {
    const cell = cells.get(id);
    if (!cell) throw new Error(`grid: no cell ${id}`);
    return cell;
  };

  if (table.layout === "blocks") {
    const width = table.width + 1;
    const body: LayoutCell[][] = [];
    for (const block of table.blocks) {
      const cols = leaves(block.columns);
      const spanOf = (i: number) => block.spans?.[i] ?? table.width / cols.length;
      body.push([
        { type: "caption", label: block.caption, rowspan: 1, colspan: width, scope: "colgroup" },
      ]);
      body.push([
        { type: "header", label: block.header, rowspan: 1, colspan: 1, scope: "col" },
        ...cols.map((c, i) => ({
          type: "header" as const,
          label: c.leaf.label,
          rowspan: 1,
          colspan: spanOf(i),
          scope: "col" as const,
        })),
      ]);
      for (const row of block.rows) {
        body.push([
          { type: "header", label: row.label, rowspan: 1, colspan: 1, scope: "row" },
          ...cols.map((c, i) => ({
            type: "data" as const,
            cell: cellAt([table.id, row.key, ...c.keys].join(".")),
            rowspan: 1,
            colspan: spanOf(i),
          })),
        ]);
      }
    }
    return { table, width, head: [], body };
  }

  const rowDepth = depth(table.rows);
  const colDepth = depth(table.columns);
  const colLeaves = leaves(table.columns);
  const width = rowDepth + colLeaves.length;

  const head: LayoutCell[][] = Array.from({ length: colDepth }, () => []);
  if (rowDepth > 0 && table.corner) {
    head[0]?.push({ type: "corner", label: table.corner, rowspan: colDepth, colspan: rowDepth });
  }
  const walkColumns = (nodes: readonly GridNode[], level: number) => {
    for (const node of nodes) {
      const isLeaf = !node.children?.length;
      head[level]?.push({
        type: "header",
        label: node.label,
        rowspan: isLeaf ? colDepth - level : 1,
        colspan: leafCount(node),
        scope: isLeaf ? "col" : "colgroup",
      });
      if (!isLeaf && node.children) walkColumns(node.children, level + 1);
    }
  };
  walkColumns(table.columns, 0);

  const body: LayoutCell[][] = [];
  const dataCells = (rowKeys: readonly string[]) =>
    colLeaves.map((c) => ({
      type: "data" as const,
      cell: cellAt([table.id, ...rowKeys, ...c.keys].join(".")),
      rowspan: 1,
      colspan: 1,
    }));
  if (rowDepth === 0) {
    body.push(dataCells([]));
  } else {
    const walkRows = (
      nodes: readonly GridNode[],
      level: number,
      keysAbove: readonly string[],
      pending: LayoutCell[],
    ) => {
      for (const node of nodes) {
        if (node.heading !== undefined) {
          // A row that only titles the rows after it: its label across the row, no cells.
          body.push([
            { type: "header", label: node.label, rowspan: 1, colspan: width, scope: "rowgroup" },
          ]);
          continue;
        }
        const keys = node.key === undefined ? keysAbove : [...keysAbove, node.key];
        if (node.children?.length) {
          const group: LayoutCell = {
            type: "header",
            label: node.label,
            rowspan: leafCount(node),
            colspan: 1,
            scope: "rowgroup",
          };
          walkRows(node.children, level + 1, keys, [...pending, group]);
        } else {
          const header: LayoutCell = node.note
            ? {
                type: "header",
                label: node.label,
                note: node.note,
                rowspan: 1,
                colspan: rowDepth - level,
                scope: "row",
              }
            : {
                type: "header",
                label: node.label,
                rowspan: 1,
                colspan: rowDepth - level,
                scope: "row",
              };
          body.push([...pending, header, ...dataCells(keys)]);
        }
        pending = [];
      }
    };
    walkRows(table.rows, 0, [], []);
  }
  return { table, width, head, body };
}
