import {
  type Report as AnyReport,
  EDITIONS,
  hasSections,
  type SectionedReport as Report,
} from "@zfxxgk/schema";
import type { ValidateOptions } from "@zfxxgk/validate";
import { bump, set } from "./cells.js";
import { clone, goodReport, goodReportOf, zeroReport } from "./reports.js";

const columns = ["NP", "CE", "RI", "SW", "LS", "OT", "TOT"];
const review = ["T4.RV.keep", "T4.RV.fix", "T4.RV.oth", "T4.RV.pend", "T4.RV.tot"];
const bumpAll = (r: Report, ids: string[], n = 1) => {
  for (const id of ids) bump(r, id, n);
};
const setAll = (r: Report, ids: string[], value: unknown) => {
  for (const id of ids) set(r, id, value);
};

export interface Fixture {
  /** Changes a good report so that the rule fails. */
  readonly fail: (r: Report & AnyReport) => void;
  /** Options the failing case needs (last year's report, constituents). */
  readonly options?: (r: Report) => ValidateOptions;
}

/** Last year's report in the same edition as this year's, changed. */
const previous = (change: (p: Report) => void) => (r: Report) => {
  const p = goodReport(r.meta.year - 1, "b", r.edition);
  change(p);
  return { previous: p };
};

/** One failing change per rule; the good report (tests/support/reports.ts) is the passing case. */
export const fixtures: Record<string, Fixture> = {
  "T3-01": { fail: (r) => bumpAll(r, ["T3.R4.NP", "T3.R4.TOT"]) },
  "T3-02": { fail: (r) => bump(r, "T3.A.TOT") },
  "T3-03": { fail: (r) => bumpAll(r, ["T3.B.CE", "T3.B.TOT"]) },
  "T3-04": { fail: (r) => set(r, "T3.R1.CE", "—") },
  "T3-06": { fail: () => {}, options: previous((p) => bumpAll(p, ["T3.R4.RI", "T3.R4.TOT"])) },
  "T3-07": {
    fail: (r) =>
      setAll(
        r,
        columns.flatMap((c) => [`T3.R1.${c}`, `T3.R2.${c}`]),
        0,
      ),
  },
  "T3-08": { fail: (r) => bumpAll(r, ["T3.R4.NP", "T3.R4.TOT"], 100) },
  "T3-09": { fail: () => {}, options: previous((p) => setAll(p, ["T3.R1.SW", "T3.R2.SW"], 0)) },
  "T3-10": {
    fail: (r) => {
      bump(r, "T3.T.TOT");
      bump(r, "T3.R4.TOT", -1);
    },
  },
  "T3-11": {
    fail: (r) => {
      const t3 = r.tables.T3 as unknown as Record<string, Record<string, number>>;
      const wrong = Math.round((1000 * (t3.A?.TOT ?? 0)) / (t3.T?.TOT ?? 1)) / 10 + 5;
      r.sections.overview.push({
        type: "paragraph",
        text: `办结的申请中，予以公开${t3.A?.TOT}件，占${wrong}%。`,
      });
    },
  },
  "T3-13": { fail: (r) => set(r, "T3.N1.TOT", 1) },
  "T3-14": {
    fail: (r) => {
      r.sections.overview.push({
        type: "paragraph",
        text: "本年度的政府信息公开申请均为自然人提出。",
      });
    },
  },
  "T4-01": { fail: (r) => bump(r, "T4.RV.tot") },
  "T4-02": { fail: (r) => bump(r, "T4.LD.pend") },
  "T4-03": { fail: (r) => bump(r, "T4.LR.keep") },
  "T4-04": { fail: (r) => set(r, "T4.RV.oth", "无") },
  "T4-05": { fail: (r) => bumpAll(r, ["T4.LD.tot", "T4.LD.fix"]) },
  "T4-06": {
    fail: (r) => {
      bump(r, "T4.RV.keep");
      bump(r, "T4.RV.pend", -1);
    },
  },
  "T4-07": {
    fail: () => {},
    options: previous((p) => {
      set(p, "T4.RV.pend", 10);
      set(p, "T4.RV.tot", 15);
    }),
  },
  "T4-08": {
    fail: (r) => setAll(r, review, 0),
    options: previous((p) => setAll(p, review, 0)),
  },
  "T4-09": { fail: (r) => bumpAll(r, ["T4.RV.keep", "T4.RV.tot"], 1000) },
  "T4-10": {
    fail: (r) => {
      set(r, "T4.RV.keep", 1);
      set(r, "T4.RV.fix", 4);
      set(r, "T4.RV.oth", 0);
    },
  },
  "T2-01": { fail: (r) => set(r, "T2.licensing", "/") },
  "T2-02": { fail: (r) => set(r, "T2.fees", "—") },
  "T2-03": { fail: (r) => set(r, "T2.normativeDocs.inForce", 50), options: previous(() => {}) },
  "T2-04": { fail: (r) => set(r, "T2.normativeDocs.repealed", 100), options: previous(() => {}) },
  "T2-05": { fail: (r) => set(r, "T2.regulations.issued", 1) },
  "T2-06": { fail: (r) => set(r, "T2.fees", "251000") },
  "T2-07": {
    fail: (r) => {
      if (r.edition === "2021") r.processingFee = { amount: "500", unit: "元" };
    },
  },
  "T2-08": {
    fail: (r) => {
      r.meta.agency = "某某镇人民政府";
      set(r, "T2.licensing", 20000);
    },
  },
  "X-01": {
    fail: (r) => {
      r.meta.year = r.edition === "2021" ? 2020 : 2022;
      r.meta.period = { start: `${r.meta.year}-01-01`, end: `${r.meta.year}-12-31` };
      r.meta.publishedOn = `${r.meta.year + 1}-01-20`;
    },
  },
  "X-02": {
    fail: (r) => {
      r.sections.problems = [];
    },
  },
  "X-03": {
    fail: (r) => {
      r.sections.overview = r.sections.overview.filter((b) => !b.text.includes("监督保障"));
    },
  },
  "X-04": {
    fail: (r) => {
      r.meta.period = { start: `${r.meta.year}-01-01`, end: `${r.meta.year}-06-30` };
    },
  },
  "X-05": {
    fail: (r) => {
      r.meta.publishedOn = `${r.meta.year + 1}-05-01`;
    },
  },
  "X-06": {
    fail: () => {},
    options: (r) => ({ previous: { ...clone(r), meta: { ...r.meta, year: r.meta.year - 1 } } }),
  },
  "T2b-01": { fail: (r) => set(r, "T2.licensing.previous", "/") },
  "T2b-02": { fail: (r) => set(r, "T2.coercion.change", -13) },
  "T2b-03": { fail: () => {}, options: previous((p) => set(p, "T2.penalties.change", 5)) },
  "T2b-04": { fail: (r) => set(r, "T2.normativeDocs.published", 41) },
  "T2b-05": { fail: (r) => set(r, "T2.normativeDocs.published", 4) },
  "T2b-06": { fail: (r) => set(r, "T2.procurement.amount", "251000") },
  "T2b-07": { fail: () => {}, options: () => ({ previous: goodReport(2023, "b", "2019") }) },
  "X-08": { fail: (r) => set(r, EDITIONS[r.edition].cells[0]?.id ?? "", null) },
  // The statistics table of 2008–2018 reports: one cell changed each.
  "S-01": { fail: (r) => bump(r, "S.3.1") },
  "S-02": { fail: (r) => bump(r, "S.3.2.1") },
  "S-03": { fail: (r) => bump(r, "S.3.3.2") },
  "S-04": { fail: (r) => bump(r, "S.3.3.4.a") },
  "S-05": { fail: (r) => bump(r, "S.3.2") },
  "S-06": { fail: (r) => set(r, "S.3.1", 2) },
  "S-07": { fail: (r) => bump(r, "S.4.2") },
  "S-08": { fail: (r) => bump(r, "S.8.3.1") },
  "S-09": { fail: (r) => set(r, "S.1.2.2", 200) },
  "S-10": { fail: (r) => set(r, "S.2.1", 10) },
  "S-11": { fail: (r) => set(r, "S.2.2.1.a", 5) },
  "S-12": { fail: (r) => set(r, "S.1.1.a", 9) },
  "S-13": { fail: (r) => set(r, "S.7", "—") },
  "S-14": { fail: (r) => set(r, "S.9.3", 21) },
  "X-10": { fail: () => {}, options: (r) => ({ constituents: [clone(r), clone(r)] }) },
  "R-01": {
    fail: (r) => {
      r.meta.constituents = [
        {
          name: "某区某局",
          year: r.meta.year,
          edition: r.edition,
          hash: `sha256:${"0".repeat(64)}`,
        },
      ];
    },
    options: (r) => ({ constituents: [clone(r)] }),
  },
};

/** Options under which the good report passes every rule that needs a companion report. */
export const passOptions = (r: AnyReport = goodReport()): ValidateOptions =>
  hasSections(r)
    ? {
        previous: goodReport(r.meta.year - 1, "b", r.edition),
        constituents: [clone(r), zeroReport(r)],
      }
    : { previous: goodReportOf(r.edition, r.meta.year - 1, "b") };
