import { CELLS, idx, NUMBER } from "../../engine/cells.js";
import { Big, exceedsBeyondTolerance, toWan } from "../../engine/decimal.js";
import type { Rule, RuleContext } from "../../engine/rule.js";
import { agencyLevel } from "../../rules/agency.js";
import { markCheck } from "../../rules/shared.js";

const T2 = CELLS.filter((c) => c.table.id === "T2");
const COUNT_INDEX = T2.filter((c) => c.kind === "count").map((c) => idx(c.id));
const FEE = idx("T2.fees");
const REGULATIONS = ["T2.regulations.issued", "T2.regulations.repealed", "T2.regulations.inForce"];
const STOCKS = ["regulations", "normativeDocs"];
const DECISIONS = ["T2.licensing", "T2.penalties", "T2.coercion"];

const levelOf = (ctx: RuleContext) =>
  ctx.memo("agencyLevel", () => agencyLevel(ctx.report.meta.agency));

/** Table 二 of the 2021 format (T2-…): its counts, its fee and its stocks across years. */
export const table2Rules2021: readonly Rule[] = [
  {
    id: "T2-01",
    type: "structural",
    severity: "warning",
    title: { "zh-Hans": "表二件数应为非负整数", en: "Table 二 counts are whole numbers ≥ 0" },
    description: {
      "zh-Hans":
        "本年制发件数、本年废止件数、现行有效件数、本年处理决定数量均为件数；本规则报出以记号代替数字的单元格，负数与小数由模型校验报出。",
      en: "Documents issued, repealed, in force and decisions made are counts; this rule reports cells written as a mark, negative and fractional values are reported by the model check.",
    },
    source: "derived by this toolkit from the official tables (structural: counts)",
    cells: COUNT_INDEX.map((i) => CELLS[i]?.id ?? ""),
    check(ctx, emit) {
      markCheck(COUNT_INDEX, ctx.cells, emit);
    },
  },
  {
    id: "T2-02",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "收费金额为以万元计的非负小数", en: "The fee is a decimal ≥ 0 in 万元" },
    description: {
      "zh-Hans":
        "「本年收费金额（单位：万元）」为以万元计的非负十进制数；本规则报出以记号代替金额的情形，带单位或写成数字的金额由模型校验报出。",
      en: "The fee column is a decimal ≥ 0 in 万元; this rule reports a mark written instead of an amount, amounts with a unit or written as numbers are reported by the model check.",
    },
    source: "国办公开办函〔2021〕30号 表二：「本年收费金额（单位：万元）」",
    cells: ["T2.fees"],
    check(ctx, emit) {
      markCheck([FEE], ctx.cells, emit);
    },
  },
  {
    id: "T2-05",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "无规章制定权的机关报告了规章",
      en: "Regulations reported by a body without rule-making power",
    },
    description: {
      "zh-Hans":
        "只有国务院部门、省级政府和设区的市、自治州政府可以制定规章；县乡政府及地方政府部门的「规章」一行应为 0（按机关名称保守判断）。",
      en: "Only State Council departments, provincial governments and governments of districted cities and autonomous prefectures make 规章; county and township governments and local departments should report 0 (judged conservatively from the body's name).",
    },
    source: "《立法法》规章制定权的分配 (derived by this toolkit)",
    cells: REGULATIONS,
    check(ctx, emit) {
      const { report, cells } = ctx;
      if (levelOf(ctx) === undefined) return;
      for (const id of REGULATIONS) {
        const i = idx(id);
        const v = cells.num[i] as number;
        if (v > 0)
          emit({
            path: CELLS[i]?.pointer ?? "",
            cells: [id],
            actual: v,
            expected: 0,
            params: { agency: report.meta.agency },
          });
      }
    },
  },
  {
    id: "T2-06",
    type: "heuristic",
    severity: "warning",
    title: { "zh-Hans": "收费金额疑似以元填入万元栏", en: "Fee looks like 元 entered as 万元" },
    description: {
      "zh-Hans":
        "收费金额达到阈值（默认 10000 万元，即一亿元）时，可能把以元计的金额填进了以万元计的栏目。",
      en: "A fee at or above the threshold (10,000 万元 = 100 million 元 by default) may be an amount in 元 entered in the 万元 column.",
    },
    source:
      "derived by this toolkit: amounts in 元 entered where the table asks for 万元 (observed in published reports: 251000元)",
    cells: ["T2.fees"],
    check({ cells, thresholds }, emit) {
      const raw = cells.raw[FEE];
      if (typeof raw !== "string" || cells.state[FEE] !== 0) return;
      // A float is enough to see the fee is far below the ceiling; Big decides near it.
      if (Number(raw) < thresholds.feeCeiling - 1 || new Big(raw).lt(thresholds.feeCeiling)) return;
      emit({
        path: CELLS[FEE]?.pointer ?? "",
        cells: ["T2.fees"],
        actual: raw,
        params: { asWan: toWan(raw, "元").toString() },
      });
    },
  },
  {
    id: "T2-07",
    type: "heuristic",
    severity: "info",
    title: { "zh-Hans": "信息处理费与收费金额", en: "Processing fee against the fee column" },
    description: {
      "zh-Hans":
        "「六、其他需要报告的事项」报告的信息处理费（换算为万元）不应超过表二的收费金额；容差为收费金额所写精度的半个单位。",
      en: "The information processing fee reported in section 六 (in 万元) should not exceed the fee in table 二, within half a unit of the fee's published precision.",
    },
    source: "皖财综〔2021〕28号 (信息处理费 is a 行政事业性收费 item)",
    cells: ["T2.fees"],
    check({ report, cells }, emit) {
      const fee = "processingFee" in report ? report.processingFee : undefined;
      const raw = cells.raw[FEE];
      if (!fee || typeof raw !== "string" || cells.state[FEE] !== 0) return;
      if (!exceedsBeyondTolerance(fee.amount, fee.unit, raw)) return;
      const wan = toWan(fee.amount, fee.unit);
      emit({
        path: "/processingFee",
        cells: ["T2.fees"],
        actual: wan.toString(),
        expected: raw,
        difference: wan.minus(new Big(raw)).toString(),
      });
    },
  },
  {
    id: "T2-08",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "乡镇街道的处理决定数量偏大",
      en: "Many decisions for a township-level body",
    },
    description: {
      "zh-Hans":
        "乡镇、街道报告的行政许可、行政处罚或行政强制决定达到阈值（默认 10000）时，请复核其权限与统计口径。",
      en: "A township or sub-district reporting licensing, penalty or coercion decisions at or above the threshold (10,000 by default): review its powers and how it counted.",
    },
    source: "derived by this toolkit from the official tables",
    cells: DECISIONS,
    check(ctx, emit) {
      const { cells, thresholds } = ctx;
      if (levelOf(ctx) !== "township") return;
      for (const id of DECISIONS) {
        const i = idx(id);
        const v = cells.num[i] as number;
        if (v >= thresholds.decisionsCeiling)
          emit({
            path: CELLS[i]?.pointer ?? "",
            cells: [id],
            actual: v,
            expected: thresholds.decisionsCeiling,
          });
      }
    },
  },
  {
    id: "T2-03",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "现行有效件数 ≈ 上年现行有效 + 制发 − 废止",
      en: "In force ≈ last year's in force + issued − repealed",
    },
    description: {
      "zh-Hans":
        "规章、行政规范性文件的「现行有效件数」应约等于上年现行有效件数加本年制发件数减本年废止件数；修订、失效、清理或机构改革可能合理地打破这一关系。",
      en: "Documents in force should be about last year's in force plus issued minus repealed, for 规章 and 行政规范性文件; amendments, lapses, clean-ups or reorganisations can break it legitimately.",
    },
    source:
      "derived by this toolkit from the official tables (stock-flow reasoning, not an official identity)",
    cells: STOCKS.flatMap((s) => [`T2.${s}.inForce`, `T2.${s}.issued`, `T2.${s}.repealed`]),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      for (const s of STOCKS) {
        const ids = [`T2.${s}.inForce`, `T2.${s}.issued`, `T2.${s}.repealed`] as const;
        const [inForce, issued, repealed] = ids.map(idx) as [number, number, number];
        const beforeAt = idx(ids[0]);
        if (
          [inForce, issued, repealed].some((i) => cells.state[i] !== NUMBER) ||
          previous.cells.state[beforeAt] !== NUMBER
        )
          continue;
        const before = previous.cells.num[beforeAt] as number;
        const expected = before + (cells.num[issued] as number) - (cells.num[repealed] as number);
        const actual = cells.num[inForce] as number;
        if (actual !== expected)
          emit({
            path: CELLS[inForce]?.pointer ?? "",
            cells: ids,
            actual,
            expected,
            difference: actual - expected,
            params: { before },
          });
      }
    },
  },
  {
    id: "T2-04",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "废止件数不超过可废止的件数",
      en: "Repealed ≤ in force last year + issued",
    },
    description: {
      "zh-Hans": "本年废止件数不超过上年现行有效件数与本年制发件数之和。",
      en: "Documents repealed this year are at most last year's documents in force plus this year's issued.",
    },
    source: "derived by this toolkit from the official tables",
    cells: STOCKS.flatMap((s) => [`T2.${s}.repealed`, `T2.${s}.inForce`, `T2.${s}.issued`]),
    needs: "previous",
    check({ cells, previous }, emit) {
      if (!previous) return;
      for (const s of STOCKS) {
        const repealed = idx(`T2.${s}.repealed`);
        const limit =
          (previous.cells.num[idx(`T2.${s}.inForce`)] as number) +
          (cells.num[idx(`T2.${s}.issued`)] as number);
        const a = cells.num[repealed] as number;
        if (a > limit)
          emit({
            path: CELLS[repealed]?.pointer ?? "",
            cells: [`T2.${s}.repealed`, `T2.${s}.inForce`, `T2.${s}.issued`],
            actual: a,
            expected: limit,
            difference: a - limit,
          });
      }
    },
  },
];
