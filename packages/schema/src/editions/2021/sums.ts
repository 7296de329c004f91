import { leaves } from "../../grid/tree.js";
import { table3_2021, table4_2021 } from "./grid.js";

/** A total cell and the cells it adds up, as the 2021 tables define them. */
export interface SumRelation {
  readonly total: string;
  readonly parts: readonly string[];
  /** Which relation of the format this is, for the rules that check it. */
  readonly kind: "T3-row-total" | "T3-results-total" | "T4-group-total";
}

const t3Columns = leaves(table3_2021.columns).map((c) => c.keys.join("."));
const t3Rows = leaves(table3_2021.rows).map((r) => r.keys.join("."));
const results = leaves(table3_2021.rows.find((r) => "children" in r)?.children ?? []).map((r) =>
  r.keys.join("."),
);
const T3_TOTAL_COLUMN = "TOT";
const T3_RESULTS_TOTAL = "T";

/** 总计 column of table 三: for every row, 总计 = 自然人 + the five 法人或其他组织 columns. */
const rowTotals: SumRelation[] = t3Rows.map((row) => ({
  kind: "T3-row-total",
  total: `T3.${row}.${T3_TOTAL_COLUMN}`,
  parts: t3Columns.filter((c) => c !== T3_TOTAL_COLUMN).map((c) => `T3.${row}.${c}`),
}));

/** （七）总计 of table 三: for every column, the sum of the 21 leaf result rows. */
const resultTotals: SumRelation[] = t3Columns.map((col) => ({
  kind: "T3-results-total",
  total: `T3.${T3_RESULTS_TOTAL}.${col}`,
  parts: results.filter((r) => r !== T3_RESULTS_TOTAL).map((r) => `T3.${r}.${col}`),
}));

/** Table 四: in each of the three groups, 总计 includes 尚未审结. */
const groupTotals: SumRelation[] = leaves(table4_2021.columns)
  .filter((c) => c.leaf.key === "tot")
  .map((c) => {
    const group = c.keys.slice(0, -1).join(".");
    return {
      kind: "T4-group-total",
      total: `T4.${group}.tot`,
      parts: ["keep", "fix", "oth", "pend"].map((k) => `T4.${group}.${k}`),
    };
  });

export const sums2021: readonly SumRelation[] = [...resultTotals, ...rowTotals, ...groupTotals];

/** Table 三, per column: 一 + 二 = （七）总计 + 四 (the identity printed in the table). */
export const t3Balance2021 = t3Columns.map((col) => ({
  column: col,
  inflow: [`T3.R1.${col}`, `T3.R2.${col}`],
  outflow: [`T3.${T3_RESULTS_TOTAL}.${col}`, `T3.R4.${col}`],
}));
