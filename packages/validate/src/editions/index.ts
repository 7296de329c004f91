import type { Edition } from "@zfxxgk/schema";
import type { Rule } from "../engine/rule.js";
import { aggregateRules } from "../rules/aggregate.js";
import { crossYearRules } from "../rules/cross-year.js";
import { narrativeRules } from "../rules/narrative.js";
import { reportRules } from "../rules/report.js";
import { table3Rules } from "../rules/table3.js";
import { table4Rules } from "../rules/table4.js";
import { rules2007 } from "./2007/rules.js";
import { table2Rules2019 } from "./2019/table2.js";
import { from2019Rules } from "./2021/from-2019.js";
import { table2Rules2021 } from "./2021/table2.js";

/** The rule families every edition with tables 三 and 四 shares. */
const shared = [
  ...table3Rules,
  ...table4Rules,
  ...narrativeRules,
  ...crossYearRules,
  ...reportRules,
  ...aggregateRules,
];

const order = (id: string) => {
  const [, group = "", n = "0"] = /^([A-Z]\d?)[a-z]?-(\d+)$/.exec(id) ?? [];
  return (
    ["T3", "T4", "T2", "S", "X", "R"].indexOf(group) * 100 + Number(n) + (/^T2b/.test(id) ? 50 : 0)
  );
};
const sorted = (list: readonly Rule[]) => [...list].sort((a, b) => order(a.id) - order(b.id));

/** The rules each edition runs, in the order findings are reported: table 三, 四, 二, then the whole report. */
const RULE_SETS: Record<Edition, readonly Rule[]> = {
  "2021": sorted([...shared, ...table2Rules2021, ...from2019Rules]),
  "2019": sorted([...shared, ...table2Rules2019]),
  "2007": sorted(rules2007),
};

export function ruleSetOf(edition: Edition): readonly Rule[] {
  return RULE_SETS[edition];
}

/** Every rule of every edition, once, with the editions that run it. */
export const rules: readonly Rule[] = sorted([
  // By id: an edition may run a shared rule under a condition of its own (2007's X-08).
  ...new Map(
    Object.values(RULE_SETS)
      .flat()
      .reverse()
      .map((r) => [r.id, r]),
  ).values(),
]);

export function editionsOfRule(id: string): Edition[] {
  return (Object.keys(RULE_SETS) as Edition[]).filter((e) => RULE_SETS[e].some((r) => r.id === id));
}
