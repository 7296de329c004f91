import type { Rule } from "../engine/rule.js";
import { crossYearRules } from "./cross-year.js";
import { narrativeRules } from "./narrative.js";
import { reportRules } from "./report.js";
import { table2Rules } from "./table2.js";
import { table3Rules } from "./table3.js";
import { table4Rules } from "./table4.js";

const order = (id: string) => {
  const [, group = "", n = "0"] = /^([A-Z]\d?)-(\d+)$/.exec(id) ?? [];
  return ["T3", "T4", "T2", "X"].indexOf(group) * 100 + Number(n);
};

/** Every rule unit, in the order findings are reported: table 三, 四, 二, then the whole report. */
export const rules: readonly Rule[] = [
  ...table3Rules,
  ...table4Rules,
  ...table2Rules,
  ...narrativeRules,
  ...crossYearRules,
  ...reportRules,
].sort((a, b) => order(a.id) - order(b.id));
