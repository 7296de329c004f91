import type { Rule } from "../../engine/rule.js";
import { aggregateRules } from "../../rules/aggregate.js";
import { crossYearRules } from "../../rules/cross-year.js";
import { reportRules } from "../../rules/report.js";
import { narrativeRule2007 } from "./narrative.js";
import { statisticsRules } from "./statistics.js";

/**
 * The whole-report rules that apply to 2008–2018 reports: the format for the year (X-01), the
 * period (X-04), the deadline (X-05, 31 March for everyone under the old regulation) and blank
 * cells (X-08, only when a statistics table was published). X-02/X-03 check the 2019+ sections;
 * of the cross-year rules only X-06 (text repeated from last year) applies. A region's statistics
 * table sums its bodies' tables (国办发〔2014〕32号), so the aggregate rules X-10 and R-01 apply.
 */
const APPLIES = new Set(["X-01", "X-04", "X-05", "X-06"]);

const whenTablePublished = (rule: Rule): Rule => ({
  ...rule,
  check(ctx, emit) {
    if ("statistics" in ctx.report && ctx.report.statistics) rule.check(ctx, emit);
  },
});

export const rules2007: readonly Rule[] = [
  ...statisticsRules,
  narrativeRule2007,
  ...aggregateRules,
  ...[...reportRules, ...crossYearRules].flatMap((r) =>
    APPLIES.has(r.id) ? [r] : r.id === "X-08" ? [whenTablePublished(r)] : [],
  ),
];
