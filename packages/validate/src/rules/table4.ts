import { EDITIONS } from "@zfxxgk/schema";
import { CELLS, idx } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { checkIdentity, identitiesOf, identityCells } from "../engine/sum-check.js";
import { markCheck } from "./shared.js";

const FORMAT = "国办公开办函〔2019〕60号、〔2021〕30号 表四";
const T4_CELLS = CELLS.filter((c) => c.table.id === "T4").map((c) => c.id);

function groupRule(id: string, zh: string, en: string): Rule {
  return {
    id,
    type: "structural",
    severity: "error",
    title: {
      "zh-Hans": `表四${zh}：总计 = 维持 + 纠正 + 其他 + 尚未审结`,
      en: `Table 四, ${en}: total = upheld + corrected + other + pending`,
    },
    description: {
      "zh-Hans": `表四「${zh}」的「总计」包括「尚未审结」：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。`,
      en: `In table 四, the total of ${en} includes pending cases: total = upheld + corrected + other + pending.`,
    },
    source: `${FORMAT}：「总计」与四个结果列（含「尚未审结」）并列`,
    cells: identityCells(Object.values(EDITIONS), id),
    check(ctx, emit) {
      for (const check of identitiesOf(ctx.edition, id)) checkIdentity(check, ctx.cells, emit);
    },
  };
}

const T4_INDEX = T4_CELLS.map(idx);
const RV_TOT = idx("T4.RV.tot");
const RV_FIX = idx("T4.RV.fix");
const RV_PEND = idx("T4.RV.pend");
const LD_TOT = idx("T4.LD.tot");
const R1_TOT = idx("T3.R1.TOT");
const R2_TOT = idx("T3.R2.TOT");

export const table4Rules: readonly Rule[] = [
  groupRule("T4-01", "行政复议", "administrative reconsideration"),
  groupRule("T4-02", "未经复议直接起诉", "lawsuits filed directly"),
  groupRule("T4-03", "复议后起诉", "lawsuits after reconsideration"),
  {
    id: "T4-04",
    type: "structural",
    severity: "warning",
    title: { "zh-Hans": "表四单元格应为非负整数", en: "Table 四 cells are whole numbers ≥ 0" },
    description: {
      "zh-Hans":
        "表四 15 个单元格均为件数；本规则报出以记号代替数字的单元格（按 0 计算），负数与小数由模型校验报出。",
      en: "The 15 cells of table 四 are counts; this rule reports cells written as a mark (read as 0); negative and fractional values are reported by the model check.",
    },
    source: "derived by this toolkit from the official tables (structural: counts of cases)",
    cells: T4_CELLS,
    check(ctx, emit) {
      markCheck(T4_INDEX, ctx.cells, emit);
    },
  },
  {
    id: "T4-09",
    type: "heuristic",
    severity: "info",
    title: { "zh-Hans": "复议诉讼多于申请", en: "More reviews and lawsuits than applications" },
    description: {
      "zh-Hans":
        "行政复议与未经复议直接起诉的案件多于本年新收与上年结转的申请（及上年新收）时，请复核：此类案件通常源于依申请公开的答复。",
      en: "Reviews and direct lawsuits outnumber the applications received and carried over (and last year's): such cases usually arise from application decisions — please review.",
    },
    source: "derived by this toolkit from the official tables (条例第五十一条)",
    cells: ["T4.RV.tot", "T4.LD.tot", "T3.R1.TOT", "T3.R2.TOT"],
    check({ cells, previous }, emit) {
      const cases = (cells.num[RV_TOT] as number) + (cells.num[LD_TOT] as number);
      const applications =
        (cells.num[R1_TOT] as number) +
        (cells.num[R2_TOT] as number) +
        (previous ? (previous.cells.num[R1_TOT] as number) : 0);
      if (cases > applications)
        emit({
          path: CELLS[RV_TOT]?.pointer ?? "",
          cells: ["T4.RV.tot", "T4.LD.tot", "T3.R1.TOT", "T3.R2.TOT"],
          actual: cases,
          expected: applications,
          difference: cases - applications,
        });
    },
  },
  {
    id: "T4-10",
    type: "heuristic",
    severity: "info",
    title: { "zh-Hans": "行政复议纠错率偏高", en: "High correction rate in reconsideration" },
    description: {
      "zh-Hans":
        "已审结的行政复议中结果纠正的比例（纠错率）达到阈值（默认 50%，至少 3 件）时提示。",
      en: "Flags a high share of corrected outcomes among concluded reconsideration cases (50 % by default, at least 3 cases).",
    },
    source:
      "derived by this toolkit from the official tables (used by evaluators comparing bodies)",
    cells: ["T4.RV.fix", "T4.RV.tot", "T4.RV.pend"],
    check({ cells, thresholds }, emit) {
      const concluded = (cells.num[RV_TOT] as number) - (cells.num[RV_PEND] as number);
      const fixed = cells.num[RV_FIX] as number;
      if (
        concluded >= thresholds.correctionMinCases &&
        fixed / concluded >= thresholds.correctionRate
      )
        emit({
          path: CELLS[RV_FIX]?.pointer ?? "",
          cells: ["T4.RV.fix", "T4.RV.tot", "T4.RV.pend"],
          actual: Math.round((fixed / concluded) * 100),
          expected: Math.round(thresholds.correctionRate * 100),
          params: { concluded, fixed },
        });
    },
  },
];
