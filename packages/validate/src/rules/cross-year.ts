import { CELLS, idx, NUMBER } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { ownText, similarity } from "../narrative/similarity.js";

const T3_COLUMNS = ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].filter((c) =>
  CELLS.some((d) => d.id === `T3.R1.${c}`),
);

export const crossYearRules: readonly Rule[] = [
  {
    id: "T3-06",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "上年结转 = 上年报告的结转下年度",
      en: "Carried over = last year's carry-over",
    },
    description: {
      "zh-Hans":
        "本年「二、上年结转」每列应等于上年报告「四、结转下年度继续办理」同列；「总计」列不一致时升一级（申请人类型重新归类无法解释）。",
      en: "Each column of row 二 (carried over) equals the same column of row 四 in last year's report; a difference in the total column is raised one level (re-classifying applicants cannot explain it).",
    },
    source:
      "derived by this toolkit from the official tables (cross-year continuity; exceptions: 机构改革, change of reporting body)",
    cells: T3_COLUMNS.flatMap((c) => [`T3.R2.${c}`, `T3.R4.${c}`]),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      for (const c of T3_COLUMNS) {
        const now = idx(`T3.R2.${c}`);
        const then = idx(`T3.R4.${c}`);
        if (cells.state[now] !== NUMBER || previous.cells.state[then] !== NUMBER) continue;
        const a = cells.num[now] as number;
        const e = previous.cells.num[then] as number;
        if (a !== e)
          emit({
            path: CELLS[now]?.pointer ?? "",
            cells: [`T3.R2.${c}`, `T3.R4.${c}`],
            actual: a,
            expected: e,
            difference: a - e,
            params: { column: c },
            ...(c === "TOT" ? { severity: "escalate" as const } : {}),
          });
      }
    },
  },
  {
    id: "T3-09",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "上年结转不超过上年在办申请",
      en: "Carried over ≤ last year's applications on hand",
    },
    description: {
      "zh-Hans":
        "本年「二、上年结转」每列不超过上年报告「一、本年新收」与「二、上年结转」同列之和。",
      en: "Each column of row 二 (carried over) is at most last year's new plus carried-over applications in that column.",
    },
    source: "derived by this toolkit from the official tables",
    cells: T3_COLUMNS.flatMap((c) => [`T3.R2.${c}`, `T3.R1.${c}`]),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      for (const c of T3_COLUMNS) {
        const now = idx(`T3.R2.${c}`);
        const onHand =
          (previous.cells.num[idx(`T3.R1.${c}`)] as number) +
          (previous.cells.num[idx(`T3.R2.${c}`)] as number);
        const a = cells.num[now] as number;
        if (a > onHand)
          emit({
            path: CELLS[now]?.pointer ?? "",
            cells: [`T3.R2.${c}`, `T3.R1.${c}`],
            actual: a,
            expected: onHand,
            difference: a - onHand,
          });
      }
    },
  },
  {
    id: "T4-07",
    type: "heuristic",
    severity: "info",
    title: { "zh-Hans": "上年尚未审结的复议案件", en: "Reconsideration cases pending last year" },
    description: {
      "zh-Hans":
        "格式没有复议结转行：本年行政复议总计少于上年尚未审结的件数时提示，上年未结案件是否计入本年无明确规定。",
      en: "The format has no carry-over row for reviews: flags when this year's total is below last year's pending cases, whose counting in the next year is undefined.",
    },
    source: "derived by this toolkit from the official tables (ambiguity of the format)",
    cells: ["T4.RV.tot", "T4.RV.pend"],
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      const tot = cells.num[idx("T4.RV.tot")] as number;
      const pend = previous.cells.num[idx("T4.RV.pend")] as number;
      if (tot < pend)
        emit({
          path: CELLS[idx("T4.RV.tot")]?.pointer ?? "",
          cells: ["T4.RV.tot", "T4.RV.pend"],
          actual: tot,
          expected: pend,
        });
    },
  },
  {
    id: "T4-08",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "复议后起诉而两年均无复议",
      en: "Lawsuits after review without any review",
    },
    description: {
      "zh-Hans":
        "本年有「复议后起诉」，但本年与上年的行政复议总计均为 0 时提示复核（复议可能由其他机关或更早年份作出）。",
      en: "Lawsuits after reconsideration while reconsideration totals are 0 this year and last year: review (the review may have been decided elsewhere or earlier).",
    },
    source: "derived by this toolkit from the official tables",
    cells: ["T4.LR.tot", "T4.RV.tot"],
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      const lr = cells.num[idx("T4.LR.tot")] as number;
      if (lr > 0 && cells.num[idx("T4.RV.tot")] === 0 && previous.cells.num[idx("T4.RV.tot")] === 0)
        emit({
          path: CELLS[idx("T4.LR.tot")]?.pointer ?? "",
          cells: ["T4.LR.tot", "T4.RV.tot"],
          actual: lr,
        });
    },
  },
  {
    id: "X-06",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "与上年报告内容雷同", en: "Near-duplicate of last year's report" },
    description: {
      "zh-Hans":
        "一、总体情况与五、存在的主要问题及改进情况的文字与上年报告的相似度达到阈值（默认 0.8，字符二元组）时提示：内容雷同属于年度报告格式列明的问题。",
      en: "The text of sections 一 and 五 is at least as similar to last year's as the threshold (0.8 by default, character bigrams): 内容雷同 is named as a fault by the 2021 format.",
    },
    source: "国办公开办函〔2021〕30号（四）：内容雷同",
    cells: [],
    needs: "previous",
    check({ report, previous, thresholds }, emit) {
      if (!previous) return;
      const a = ownText(report);
      const b = ownText(previous.report);
      if (a.length < 20 || b.length < 20) return;
      const s = similarity(a, b);
      if (s >= thresholds.similarity)
        emit({
          path: "/sections/overview",
          cells: [],
          actual: Math.round(s * 100) / 100,
          expected: thresholds.similarity,
        });
    },
  },
];
