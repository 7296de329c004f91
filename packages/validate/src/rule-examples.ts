import {
  EDITIONS,
  type Edition,
  emptyReport,
  hasSections,
  isEdition,
  type JsonValue,
  type Report,
  writeCell,
} from "@zfxxgk/schema";
import type { ValidateOptions } from "./engine/options.js";

/**
 * An example of a rule page, run by the tests: a report built from the example base of its edition
 * (`exampleReport`) with the `cells` and fields given, on which the rule must (`fires: true`) or
 * must not fire.
 */
export interface RuleExample {
  readonly edition: string;
  /** Cells given (a number, a mark such as "—", null for blank); every other cell is 0 ("0" for amounts). */
  readonly cells?: Readonly<Record<string, number | string | null>>;
  /** Other fields by JSON Pointer: a section's blocks, the metadata. */
  readonly set?: Readonly<Record<string, JsonValue>>;
  /** Last year's report, built the same way for the year before (in `edition` when given). */
  readonly previous?: Omit<RuleExample, "fires" | "previous" | "constituents" | "edition"> & {
    readonly edition?: string;
  };
  /** The report is an aggregate of this many copies of itself (the constituents). */
  readonly constituents?: number;
  readonly fires: boolean;
}

const para = (text: string) => [{ type: "paragraph", text }];

/**
 * The base of an example: a report of the edition for its first year by 示例局, every cell 0,
 * every section with a paragraph (一、总体情况 with a paragraph on each aspect the format names),
 * published on 15 January of the next year.
 */
export function exampleBase(edition: Edition, year = EDITIONS[edition].years.from): Report {
  const def = EDITIONS[edition];
  const report = emptyReport({ agency: "示例局", year, edition });
  for (const cell of def.cells)
    writeCell(report, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  if (hasSections(report)) {
    const sections = report.sections as Record<string, unknown[]>;
    for (const key of Object.keys(sections)) sections[key] = para("本年度相关工作按规定开展。");
    sections[def.grid.sections[0]?.key ?? "overview"] = def.vocabulary.overviewAspects.flatMap(
      (a, i) => [
        { type: "heading", text: `（${"一二三四五六七八九十"[i]}）${a["zh-Hans"]}` },
        { type: "paragraph", text: `${a["zh-Hans"]}工作按规定开展。` },
      ],
    );
  }
  (report.meta as { publishedOn?: string }).publishedOn = `${year + 1}-01-15`;
  return report;
}

function build(example: Omit<RuleExample, "fires" | "previous" | "constituents">, year?: number) {
  const { edition } = example;
  if (!isEdition(edition)) throw new Error(`unknown edition ${edition}`);
  const def = EDITIONS[edition];
  const report = exampleBase(edition, year);
  for (const [id, value] of Object.entries(example.cells ?? {})) {
    const cell = def.cellIndex.get(id);
    if (!cell) throw new Error(`edition ${edition} has no cell ${id}`);
    writeCell(report, cell, value);
  }
  for (const [pointer, value] of Object.entries(example.set ?? {})) setAt(report, pointer, value);
  return report;
}

function setAt(target: unknown, pointer: string, value: JsonValue) {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  let at = target as Record<string, unknown>;
  for (const key of keys) {
    at[key] ??= {};
    at = at[key] as Record<string, unknown>;
  }
  if (last !== undefined) at[last] = value;
}

/** The report of an example and the options to validate it with. */
export function exampleReport(example: RuleExample): { report: Report; options: ValidateOptions } {
  const report = build(example);
  const options: { previous?: Report; constituents?: Report[] } = {};
  if (example.previous)
    options.previous = build(
      { ...example.previous, edition: example.previous.edition ?? example.edition },
      report.meta.year - 1,
    );
  if (example.constituents)
    options.constituents = Array.from({ length: example.constituents }, () =>
      structuredClone(report),
    );
  return { report, options };
}

const E21 = "2021";
const E19 = "2019";
const E07 = "2007";
const overview = (text: string) => ({
  "/sections/overview": [{ type: "paragraph", text }],
});

/**
 * A passing and a failing example of each rule that is not an identity of the edition data (those
 * get theirs from the identity itself). Shown on the rule pages and run by the tests.
 */
export const RULE_EXAMPLES: Readonly<Record<string, readonly RuleExample[]>> = {
  "T3-04": [
    { edition: E21, cells: { "T3.R1.CE": 0 }, fires: false },
    { edition: E21, cells: { "T3.R1.CE": "—" }, fires: true },
  ],
  "T3-06": [
    {
      edition: E21,
      cells: { "T3.R2.RI": 1 },
      previous: { cells: { "T3.R4.RI": 1 } },
      fires: false,
    },
    { edition: E21, cells: { "T3.R2.RI": 0 }, previous: { cells: { "T3.R4.RI": 1 } }, fires: true },
  ],
  "T3-07": [
    { edition: E21, cells: { "T3.R1.NP": 1, "T3.R1.TOT": 1 }, fires: false },
    { edition: E21, cells: { "T3.A.TOT": 1, "T3.T.TOT": 1 }, fires: true },
  ],
  "T3-08": [
    { edition: E21, cells: { "T3.R1.TOT": 10, "T3.R4.TOT": 1 }, fires: false },
    { edition: E21, cells: { "T3.R1.TOT": 10, "T3.R4.TOT": 9 }, fires: true },
  ],
  "T3-10": [
    {
      edition: E21,
      cells: { "T3.R1.TOT": 17 },
      set: overview("本年度收到政府信息公开申请17件。"),
      fires: false,
    },
    {
      edition: E21,
      cells: { "T3.R1.TOT": 17 },
      set: overview("本年度收到政府信息公开申请18件。"),
      fires: true,
    },
  ],
  "T3-11": [
    {
      edition: E21,
      cells: { "T3.A.TOT": 1, "T3.T.TOT": 4 },
      set: overview("办结的申请中，予以公开1件，占25%。"),
      fires: false,
    },
    {
      edition: E21,
      cells: { "T3.A.TOT": 1, "T3.T.TOT": 4 },
      set: overview("办结的申请中，予以公开1件，占50%。"),
      fires: true,
    },
  ],
  "T3-13": [
    { edition: E21, fires: false },
    { edition: E21, cells: { "T3.N1.TOT": 1 }, fires: true },
  ],
  "T3-14": [
    {
      edition: E21,
      cells: { "T3.R1.NP": 3 },
      set: overview("本年度的政府信息公开申请均为自然人提出。"),
      fires: false,
    },
    {
      edition: E21,
      cells: { "T3.R1.CE": 1 },
      set: overview("本年度的政府信息公开申请均为自然人提出。"),
      fires: true,
    },
  ],
  "T4-04": [
    { edition: E21, cells: { "T4.RV.oth": 0 }, fires: false },
    { edition: E21, cells: { "T4.RV.oth": "无" }, fires: true },
  ],
  "T4-05": [
    {
      edition: E21,
      cells: { "T4.LD.tot": 2, "T4.LD.keep": 2 },
      set: overview("行政诉讼2件。"),
      fires: false,
    },
    {
      edition: E21,
      cells: { "T4.LD.tot": 2, "T4.LD.keep": 2 },
      set: overview("行政诉讼3件。"),
      fires: true,
    },
  ],
  "T4-06": [
    {
      edition: E21,
      cells: { "T4.RV.tot": 1, "T4.RV.keep": 1 },
      set: overview("行政复议1件，结果维持。"),
      fires: false,
    },
    {
      edition: E21,
      cells: { "T4.RV.tot": 1, "T4.RV.pend": 1 },
      set: overview("行政复议1件，结果维持。"),
      fires: true,
    },
  ],
  "T4-07": [
    {
      edition: E21,
      cells: { "T4.RV.tot": 1, "T4.RV.keep": 1 },
      previous: { cells: { "T4.RV.tot": 1, "T4.RV.pend": 1 } },
      fires: false,
    },
    { edition: E21, previous: { cells: { "T4.RV.tot": 10, "T4.RV.pend": 10 } }, fires: true },
  ],
  "T4-09": [
    { edition: E21, cells: { "T3.R1.TOT": 5, "T4.RV.tot": 1, "T4.RV.keep": 1 }, fires: false },
    { edition: E21, cells: { "T4.RV.tot": 5, "T4.RV.keep": 5 }, fires: true },
  ],
  "T4-10": [
    { edition: E21, cells: { "T4.RV.tot": 5, "T4.RV.keep": 4, "T4.RV.fix": 1 }, fires: false },
    { edition: E21, cells: { "T4.RV.tot": 5, "T4.RV.keep": 1, "T4.RV.fix": 4 }, fires: true },
  ],
  "T2-01": [
    { edition: E21, cells: { "T2.licensing": 0 }, fires: false },
    { edition: E21, cells: { "T2.licensing": "/" }, fires: true },
  ],
  "T2-02": [
    { edition: E21, cells: { "T2.fees": "0" }, fires: false },
    { edition: E21, cells: { "T2.fees": "—" }, fires: true },
  ],
  "T2-03": [
    {
      edition: E21,
      cells: { "T2.normativeDocs.inForce": 5, "T2.normativeDocs.issued": 1 },
      previous: { cells: { "T2.normativeDocs.inForce": 4 } },
      fires: false,
    },
    {
      edition: E21,
      cells: { "T2.normativeDocs.inForce": 50 },
      previous: { cells: { "T2.normativeDocs.inForce": 4 } },
      fires: true,
    },
  ],
  "T2-04": [
    {
      edition: E21,
      cells: { "T2.normativeDocs.repealed": 1 },
      previous: { cells: { "T2.normativeDocs.inForce": 4 } },
      fires: false,
    },
    {
      edition: E21,
      cells: { "T2.normativeDocs.repealed": 100 },
      previous: { cells: { "T2.normativeDocs.inForce": 4 } },
      fires: true,
    },
  ],
  "T2-05": [
    { edition: E21, set: { "/meta/agency": "某某县人民政府" }, fires: false },
    {
      edition: E21,
      set: { "/meta/agency": "某某县人民政府" },
      cells: { "T2.regulations.issued": 1 },
      fires: true,
    },
  ],
  "T2-06": [
    { edition: E21, cells: { "T2.fees": "25.1" }, fires: false },
    { edition: E21, cells: { "T2.fees": "251000" }, fires: true },
  ],
  "T2-08": [
    {
      edition: E21,
      set: { "/meta/agency": "某某镇人民政府" },
      cells: { "T2.licensing": 20 },
      fires: false,
    },
    {
      edition: E21,
      set: { "/meta/agency": "某某镇人民政府" },
      cells: { "T2.licensing": 20000 },
      fires: true,
    },
  ],
  "X-01": [
    { edition: E21, fires: false },
    {
      edition: E19,
      set: {
        "/meta/year": 2022,
        "/meta/period": { start: "2022-01-01", end: "2022-12-31" },
        "/meta/publishedOn": "2023-01-15",
      },
      fires: true,
    },
  ],
  "X-02": [
    { edition: E21, fires: false },
    { edition: E21, set: { "/sections/problems": [] }, fires: true },
  ],
  "X-03": [
    { edition: E21, fires: false },
    { edition: E21, set: overview("本年度政府信息公开工作按规定开展。"), fires: true },
  ],
  "X-04": [
    { edition: E21, fires: false },
    { edition: E21, set: { "/meta/period/end": "2021-06-30" }, fires: true },
  ],
  "X-05": [
    { edition: E21, set: { "/meta/publishedOn": "2022-01-20" }, fires: false },
    { edition: E21, set: { "/meta/publishedOn": "2022-05-01" }, fires: true },
  ],
  "X-08": [
    { edition: E21, fires: false },
    { edition: E21, cells: { "T3.R1.NP": null }, fires: true },
  ],
  "X-10": [
    { edition: E21, cells: { "T3.R1.NP": 1, "T3.R1.TOT": 1 }, constituents: 1, fires: false },
    { edition: E21, cells: { "T3.R1.NP": 1, "T3.R1.TOT": 1 }, constituents: 2, fires: true },
  ],
  "T2b-01": [
    { edition: E19, cells: { "T2.licensing.previous": 0 }, fires: false },
    { edition: E19, cells: { "T2.licensing.previous": "/" }, fires: true },
  ],
  "T2b-02": [
    {
      edition: E19,
      cells: { "T2.coercion.previous": 13, "T2.coercion.change": -13 },
      fires: false,
    },
    { edition: E19, cells: { "T2.coercion.change": -13 }, fires: true },
  ],
  "T2b-03": [
    {
      edition: E19,
      cells: { "T2.penalties.previous": 5 },
      previous: { cells: { "T2.penalties.change": 5 } },
      fires: false,
    },
    { edition: E19, previous: { cells: { "T2.penalties.change": 5 } }, fires: true },
  ],
  "T2b-04": [
    {
      edition: E19,
      cells: { "T2.normativeDocs.published": 4, "T2.normativeDocs.total": 40 },
      fires: false,
    },
    {
      edition: E19,
      cells: { "T2.normativeDocs.published": 41, "T2.normativeDocs.total": 40 },
      fires: true,
    },
  ],
  "T2b-06": [
    { edition: E19, cells: { "T2.procurement.amount": "25.1万元" }, fires: false },
    { edition: E19, cells: { "T2.procurement.amount": "251000" }, fires: true },
  ],
  "S-05": [
    { edition: E07, fires: false },
    { edition: E07, cells: { "S.3.2": 1 }, fires: true },
  ],
  "S-06": [
    { edition: E07, cells: { "S.3.1": 2, "S.3.2": 3 }, fires: false },
    { edition: E07, cells: { "S.3.1": 2, "S.3.2": 4 }, fires: true },
  ],
  "S-09": [
    { edition: E07, fires: false },
    { edition: E07, cells: { "S.1.2.2": 200 }, fires: true },
  ],
  "S-10": [
    { edition: E07, fires: false },
    { edition: E07, cells: { "S.2.1": 10 }, fires: true },
  ],
  "S-11": [
    { edition: E07, fires: false },
    { edition: E07, cells: { "S.2.2.1.a": 5 }, fires: true },
  ],
  "S-12": [
    { edition: E07, fires: false },
    { edition: E07, cells: { "S.1.1.a": 9 }, fires: true },
  ],
  "S-13": [
    { edition: E07, cells: { "S.7": "0" }, fires: false },
    { edition: E07, cells: { "S.7": "—" }, fires: true },
  ],
  "X-06": [
    {
      edition: E21,
      previous: {
        set: {
          "/sections/overview": [
            {
              type: "paragraph",
              text: "上年度主动公开文件十二件，依申请公开工作平稳，平台建设与监督保障另行总结。",
            },
          ],
        },
      },
      fires: false,
    },
    { edition: E21, previous: {}, fires: true },
  ],
  "T2-07": [
    { edition: E21, fires: false },
    { edition: E21, set: { "/processingFee": { amount: "5000000", unit: "元" } }, fires: true },
  ],
  "T2b-07": [
    { edition: E21, previous: { edition: E21 }, fires: false },
    { edition: E21, previous: { edition: E19 }, fires: true },
  ],
  "R-01": [
    { edition: E21, constituents: 1, fires: false },
    {
      edition: E21,
      set: {
        "/meta/constituents": [
          { name: "某区某局", year: 2021, edition: "2021", hash: `sha256:${"0".repeat(64)}` },
        ],
      },
      constituents: 1,
      fires: true,
    },
  ],
  "T3-09": [
    {
      edition: E21,
      cells: { "T3.R2.NP": 5 },
      previous: { cells: { "T3.R1.NP": 5 } },
      fires: false,
    },
    { edition: E21, cells: { "T3.R2.NP": 5 }, previous: {}, fires: true },
  ],
  "T4-08": [
    {
      edition: E21,
      cells: { "T4.LR.tot": 1, "T4.LR.keep": 1 },
      previous: { cells: { "T4.RV.tot": 1, "T4.RV.keep": 1 } },
      fires: false,
    },
    { edition: E21, cells: { "T4.LR.tot": 1, "T4.LR.keep": 1 }, previous: {}, fires: true },
  ],
  "T2b-05": [
    {
      edition: E19,
      cells: {
        "T2.normativeDocs.published": 4,
        "T2.normativeDocs.made": 4,
        "T2.normativeDocs.total": 4,
      },
      fires: false,
    },
    {
      edition: E19,
      cells: { "T2.normativeDocs.published": 4, "T2.normativeDocs.total": 4 },
      fires: true,
    },
  ],
  "S-14": [
    {
      edition: E07,
      cells: { "S.3.1": 3 },
      set: {
        "/statistics": { title: "政府信息公开情况统计表", columns: ["统计数"], rows: [] },
        "/body": [
          {
            number: "一",
            heading: "依申请公开情况",
            blocks: [{ type: "paragraph", text: "全年收到政府信息公开申请3件。" }],
          },
        ],
      },
      fires: false,
    },
    {
      edition: E07,
      cells: { "S.3.1": 3 },
      set: {
        "/statistics": { title: "政府信息公开情况统计表", columns: ["统计数"], rows: [] },
        "/body": [
          {
            number: "一",
            heading: "依申请公开情况",
            blocks: [{ type: "paragraph", text: "全年收到政府信息公开申请5件。" }],
          },
        ],
      },
      fires: true,
    },
  ],
};
