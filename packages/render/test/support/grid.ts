import { type TableGrid, tableLayout } from "@zfxxgk/schema";

/** One cell placed on the table's grid: first row/column (0-based) and spans. */
export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly text: string;
  readonly cell?: string;
}

/** The HTML table model over tableLayout(): where every cell lands, spans included. */
export function expectedGrid(table: TableGrid, locale: "zh-Hans" | "zh-Hant"): PlacedCell[] {
  const layout = tableLayout(table);
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  [...layout.head, ...layout.body].forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++;
      for (let i = 0; i < cell.rowspan; i++)
        for (let j = 0; j < cell.colspan; j++) taken.add(`${r + i},${c + j}`);
      const base = { row: r, col: c, rowspan: cell.rowspan, colspan: cell.colspan };
      placed.push(
        cell.type === "data"
          ? { ...base, text: "", cell: cell.cell.id }
          : {
              ...base,
              text:
                cell.label[locale] + (cell.type === "header" && cell.note ? cell.note[locale] : ""),
            },
      );
      c += cell.colspan;
    }
  });
  return placed.sort((a, b) => a.row - b.row || a.col - b.col);
}
