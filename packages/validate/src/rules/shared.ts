import { CELLS, type CellView, MARK } from "../engine/cells.js";

/** Reports every cell of the list written as a mark instead of a number. */
export function markCheck(
  list: readonly number[],
  view: CellView,
  emit: (f: { path: string; cells: string[]; actual: string; expected: number }) => void,
) {
  for (const i of list) {
    if (view.state[i] !== MARK) continue;
    const cell = CELLS[i];
    if (cell)
      emit({ path: cell.pointer, cells: [cell.id], actual: String(view.raw[i]), expected: 0 });
  }
}
