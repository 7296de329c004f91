import { CELLS, idx, NUMBER } from "../engine/cells.js";
import type { Rule, RuleContext } from "../engine/rule.js";
import { type Claim, extractClaims } from "../narrative/claims.js";
import { extractShares } from "../narrative/shares.js";

const claimsOf = (ctx: RuleContext) => ctx.memo("claims", () => extractClaims(ctx.report));

const indices = new WeakMap<readonly string[], readonly number[]>();
/** The cell indices of a list of cells; the narrative readers share their lists, so each is looked up once. */
function indicesOf(cells: readonly string[]): readonly number[] {
  let list = indices.get(cells);
  if (!list) {
    list = cells.map(idx);
    indices.set(cells, list);
  }
  return list;
}

function compare(rule: Claim["rule"]): Rule["check"] {
  return (ctx, emit) => {
    for (const claim of claimsOf(ctx)) {
      if (claim.rule !== rule) continue;
      let table = 0;
      let assessable = true;
      for (const i of indicesOf(claim.cells)) {
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
        // The quote as read (its last 60 characters) and where the whole of it is in the paragraph.
        params: { quote: claim.quote.slice(-60), start: claim.start, end: claim.end },
      });
    }
  };
}

/** The numeric sum of some cells, or undefined when one of them is blank or a mark (X-08 reports it). */
function sumOf(ctx: RuleContext, cells: readonly string[]): number | undefined {
  let total = 0;
  for (const i of indicesOf(cells)) {
    if (ctx.cells.state[i] !== NUMBER) return undefined;
    total += ctx.cells.num[i] as number;
  }
  return total;
}

/** Quoted shares of table 三 categories: each against its cells, and the shares of （七）总计 together. */
const checkShares: Rule["check"] = (ctx, emit) => {
  const byParagraph = new Map<
    string,
    { sum: number; unit: number; categories: Set<string>; cells: string[] }
  >();
  for (const share of extractShares(ctx.report)) {
    const quoted = Number(share.percent);
    const unit = 10 ** -share.decimals;
    if (share.base[0] === "T3.T.TOT") {
      let p = byParagraph.get(share.path);
      if (!p) {
        p = { sum: 0, unit: 0, categories: new Set(), cells: [] };
        byParagraph.set(share.path, p);
      }
      if (!p.categories.has(share.category)) {
        p.categories.add(share.category);
        p.sum += quoted;
        p.unit += unit;
        p.cells.push(...share.cells);
      }
    }
    const part = sumOf(ctx, share.cells);
    const whole = sumOf(ctx, share.base);
    if (part === undefined || whole === undefined || whole === 0) continue;
    const exact = (100 * part) / whole;
    // Rounded or cut to the published decimals: within one unit of the last digit.
    if (Math.abs(quoted - exact) < unit - 1e-9) continue;
    const expected = Number(exact.toFixed(share.decimals));
    emit({
      path: share.path,
      cells: [...share.cells, ...share.base],
      expected,
      actual: quoted,
      difference: Number((quoted - expected).toFixed(share.decimals)),
      params: { quote: share.quote.slice(-60), part, whole, base: share.base[0] as string },
    });
  }
  // Shares of the outcome categories (办结 itself excluded) cannot add up to more than 100 %.
  for (const [path, p] of byParagraph) {
    p.categories.delete("T");
    if (p.categories.size < 2 || p.sum <= 100 + p.unit) continue;
    emit({
      path,
      cells: [...p.cells, "T3.T.TOT"],
      expected: 100,
      actual: Number(p.sum.toFixed(6)),
      difference: Number((p.sum - 100).toFixed(6)),
      params: { quote: "", categories: p.categories.size },
    });
  }
};

const SOURCE =
  "怀化市 notice on the 2021 reports: 数据精确 (figures must be exact); errors observed in published reports";

export const narrativeRules: readonly Rule[] = [
  {
    id: "T3-10",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "总体情况所述申请数字与表三一致",
      en: "Application figures in section 一 match table 三",
    },
    description: {
      "zh-Hans":
        "一、总体情况中引述的收到、结转、办结、予以公开、不予公开、无法提供、不予处理等件数（含「两件」「十七件」等中文数字）应等于表三对应单元格；语义不明确的句子不作判断。",
      en: "Figures quoted in section 一 (received, carried over, concluded, disclosed, refused, unavailable, not processed …, Chinese numerals included) equal the matching cells of table 三; ambiguous sentences are left alone.",
    },
    source: SOURCE,
    cells: CELLS.filter((c) => c.table.id === "T3" && c.id.endsWith(".TOT")).map((c) => c.id),
    check: compare("T3-10"),
  },
  {
    id: "T3-11",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "总体情况所述办理结果占比与表三一致",
      en: "Outcome percentages in section 一 match table 三",
    },
    description: {
      "zh-Hans":
        "一、总体情况中引述的予以公开、部分公开、不予公开、无法提供、不予处理、其他处理的百分比，按「（七）总计」（或句中明确写出的「本年新收」）为分母，应与表三一致（允许按所写小数位四舍五入或截断）；各类占比之和不应超过 100%。分类或分母不明确的句子不作判断。",
      en: "Percentages of the outcome categories of table 三 quoted in section 一 (disclosed, partly disclosed, refused, unavailable, not processed, other) equal the category's share of the grand total (7) — or of new applications when the sentence says so — rounded or cut to the published decimals; the shares together do not exceed 100 %. Sentences with an unclear category or base are left alone.",
    },
    source:
      "derived by this toolkit from the official tables (quoted shares observed not to add up in a published report)",
    cells: [
      ...CELLS.filter((c) => c.table.id === "T3" && c.id.endsWith(".TOT"))
        .map((c) => c.id)
        .filter((id) => !/^T3\.R[24]\./.test(id)),
    ],
    check: checkShares,
  },
  {
    id: "T3-14",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "总体情况所述申请人类型与表三一致",
      en: "Applicant types in section 一 match table 三",
    },
    description: {
      "zh-Hans":
        "一、总体情况中关于申请人类型的表述（如「均为自然人申请」「企业申请X件」）应与表三「一、本年新收」各申请人列一致。",
      en: "Statements on applicant types in section 一 (such as “all from natural persons” or “X from enterprises”) match the applicant columns of row 一 of table 三.",
    },
    source: "derived by this toolkit from the official tables",
    cells: ["T3.R1.NP", "T3.R1.CE", "T3.R1.RI", "T3.R1.SW", "T3.R1.LS", "T3.R1.OT"],
    check: compare("T3-14"),
  },
  {
    id: "T4-05",
    type: "heuristic",
    severity: "warning",
    title: { "zh-Hans": "总体情况所述行政诉讼总数", en: "Total lawsuits quoted in section 一" },
    description: {
      "zh-Hans":
        "表四没有行政诉讼合计；文字给出的行政诉讼件数应等于「未经复议直接起诉」与「复议后起诉」两个总计之和。",
      en: "Table 四 has no grand total of lawsuits; a total quoted in the text equals the totals of direct lawsuits plus lawsuits after reconsideration.",
    },
    source: "derived by this toolkit from the official tables",
    cells: ["T4.LD.tot", "T4.LR.tot"],
    check: compare("T4-05"),
  },
  {
    id: "T4-06",
    type: "heuristic",
    severity: "warning",
    title: {
      "zh-Hans": "总体情况所述复议诉讼数字与表四一致",
      en: "Review and lawsuit figures in section 一 match table 四",
    },
    description: {
      "zh-Hans":
        "一、总体情况中引述的行政复议、行政诉讼件数及结果（维持、纠正、尚未审结等，「结果维持」指全部维持）应与表四一致。",
      en: "Reconsideration and lawsuit figures and outcomes quoted in section 一 (upheld, corrected, pending …; “结果维持” means all upheld) match table 四.",
    },
    source: "derived by this toolkit from the official tables",
    cells: CELLS.filter((c) => c.table.id === "T4").map((c) => c.id),
    check: compare("T4-06"),
  },
];
