import {
  EDITIONS,
  type Edition,
  editionIds,
  type GridNode,
  parseReport,
  type Report,
  writeCell,
} from "@zfxxgk/schema";
import {
  int,
  narrative,
  PLACES,
  paragraph,
  pick,
  prng,
  type Random,
  survivesHant,
  UNITS,
  VALUE,
  WORDS,
} from "./random-report.js";

/** The editions whose body the report numbers itself (no sections fixed by the grid). */
export const numberedEditions = editionIds.filter((id) => EDITIONS[id].grid.sections.length === 0);

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const EXTRA_COLUMNS = ["区直单位", "乡镇街道", "县直部门"];
const LOCAL_ROWS = ["网上申请受理数", "政务公开专栏更新数", "公开指南修订数"].filter(survivesHant);

/** A value of an extra column or of a local row, as printed: a count, a decimal, blank or a mark. */
function loose(r: Random): number | string | null {
  const x = r();
  if (x < 0.15) return null;
  if (x < 0.2) return pick(r, ["—", "/", "无"] as const);
  if (x < 0.3) return `${int(r, 0, 99)}.${int(r, 1, 9)}`;
  return int(r, 0, 99_999);
}

/** A value of an amount row (万元) is kept as the decimal written, whole numbers too. */
const inRow = (value: number | string | null, amount: boolean) =>
  amount && typeof value === "number" ? String(value) : value;

/**
 * A random valid report of an edition without fixed sections (2008–2018): the report's own
 * numbered sections with sub-headings, the 落款 date, every value of the statistics table, and the
 * table as printed with extra value columns, local rows and the 填报单位 line. Seeded.
 */
export function randomNumberedReport(seed: number, edition: Edition): Report {
  const r = prng(seed);
  const spec = EDITIONS[edition];
  const agency = `${pick(r, PLACES)}${pick(r, UNITS)}`;
  const year = int(r, spec.years.from, spec.years.to ?? spec.years.from);
  const meta: Report["meta"] = {
    agency,
    year,
    publishedOn: `${year + 1}-0${int(r, 1, 3)}-${String(int(r, 10, 28))}`,
  };
  if (r() < 0.5) meta.title = `${agency}${year}年度政府信息公开工作年度报告`;
  if (r() < 0.5) meta.period = { start: `${year}-01-01`, end: `${year}-12-31` };
  const body = Array.from({ length: int(r, 1, NUMERALS.length) }, (_, i) => ({
    number: NUMERALS[i] as string,
    heading: `${pick(r, WORDS)}${pick(r, WORDS)}情况`,
    blocks: narrative(r, 4),
  }));
  const table = spec.grid.tables.find(
    (t) => t.layout === "matrix" && t.rows.some((row) => row.level !== undefined),
  );
  if (table?.layout !== "matrix") throw new Error(`edition ${edition} has no statistics table`);
  const columns = ["统计数", ...EXTRA_COLUMNS.slice(0, int(r, 0, EXTRA_COLUMNS.length))];
  const rows: Record<string, unknown>[] = [];
  for (const node of table.rows as readonly GridNode[]) {
    const withNote = node.note && r() < 0.5 ? node.label["zh-Hans"] + node.note["zh-Hans"] : "";
    rows.push({
      key: node.key ?? node.heading,
      label: withNote && survivesHant(withNote) ? withNote : node.label["zh-Hans"],
      ...(node.unit ? { unit: node.unit["zh-Hans"] } : {}),
      ...(node.key !== undefined && columns.length > 1
        ? {
            values: columns
              .slice(1)
              .map(() => inRow(loose(r), (node.kind ?? table.kind) === "amount")),
          }
        : {}),
    });
    if (r() < 0.05)
      rows.push({
        label: pick(r, LOCAL_ROWS),
        unit: "件",
        values: columns.map((_, i) => (i === 0 ? int(r, 0, 999) : loose(r))),
      });
  }
  const report = {
    edition,
    meta,
    ...(r() < 0.6 ? { preamble: [{ type: "paragraph" as const, text: paragraph(r) }] } : {}),
    body,
    tables: {},
    statistics: {
      title: "政府信息公开情况统计表",
      ...(r() < 0.7 ? { period: `${year}年度` } : {}),
      ...(r() < 0.7 ? { filler: agency } : {}),
      columns,
      rows,
    },
  } as unknown as Report;
  for (const cell of spec.cells) writeCell(report, cell, VALUE[cell.kind](r));
  const checked = parseReport(report);
  if (!checked.ok)
    throw new Error(`random report ${seed} is invalid: ${JSON.stringify(checked.diagnostics)}`);
  return checked.report as Report;
}
