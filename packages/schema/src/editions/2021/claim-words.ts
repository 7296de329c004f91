import type { ClaimCategory, ClaimTopic, ClaimVocabulary } from "../../grid/claim-vocabulary.js";

/** Table 三's total of a row. */
const T3 = (row: string) => [`T3.${row}.TOT`];
const rows = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `T3.${prefix}${i + 1}.TOT`);
const ORGANISATIONS = ["T3.R1.CE", "T3.R1.RI", "T3.R1.SW", "T3.R1.LS", "T3.R1.OT"];

/** Outcome words of 行政复议/行政诉讼 and the column of table 四 each names. */
const OUTCOMES: [readonly string[], string][] = [
  [["尚未审结", "未审结", "正在审理", "审理中"], "pend"],
  [["维持", "驳回"], "keep"],
  [["纠正", "纠错", "撤销", "确认违法"], "fix"],
  [["其他结果"], "oth"],
];
const UPHELD = "^[，,]?(其中)?(结果)?(均|全部|都)?(为|获|被|予以)?维持[。，,]?$";

/** A topic of table 四: its rows (summed: 行政诉讼 without its kind is both kinds), per outcome. */
function cases(id: string, words: string[], rows4: string[], totalRule: string): ClaimTopic {
  const cells = (column: string) => rows4.map((row) => `T4.${row}.${column}`);
  return {
    id,
    words,
    pick: "one",
    categories: OUTCOMES.map(
      ([outcome, column]): ClaimCategory => ({
        words: outcome,
        cells: cells(column),
        rule: "T4-06",
      }),
    ),
    total: {
      cells: cells("tot"),
      rule: totalRule,
      upheld: { cells: cells("keep"), rule: "T4-06", pattern: UPHELD },
    },
  };
}

/**
 * The words of tables 三 and 四 (the 2019 and 2021 formats share their cells but for the rows of
 * 其他处理: one row in 2019, three in 2021): application words most specific first, the first that
 * appears naming the cells.
 */
export const claimWords = (otherRows: readonly string[]): ClaimVocabulary => ({
  topics: [
    [cases("afterReview", ["复议后起诉"], ["LR"], "T4-06")],
    [cases("direct", ["直接起诉", "未经复议"], ["LD"], "T4-06")],
    [
      cases("review", ["复议"], ["RV"], "T4-06"),
      // Table 四 has no total of lawsuits: both kinds together.
      cases("litigation", ["诉讼", "起诉"], ["LD", "LR"], "T4-05"),
    ],
    [
      {
        id: "application",
        words: ["申请"],
        not: ["主动"],
        pick: "first",
        categories: [
          { words: ["上年结转"], cells: T3("R2"), rule: "T3-10" },
          { words: ["结转"], cells: T3("R4"), rule: "T3-10" },
          { words: ["部分公开"], cells: T3("B"), rule: "T3-10" },
          { words: ["不予公开"], cells: rows("N", 8), rule: "T3-10" },
          { words: ["无法提供"], cells: rows("U", 3), rule: "T3-10" },
          { words: ["不予处理"], cells: rows("P", 5), rule: "T3-10" },
          { words: ["其他处理"], cells: otherRows, rule: "T3-10" },
          { words: ["予以公开", "同意公开"], cells: T3("A"), rule: "T3-10" },
          { words: ["办结", "办理完毕", "答复完毕", "已答复"], cells: T3("T"), rule: "T3-10" },
          { words: ["自然人"], cells: ["T3.R1.NP"], rule: "T3-14" },
          { words: ["商业企业", "企业"], cells: ["T3.R1.CE"], rule: "T3-14" },
          { words: ["法人或其他组织", "法人"], cells: ORGANISATIONS, rule: "T3-14" },
          { words: ["收到", "新收", "受理", "接收", "共有"], cells: T3("R1"), rule: "T3-10" },
        ],
      },
    ],
  ],
  nil: [
    {
      topic: "application",
      words: ["自然人"],
      pattern: "(均|全部|都)(为|是|来自|系)自然人",
      cells: ORGANISATIONS,
      rule: "T3-14",
    },
  ],
});

/** The rows of 其他处理 in the 2021 format. */
export const claimWords2021 = claimWords(rows("O", 3));
