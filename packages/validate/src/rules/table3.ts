import { EDITIONS } from "@zfxxgk/schema";
import { CELLS, idx } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { checkIdentity, identitiesOf, identityCells } from "../engine/sum-check.js";
import { markCheck } from "./shared.js";

const FORMAT = "国办公开办函〔2019〕60号、〔2021〕30号 表三";
const EVERY_EDITION = Object.values(EDITIONS);
/** Table 三's cells in every edition that has one (a slot an edition lacks reads as 0). */
const T3_CELLS = CELLS.filter((c) => c.table.id === "T3").map((c) => c.id);
const T3_INDEX = T3_CELLS.map(idx);

export const t3Balance: Rule = {
  id: "T3-01",
  type: "official",
  severity: "error",
  title: {
    "zh-Hans": "表三每列：一 + 二 = （七）总计 + 四",
    en: "Table 三, every column: 一 + 二 = (七) total + 四",
  },
  description: {
    "zh-Hans":
      "表三每一列，本年新收与上年结转之和等于办理结果总计与结转下年度之和（表头注明的勾稽关系，本列）。",
    en: "In every column of table 三, new plus carried-over applications equal the concluded total plus those carried into next year (the identity printed in the header, per column).",
  },
  source: `${FORMAT}：表头注「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」`,
  cells: identityCells(EVERY_EDITION, "T3-01"),
  check(ctx, emit) {
    for (const b of identitiesOf(ctx.edition, "T3-01")) checkIdentity(b, ctx.cells, emit);
  },
};

export const t3RowTotal: Rule = {
  id: "T3-02",
  type: "structural",
  severity: "error",
  title: {
    "zh-Hans": "表三每行：总计 = 自然人 + 法人或其他组织五列",
    en: "Table 三, every row: total = natural persons + the five organisation columns",
  },
  description: {
    "zh-Hans":
      "表三每一数据行，「总计」列等于「自然人」与「法人或其他组织」下五列之和（法人或其他组织无小计列）。",
    en: "In every data row of table 三, the total column equals natural persons plus the five columns under legal persons or other organisations (which have no subtotal column).",
  },
  source: `${FORMAT}：申请人情况两级表头，「法人或其他组织」横跨五列（derived）`,
  cells: T3_CELLS,
  check(ctx, emit) {
    for (const r of identitiesOf(ctx.edition, "T3-02")) checkIdentity(r, ctx.cells, emit);
  },
};

export const t3ResultsTotal: Rule = {
  id: "T3-03",
  type: "structural",
  severity: "error",
  title: {
    "zh-Hans": "表三每列：（七）总计 = 办理结果各末级行之和",
    en: "Table 三, every column: (七) total = the leaf result rows",
  },
  description: {
    "zh-Hans":
      "「（七）总计」等于（一）至（六）下各末级行之和（2021 年格式 21 行，2019 年格式「（六）其他处理」为一行，共 19 行）；各类之间没有小计行，区分处理的只计一次。",
    en: "(七) total equals the sum of the leaf rows under (一)–(六) (21 in the 2021 format; 19 in the 2019 format, where (六) other handling is one row); there are no category subtotals and each application is counted once.",
  },
  source: `${FORMAT}：「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」`,
  cells: identityCells(EVERY_EDITION, "T3-03"),
  check(ctx, emit) {
    for (const r of identitiesOf(ctx.edition, "T3-03")) checkIdentity(r, ctx.cells, emit);
  },
};

export const t3Counts: Rule = {
  id: "T3-04",
  type: "structural",
  severity: "warning",
  title: { "zh-Hans": "表三单元格应为非负整数", en: "Table 三 cells are whole numbers ≥ 0" },
  description: {
    "zh-Hans":
      "表三均为件数：负数、小数和带单位的文字由模型校验（schema/…）报出；本规则报出以「—」「/」「无」等记号代替数字的单元格（按 0 计算）。",
    en: "Table 三 holds counts: negative, fractional or unit-suffixed values are reported by the model check (schema/…); this rule reports cells written as a mark such as “—”, “/” or “无” (read as 0).",
  },
  source: "derived by this toolkit from the official tables (structural: counts of applications)",
  cells: T3_CELLS,
  check(ctx, emit) {
    markCheck(T3_INDEX, ctx.cells, emit);
  },
};

const R1_TOT = idx("T3.R1.TOT");
const R2_TOT = idx("T3.R2.TOT");
const R4_TOT = idx("T3.R4.TOT");
const OUTCOME_ROWS = T3_INDEX.filter((i) => !/^T3\.R[12]\./.test(CELLS[i]?.id ?? ""));

export const t3NoIntake: Rule = {
  id: "T3-07",
  type: "structural",
  severity: "error",
  title: { "zh-Hans": "无申请则无办理结果", en: "No applications, no results" },
  description: {
    "zh-Hans": "本年新收与上年结转均为 0 时，办理结果各行与结转下年度均应为 0。",
    en: "When no application was received or carried over, every result row and the carry-over to next year must be 0.",
  },
  source: "derived by this toolkit from the official tables (corollary of T3-01 and T3-04)",
  cells: [R1_TOT, R2_TOT, ...OUTCOME_ROWS].map((i) => CELLS[i]?.id ?? ""),
  check({ cells }, emit) {
    if (cells.num[R1_TOT] !== 0 || cells.num[R2_TOT] !== 0) return;
    for (const i of OUTCOME_ROWS) {
      const v = cells.num[i] as number;
      if (v > 0) {
        const cell = CELLS[i];
        if (cell)
          emit({
            path: cell.pointer,
            cells: ["T3.R1.TOT", "T3.R2.TOT", cell.id],
            expected: 0,
            actual: v,
            difference: v,
          });
      }
    }
  },
};

export const t3CarryOver: Rule = {
  id: "T3-08",
  type: "heuristic",
  severity: "info",
  title: { "zh-Hans": "结转下年度的申请偏多", en: "Many applications carried into next year" },
  description: {
    "zh-Hans":
      "结转下年度的申请超过本年新收的一定比例（默认 25%）：答复期限为 20 个工作日（可延长 20 个），通常只有年末一两个月收到的申请才会结转。",
    en: "Applications carried into next year exceed a share of new ones (25 % by default): answers are due within 20 working days (+20), so usually only applications of the last month or two carry over.",
  },
  source: "《政府信息公开条例》第三十三条 (derived)",
  cells: ["T3.R4.TOT", "T3.R1.TOT"],
  check({ cells, thresholds }, emit) {
    const carried = cells.num[R4_TOT] as number;
    const intake = cells.num[R1_TOT] as number;
    if (carried > 0 && carried > intake * thresholds.carryOverShare)
      emit({
        path: CELLS[R4_TOT]?.pointer ?? "",
        cells: ["T3.R4.TOT", "T3.R1.TOT"],
        actual: carried,
        expected: Math.floor(intake * thresholds.carryOverShare),
        params: { intake, share: Math.round(thresholds.carryOverShare * 100) },
      });
  },
};

const N1_TOT = idx("T3.N1.TOT");

export const t3CategoryMix: Rule = {
  id: "T3-13",
  type: "heuristic",
  severity: "info",
  title: {
    "zh-Hans": "「属于国家秘密」不予公开，请复核",
    en: "Refusals as state secrets: please review",
  },
  description: {
    "zh-Hans": "以「属于国家秘密」为由不予公开在基层机关少见，建议复核其依据（条例第十四条）。",
    en: "Refusing because the information is a state secret is rare for local bodies; review the ground (Article 14).",
  },
  source:
    "derived by this toolkit from the official tables (evaluators examine whether refusals are lawful, Art. 14–16)",
  cells: ["T3.N1.TOT"],
  check({ cells }, emit) {
    const v = cells.num[N1_TOT] as number;
    if (v > 0) emit({ path: CELLS[N1_TOT]?.pointer ?? "", cells: ["T3.N1.TOT"], actual: v });
  },
};

export const table3Rules: readonly Rule[] = [
  t3Balance,
  t3RowTotal,
  t3ResultsTotal,
  t3Counts,
  t3NoIntake,
  t3CarryOver,
  t3CategoryMix,
];
