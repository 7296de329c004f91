import { CELLS, type CellView, MARK } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { blankTail, compared, place } from "../engine/text.js";

/** A total that differs from the sum of its parts, named in words (T3-02: 本行各分项, T3-03: …). */
export function totalMessage(
  parts: { readonly "zh-CN": string; readonly en: string } = {
    "zh-CN": "各分项",
    en: "its parts",
  },
): Rule["message"] {
  return {
    "zh-CN": (d) =>
      `${place(d.cells[0], "zh-CN")}为 ${d.actual}，${parts["zh-CN"]}之和为 ${d.expected}（${compared(d.difference, "zh-CN", "总计", `${parts["zh-CN"]}之和`)}）${blankTail(d, "zh-CN")}`,
    en: (d) =>
      `${place(d.cells[0], "en")} is ${d.actual}, ${parts.en} add up to ${d.expected} (${compared(d.difference, "en", "the total", parts.en)})${blankTail(d, "en")}`,
  };
}

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
