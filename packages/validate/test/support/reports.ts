import { EDITIONS, type Edition, emptyReport, type Report, writeCell } from "@zfxxgk/schema";

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
  edition: Edition = year >= 2021 ? "2021" : "2019",
): Report {
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
export function zeroReport(from: Report = goodReport()): Report {
  const r = clone(from);
  for (const cell of EDITIONS[r.edition].cells)
    writeCell(r, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  return r;
}

export const clone = <T>(x: T): T => structuredClone(x);
