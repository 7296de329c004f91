import { CELLS, idx, NUMBER } from "../engine/cells.js";
import type { Rule, RuleContext } from "../engine/rule.js";
import { place } from "../engine/text.js";
import { type Claim, extractClaims } from "../narrative/claims.js";

const claimsOf = (ctx: RuleContext) => ctx.memo("claims", () => extractClaims(ctx.report));

function compare(rule: Claim["rule"]): Rule["check"] {
  return (ctx, emit) => {
    for (const claim of claimsOf(ctx)) {
      if (claim.rule !== rule) continue;
      let table = 0;
      let assessable = true;
      for (const id of claim.cells) {
        const i = idx(id);
        table += ctx.cells.num[i] as number;
        if (ctx.cells.state[i] !== NUMBER) assessable = false;
      }
      // A blank cell is reported by X-08; comparing a quoted figure with it would guess.
      if (!assessable || table === claim.value) continue;
      emit({
        path: claim.path,
        cells: claim.cells,
        expected: table,
        actual: claim.value,
        difference: claim.value - table,
        params: { quote: claim.quote.slice(-60) },
      });
    }
  };
}

const cellsNamed = (d: { cells: readonly string[] }, locale: "zh-CN" | "en") =>
  d.cells.map((c) => place(c, locale)).join(locale === "zh-CN" ? " + " : " + ");

const narrativeMessage = {
  "zh-CN": (d: {
    cells: readonly string[];
    actual?: unknown;
    expected?: unknown;
    params?: Readonly<Record<string, unknown>>;
  }) =>
    `一、总体情况写「…${d.params?.quote}」（${d.actual}），而${cellsNamed(d, "zh-CN")}为 ${d.expected}`,
  en: (d: {
    cells: readonly string[];
    actual?: unknown;
    expected?: unknown;
    params?: Readonly<Record<string, unknown>>;
  }) =>
    `Section 一 quotes ${d.actual} ("…${d.params?.quote}"), but ${cellsNamed(d, "en")} is ${d.expected}`,
};

const SOURCE = "怀化 notice on 数据精确 (rules.md T3-10); errors observed in published reports";

export const narrativeRules: readonly Rule[] = [
  {
    id: "T3-10",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-CN": "总体情况所述申请数字与表三一致",
      en: "Application figures in section 一 match table 三",
    },
    description: {
      "zh-CN":
        "一、总体情况中引述的收到、结转、办结、予以公开、不予公开、无法提供、不予处理等件数（含「两件」「十七件」等中文数字）应等于表三对应单元格；语义不明确的句子不作判断。",
      en: "Figures quoted in section 一 (received, carried over, concluded, disclosed, refused, unavailable, not processed …, Chinese numerals included) equal the matching cells of table 三; ambiguous sentences are left alone.",
    },
    source: SOURCE,
    cells: CELLS.filter((c) => c.table.id === "T3" && c.id.endsWith(".TOT")).map((c) => c.id),
    message: narrativeMessage,
    check: compare("T3-10"),
  },
  {
    id: "T3-14",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-CN": "总体情况所述申请人类型与表三一致",
      en: "Applicant types in section 一 match table 三",
    },
    description: {
      "zh-CN":
        "一、总体情况中关于申请人类型的表述（如「均为自然人申请」「企业申请X件」）应与表三「一、本年新收」各申请人列一致。",
      en: "Statements on applicant types in section 一 (such as “all from natural persons” or “X from enterprises”) match the applicant columns of row 一 of table 三.",
    },
    source: "rules.md T3-14 (derived)",
    cells: ["T3.R1.NP", "T3.R1.CE", "T3.R1.RI", "T3.R1.SW", "T3.R1.LS", "T3.R1.OT"],
    message: narrativeMessage,
    check: compare("T3-14"),
  },
  {
    id: "T4-05",
    type: "heuristic",
    severity: "warning",
    title: { "zh-CN": "总体情况所述行政诉讼总数", en: "Total lawsuits quoted in section 一" },
    description: {
      "zh-CN":
        "表四没有行政诉讼合计；文字给出的行政诉讼件数应等于「未经复议直接起诉」与「复议后起诉」两个总计之和。",
      en: "Table 四 has no grand total of lawsuits; a total quoted in the text equals the totals of direct lawsuits plus lawsuits after reconsideration.",
    },
    source: "rules.md T4-05 (derived)",
    cells: ["T4.LD.tot", "T4.LR.tot"],
    message: narrativeMessage,
    check: compare("T4-05"),
  },
  {
    id: "T4-06",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-CN": "总体情况所述复议诉讼数字与表四一致",
      en: "Review and lawsuit figures in section 一 match table 四",
    },
    description: {
      "zh-CN":
        "一、总体情况中引述的行政复议、行政诉讼件数及结果（维持、纠正、尚未审结等，「结果维持」指全部维持）应与表四一致。",
      en: "Reconsideration and lawsuit figures and outcomes quoted in section 一 (upheld, corrected, pending …; “结果维持” means all upheld) match table 四.",
    },
    source: "rules.md T4-06 (derived)",
    cells: CELLS.filter((c) => c.table.id === "T4").map((c) => c.id),
    message: narrativeMessage,
    check: compare("T4-06"),
  },
];
