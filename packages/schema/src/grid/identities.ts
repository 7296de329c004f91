import { leaves } from "./tree.js";
import type { MatrixTableGrid } from "./types.js";

/**
 * An accounting identity of a table, as data: Σ left = Σ right. A total is an identity whose left
 * side is the one total cell. `rule` names the rule that checks it.
 */
export interface Identity {
  readonly rule: string;
  readonly left: readonly string[];
  readonly right: readonly string[];
  /** Words for the message, e.g. the column key of a per-column identity. */
  readonly params?: Readonly<Record<string, string>>;
}

/** A total cell and the cells it adds up (an identity with one cell on the left). */
export interface SumRelation {
  readonly rule: string;
  readonly total: string;
  readonly parts: readonly string[];
}

export function totalsOf(identities: readonly Identity[]): SumRelation[] {
  return identities.flatMap(({ rule, left, right }) =>
    left.length === 1 ? [{ rule, total: left[0] as string, parts: right }] : [],
  );
}

const TOTAL_COLUMN = "TOT";
const RESULTS_TOTAL = "T";

/**
 * The identities of the applications table (表三, 2019 and 2021 alike): per column 一 + 二 =
 * （七）总计 + 四 (T3-01, printed in the corner); per row 总计 = the applicant columns (T3-02); per
 * column （七）总计 = the leaf result rows (T3-03).
 */
export function applicationIdentities(table: MatrixTableGrid): Identity[] {
  const id = table.id;
  const columns = leaves(table.columns).map((c) => c.keys.join("."));
  const rows = leaves(table.rows).map((r) => r.keys.join("."));
  const resultGroup = table.rows.find((r) => r.children?.length);
  const results = leaves(resultGroup?.children ?? []).map((r) => r.keys.join("."));
  const parts = columns.filter((c) => c !== TOTAL_COLUMN);
  const outcomes = results.filter((r) => r !== RESULTS_TOTAL);
  return [
    ...columns.map((column) => ({
      rule: "T3-01",
      left: [`${id}.R1.${column}`, `${id}.R2.${column}`],
      right: [`${id}.${RESULTS_TOTAL}.${column}`, `${id}.R4.${column}`],
      params: { column },
    })),
    ...rows.map((row) => ({
      rule: "T3-02",
      left: [`${id}.${row}.${TOTAL_COLUMN}`],
      right: parts.map((c) => `${id}.${row}.${c}`),
    })),
    ...columns.map((column) => ({
      rule: "T3-03",
      left: [`${id}.${RESULTS_TOTAL}.${column}`],
      right: outcomes.map((r) => `${id}.${r}.${column}`),
    })),
  ];
}

/** Table 四 (2019 and 2021 alike): in each of the three groups, 总计 includes 尚未审结 (T4-01…03). */
export function reviewIdentities(table: MatrixTableGrid): Identity[] {
  const rules: Record<string, string> = { RV: "T4-01", LD: "T4-02", LR: "T4-03" };
  return leaves(table.columns)
    .filter((c) => c.leaf.key === "tot")
    .map((c) => {
      const group = c.keys.slice(0, -1).join(".");
      const siblings = c.path.at(-2)?.children ?? [];
      return {
        rule: rules[group] ?? "T4-01",
        left: [`${table.id}.${group}.tot`],
        right: siblings.filter((s) => s.key !== "tot").map((s) => `${table.id}.${group}.${s.key}`),
      };
    });
}
