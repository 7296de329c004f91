import type { Crosswalk } from "../registry.js";

/**
 * What of a 2019-format report carries on in the 2021 format (format.md §2.6): tables 三 and 四
 * unchanged but for （六）其他处理, which 2021 splits into three rows (T3-12), and of table 二 only
 * the decision counts of 行政许可, 行政处罚 and 行政强制 (T2b-07). Nothing else of table 二 maps.
 */
const T3_COLUMNS = ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"];
const SAME_T3_ROWS = ["R1", "R2", "A", "B", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"].concat([
  "U1",
  "U2",
  "U3",
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "T",
  "R4",
]);
const T4_CELLS = ["RV", "LD", "LR"].flatMap((g) =>
  ["keep", "fix", "oth", "pend", "tot"].map((k) => `T4.${g}.${k}`),
);

export const from2019: Crosswalk = {
  from: "2019",
  cells: Object.fromEntries([
    ...SAME_T3_ROWS.flatMap((r) => T3_COLUMNS.map((c) => [`T3.${r}.${c}`, [`T3.${r}.${c}`]])),
    ...T4_CELLS.map((id) => [id, [id]]),
    ["T2.licensing", ["T2.licensing.decisions"]],
    ["T2.penalties", ["T2.penalties.decisions"]],
    ["T2.coercion", ["T2.coercion.decisions"]],
  ]),
};
