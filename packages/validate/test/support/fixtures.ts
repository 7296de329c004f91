import type { Report } from "@zfxxgk/schema";
import type { ValidateOptions } from "@zfxxgk/validate";
import { clone, goodReport, zeroReport } from "./reports.js";

type Cells = Record<string, Record<string, unknown>>;
const t3 = (r: Report) => r.tables.T3 as unknown as Cells;
const t4 = (r: Report) => r.tables.T4 as unknown as Cells;
const add = (row: Record<string, unknown>, key: string, n: number) => {
  row[key] = (row[key] as number) + n;
};

export interface Fixture {
  /** Changes a good report so that the rule fails. */
  readonly fail: (r: Report) => void;
  /** Options the failing case needs (last year's report, constituents). */
  readonly options?: (r: Report) => ValidateOptions;
}

const previous = (change: (p: Report) => void) => () => {
  const p = goodReport(2023, "b");
  change(p);
  return { previous: p };
};

/** One failing change per rule; the good report (tests/support/reports.ts) is the passing case. */
export const fixtures: Record<string, Fixture> = {
  "T3-01": { fail: (r) => (add(t3(r).R4!, "NP", 1), add(t3(r).R4!, "TOT", 1)) },
  "T3-02": { fail: (r) => add(t3(r).A!, "TOT", 1) },
  "T3-03": { fail: (r) => (add(t3(r).B!, "CE", 1), add(t3(r).B!, "TOT", 1)) },
  "T3-04": { fail: (r) => void (t3(r).R1!.CE = "—") },
  "T3-06": {
    fail: () => {},
    options: previous((p) => (add(t3(p).R4!, "RI", 1), add(t3(p).R4!, "TOT", 1))),
  },
  "T3-07": {
    fail: (r) => {
      for (const row of ["R1", "R2"]) for (const k of Object.keys(t3(r)[row]!)) t3(r)[row]![k] = 0;
    },
  },
  "T3-08": { fail: (r) => (add(t3(r).R4!, "NP", 100), add(t3(r).R4!, "TOT", 100)) },
  "T3-09": { fail: () => {}, options: previous((p) => ((t3(p).R1!.SW = 0), (t3(p).R2!.SW = 0))) },
  "T3-10": { fail: (r) => (add(t3(r).T!, "TOT", 1), add(t3(r).R4!, "TOT", -1)) },
  "T3-13": { fail: (r) => void (t3(r).N1!.TOT = 1) },
  "T3-14": {
    fail: (r) =>
      void r.sections.overview.push({
        type: "paragraph",
        text: "本年度的政府信息公开申请均为自然人提出。",
      }),
  },
  "T4-01": { fail: (r) => add(t4(r).RV!, "tot", 1) },
  "T4-02": { fail: (r) => add(t4(r).LD!, "pend", 1) },
  "T4-03": { fail: (r) => add(t4(r).LR!, "keep", 1) },
  "T4-04": { fail: (r) => void (t4(r).RV!.oth = "无") },
  "T4-05": { fail: (r) => (add(t4(r).LD!, "tot", 1), add(t4(r).LD!, "fix", 1)) },
  "T4-06": { fail: (r) => (add(t4(r).RV!, "keep", 1), add(t4(r).RV!, "pend", -1)) },
  "T4-07": {
    fail: () => {},
    options: previous((p) => ((t4(p).RV!.pend = 10), (t4(p).RV!.tot = 15))),
  },
  "T4-08": {
    fail: (r) => void (t4(r).RV = { keep: 0, fix: 0, oth: 0, pend: 0, tot: 0 }),
    options: previous((p) => void (t4(p).RV = { keep: 0, fix: 0, oth: 0, pend: 0, tot: 0 })),
  },
  "T4-09": { fail: (r) => (add(t4(r).RV!, "keep", 1000), add(t4(r).RV!, "tot", 1000)) },
  "T4-10": { fail: (r) => void (t4(r).RV = { keep: 1, fix: 4, oth: 0, pend: 1, tot: 6 }) },
  "T2-01": { fail: (r) => void (r.tables.T2.licensing = "/") },
  "T2-02": { fail: (r) => void (r.tables.T2.fees = "—") },
  "T2-03": {
    fail: (r) => void (r.tables.T2.normativeDocs.inForce = 50),
    options: previous(() => {}),
  },
  "T2-04": {
    fail: (r) => void (r.tables.T2.normativeDocs.repealed = 100),
    options: previous(() => {}),
  },
  "T2-05": { fail: (r) => void (r.tables.T2.regulations.issued = 1) },
  "T2-06": { fail: (r) => void (r.tables.T2.fees = "251000") },
  "T2-07": { fail: (r) => void (r.processingFee = { amount: "500", unit: "元" }) },
  "T2-08": {
    fail: (r) => {
      r.meta.agency = "某某镇人民政府";
      r.tables.T2.licensing = 20000;
    },
  },
  "X-01": { fail: (r) => void (r.meta.year = 2020) },
  "X-02": { fail: (r) => void (r.sections.problems = []) },
  "X-03": {
    fail: (r) =>
      void (r.sections.overview = r.sections.overview.filter((b) => !b.text.includes("监督保障"))),
  },
  "X-04": { fail: (r) => void (r.meta.period = { start: "2024-01-01", end: "2024-06-30" }) },
  "X-05": { fail: (r) => void (r.meta.publishedOn = "2025-05-01") },
  "X-06": {
    fail: () => {},
    options: (r) => ({ previous: { ...clone(r), meta: { ...r.meta, year: 2023 } } }),
  },
  "X-08": { fail: (r) => void (t3(r).R1!.CE = null) },
  "X-10": { fail: () => {}, options: () => ({ constituents: [goodReport(), goodReport()] }) },
};

/** Options under which the good report passes every rule that needs a companion report. */
export const passOptions = (): ValidateOptions => ({
  previous: goodReport(2023, "b"),
  constituents: [goodReport(), zeroReport()],
});
