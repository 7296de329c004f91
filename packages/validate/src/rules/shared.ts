import { CELLS, type CellView, MARK } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { blankTail, place, signed } from "../engine/text.js";

/** A total that differs from the sum of its parts (T3-02, T3-03). */
export const totalMessage: Rule["message"] = {
  "zh-CN": (d) =>
    `${place(d.cells[0], "zh-CN")}为 ${d.actual}，各分项之和为 ${d.expected}（差 ${signed(d.difference)}）${blankTail(d, "zh-CN")}`,
  en: (d) =>
    `${place(d.cells[0], "en")} is ${d.actual}, its parts add up to ${d.expected} (difference ${signed(d.difference)})${blankTail(d, "en")}`,
};

/** A cell written as a mark instead of a number (T2-01, T2-02, T3-04, T4-04). */
export const markMessage: Rule["message"] = {
  "zh-CN": (d) =>
    `${place(d.cells[0], "zh-CN")}写作记号 ${JSON.stringify(d.actual)} 而不是数字，按 0 计算`,
  en: (d) =>
    `${place(d.cells[0], "en")} is written as the mark ${JSON.stringify(d.actual)} instead of a number; read as 0`,
};

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
