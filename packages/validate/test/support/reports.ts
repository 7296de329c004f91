import {
  EDITIONS,
  type Edition,
  emptyReport,
  type Report,
  type SectionedEdition,
  type SectionedReport,
  writeCell,
} from "@zfxxgk/schema";

const partsOf = (edition: Edition, total: string) =>
  EDITIONS[edition].totals.find((s) => s.total === total)?.parts ?? [];

type Table3 = Record<string, Record<string, number | string | null>>;
type Group = Record<string, number | string | null>;

/**
 * A complete, consistent report with a figure in every cell: every identity holds, every
 * heuristic is quiet, and 一、总体情况 quotes figures that agree with the tables.
 */
export function goodReport(
  year = 2024,
  variant: "a" | "b" = "a",
  edition: SectionedEdition = year >= 2021 ? "2021" : "2019",
): SectionedReport {
  /** The six applicant columns and the result rows of table 三, read from the edition's totals. */
  const COLUMNS = partsOf(edition, "T3.R1.TOT").map((id) => id.split(".")[2] as string);
  const LEAVES = partsOf(edition, "T3.T.NP").map((id) => id.split(".")[1] as string);
  const r = emptyReport({ agency: "某市某局", year, edition });
  const t3 = r.tables.T3 as unknown as Table3;
  COLUMNS.forEach((col, j) => {
    let total = 0;
    LEAVES.forEach((leaf, k) => {
      const v = leaf === "N1" ? 0 : ((k + j) % 4) + 1;
      (t3[leaf] as Group)[col] = v;
      total += v;
    });
    (t3.T as Group)[col] = total;
    (t3.R2 as Group)[col] = 1;
    (t3.R4 as Group)[col] = 1;
    (t3.R1 as Group)[col] = total;
  });
  for (const row of Object.values(t3))
    row.TOT = COLUMNS.reduce((s, c) => s + (row[c] as number), 0);
  const t4 = r.tables.T4 as unknown as Record<string, Group>;
  t4.RV = { keep: 3, fix: 1, oth: 1, pend: 1, tot: 6 };
  t4.LD = { keep: 2, fix: 1, oth: 0, pend: 1, tot: 4 };
  t4.LR = { keep: 1, fix: 0, oth: 1, pend: 0, tot: 2 };
  if (r.edition === "2021") {
    r.tables.T2.regulations = { issued: 0, repealed: 0, inForce: 0 };
    r.tables.T2.normativeDocs = { issued: 3, repealed: 1, inForce: year === 2024 ? 40 : 38 };
    Object.assign(r.tables.T2, { licensing: 120, penalties: 8, coercion: 2, fees: "0.02" });
    r.processingFee = { amount: "150", unit: "元" };
  } else {
    const first = year === 2019;
    r.tables.T2 = {
      regulations: { made: 0, published: 0, total: 0 },
      normativeDocs: { made: 3, published: 3, total: first ? 37 : 40 },
      licensing: { previous: first ? 63 : 60, change: first ? -3 : 2, decisions: 120 },
      otherServices: { previous: first ? 10 : 11, change: first ? 1 : 0, decisions: 30 },
      penalties: { previous: first ? 200 : 210, change: first ? 10 : -4, decisions: 8 },
      coercion: { previous: 12, change: 0, decisions: 2 },
      fees: { previous: first ? 3 : 2, change: first ? -1 : 0 },
      procurement: { count: 4, amount: "251000元" },
    };
  }
  r.meta.publishedOn = `${year + 1}-01-20`;
  const t = t3 as Record<string, Group>;
  const overview = r.sections.overview;
  overview.splice(1, 0, {
    type: "paragraph",
    text:
      variant === "a"
        ? "本机关坚持以公开为常态，围绕重点领域持续做好主动公开工作，及时更新机构职能和政策文件栏目。"
        : "过去一年我们梳理了公开目录，整合网站栏目，并对历史文件进行了集中清理和标注。",
  });
  overview.splice(3, 0, {
    type: "paragraph",
    text: `本年共收到政府信息公开申请${t.R1?.TOT}件，上年结转${t.R2?.TOT}件，办结${t.T?.TOT}件，结转下年度继续办理${t.R4?.TOT}件。因政府信息公开引发行政复议6件，其中结果维持3件；行政诉讼6件。`,
  });
  r.sections.problems.push({
    type: "paragraph",
    text:
      variant === "a"
        ? "部分栏目更新不够及时，下一步将完善审核流程。"
        : "解读材料形式较单一，将丰富图解和视频解读。",
  });
  r.sections.other.push({
    type: "paragraph",
    text: r.edition === "2021" ? "本年度收取信息处理费150元。" : "本年度无其他需要报告的事项。",
  });
  return r;
}

/** The same report with every cell 0 (a constituent that adds nothing). */
export function zeroReport(from: SectionedReport = goodReport()): SectionedReport {
  const r = clone(from);
  for (const cell of EDITIONS[r.edition].cells)
    writeCell(r, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  return r;
}

export const clone = <T>(x: T): T => structuredClone(x);

/** The edition of 2008–2018 reports, found by its free-form body (no section grid). */
const OLD = (Object.keys(EDITIONS) as Edition[]).find((e) => !EDITIONS[e].grid.sections.length);

/** Figures of the statistics table under which every S rule holds (channels add up to more than the total, S-09). */
const STATISTICS: Record<string, number | string> = {
  "1.1": 150,
  "1.1.a": 5,
  "1.1.b": 8,
  "1.2.1": 0,
  "1.2.2": 140,
  "1.2.3": 10,
  "1.2.4": 37,
  "1.2.5": 20,
  "2.1": 2,
  "2.2.1": 1,
  "2.2.1.a": 1,
  "2.2.2": 1,
  "2.2.2.a": 0,
  "2.2.3": 2,
  "2.2.4": 1,
  "2.2.5": 0,
  "3.1": 6,
  "3.1.1": 1,
  "3.1.2": 0,
  "3.1.3": 4,
  "3.1.4": 1,
  "3.2": 6,
  "3.2.1": 5,
  "3.2.2": 1,
  "3.3": 6,
  "3.3.1": 1,
  "3.3.2": 2,
  "3.3.3": 1,
  "3.3.4": 1,
  "3.3.4.a": 0,
  "3.3.4.b": 0,
  "3.3.4.c": 1,
  "3.3.4.d": 0,
  "3.3.4.e": 0,
  "3.3.4.f": 0,
  "3.3.5": 1,
  "3.3.6": 0,
  "3.3.7": 0,
  "3.3.8": 0,
  "4": 1,
  "4.1": 1,
  "4.2": 0,
  "4.3": 0,
  "5": 0,
  "5.1": 0,
  "5.2": 0,
  "5.3": 0,
  "6": 0,
  "7": "0",
  "8.1": 1,
  "8.2": 2,
  "8.3": 3,
  "8.3.1": 1,
  "8.3.2": 2,
  "8.4": "1.5",
  "9.1": 1,
  "9.2": 1,
  "9.3": 20,
};

const OLD_TEXT = {
  a: [
    ["主动公开情况", "全年主动公开政府信息150条，主要通过政府网站发布。"],
    ["依申请公开情况", "全年收到政府信息公开申请6件，均已按时或延期办结。"],
    ["行政复议和诉讼情况", "发生政府信息公开行政复议1件，结果为维持；没有行政诉讼。"],
    ["培训情况", "举办培训1次，培训20人次。"],
  ],
  b: [
    ["公开工作概述", "本单位坚持以公开为常态，依托门户网站和新媒体发布各类信息。"],
    ["申请办理", "申请渠道畅通，窗口受理与网络受理并行。"],
    ["问题与计划", "下一年度将加强政策解读，丰富公开形式，提升群众满意度。"],
  ],
} as const;

/** A consistent 2008–2018 report: numbered sections whose figures agree with a full statistics table. */
export function goodOldReport(year = 2017, variant: "a" | "b" = "a"): Report {
  if (!OLD) throw new Error("no edition without a section grid");
  const r = emptyReport({ agency: "某市某局", year, edition: OLD }) as Record<string, unknown>;
  const table = EDITIONS[OLD].grid.tables[0];
  const rows = table?.layout === "matrix" ? table.rows : [];
  r.meta = {
    agency: "某市某局",
    year,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    publishedOn: `${year + 1}-03-20`,
  };
  r.body = OLD_TEXT[variant].map(([heading, text], i) => ({
    number: "一二三四五"[i],
    heading,
    blocks: [{ type: "paragraph", text }],
  }));
  r.tables = { S: { ...STATISTICS } };
  r.statistics = {
    title: "政府信息公开情况统计表",
    period: `${year}年度`,
    columns: ["统计数"],
    rows: rows.map((n) => ({
      key: n.key ?? n.heading,
      label: n.label["zh-Hans"],
      ...(n.unit ? { unit: n.unit["zh-Hans"] } : {}),
    })),
  };
  return r as unknown as Report;
}

/** The good report of any edition. */
export function goodReportOf(edition: Edition, year: number, variant: "a" | "b" = "a"): Report {
  return EDITIONS[edition].grid.sections.length
    ? goodReport(year, variant, edition as SectionedEdition)
    : goodOldReport(year, variant);
}
