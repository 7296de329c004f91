import {
  type AddUpOptions,
  addUp,
  type Constituent,
  contentHash,
  type Diagnostic,
  EDITIONS,
  type Edition,
  editionForYear,
  emptyReport,
  hasSections,
  isEdition,
  type MoneyUnit,
  type Report,
  type Sum,
  type SummedCell,
  writeCell,
} from "@zfxxgk/schema";
import { type ValidateOptions, type ValidationResult, validate } from "@zfxxgk/validate";
import { rollupError } from "./errors.js";
import type { ExpectedBody } from "./expected.js";

export interface RollupOptions {
  /** The body that publishes the aggregate, e.g. 某区人民政府. */
  readonly agency: string;
  readonly year: number;
  /** Edition of the aggregate; by default the edition issued for `year`. */
  readonly edition?: Edition;
  readonly creditCode?: string;
  readonly divisionCode?: string;
  readonly scopeNote?: string;
  /** The bodies that should be in the roll-up (names and/or credit codes). */
  readonly expected?: readonly ExpectedBody[];
  /** A label per input (e.g. its file name), shown beside the body's name in findings. */
  readonly labels?: readonly string[];
  /** Reports in another edition: mapped where the registry's crosswalk is exact (default), or refused. */
  readonly editions?: "map" | "refuse";
  /** How a money cell written without a unit is read (default 万元); each is reported. */
  readonly unwrittenUnit?: MoneyUnit;
  /** Options for validating each constituent and the aggregate. */
  readonly validate?: ValidateOptions;
  /** An amount this many times the median of the other bodies' amounts looks like 元 entered as 万元 (default 1000). */
  readonly unitSlipRatio?: number;
}

/** One input of a roll-up: what validating it found, and whether and how it was summed. */
export interface ConstituentResult {
  readonly index: number;
  readonly label: string;
  /** The body's name as the report gives it (the label when the input is not a report). */
  readonly name: string;
  readonly validation: ValidationResult;
  readonly hash?: string;
  /** Summed as is (`same`), through the edition crosswalk (`mapped`), or left out and why. */
  readonly status: "same" | "mapped" | "invalid" | "duplicate" | "year" | "edition";
}

export interface RollupResult {
  /** The aggregate report (scope `aggregate`, constituents listed); absent when nothing could be summed. */
  readonly report?: Report;
  readonly edition: Edition;
  /** Every input, in the order given. */
  readonly constituents: readonly ConstituentResult[];
  /** The cell sums over the constituents summed; `sum.cells[i].contributions.reports` index `summed`. */
  readonly sum: Sum;
  /** Index into `constituents` of each report summed, in the order `sum` numbers them. */
  readonly summed: readonly number[];
  /** The roll-up's own findings, then the aggregate's validation findings. */
  readonly diagnostics: readonly Diagnostic[];
}

const EMPTY_SUM = (edition: Edition): Sum => addUp([], { edition });

/**
 * Rolls up the reports of a region's bodies into one aggregate report (汇总): every constituent is
 * validated first and its findings kept; the tables are added per cell kind (see `addUp`), with
 * provenance per cell; what cannot be summed or looks wrong is reported, located and in both
 * languages. Pure: reads nothing but its arguments.
 */
export function rollup(inputs: readonly unknown[], options: RollupOptions): RollupResult {
  const edition = options.edition ?? editionForYear(options.year);
  if (!edition || !isEdition(edition))
    throw rollupError("rollup/no-edition", "noEdition", { year: options.year });
  const out: Diagnostic[] = [];
  const constituents: ConstituentResult[] = [];
  const reports: Report[] = [];
  const summed: number[] = [];
  const byHash = new Map<string, number>();
  const byBody = new Map<string, number>();

  inputs.forEach((input, index) => {
    const label = options.labels?.[index] ?? `#${index + 1}`;
    const validation = validate(input, options.validate);
    const report = validation.report;
    const name = report?.meta.agency ?? label;
    const at = { index, label, name, validation };
    const where = { constituent: name, label, index };
    if (!report) {
      constituents.push({ ...at, status: "invalid" });
      out.push(finding("rollup/invalid", "error", where, { count: validation.errorCount }));
      return;
    }
    const hash = contentHash(report);
    const left = (status: ConstituentResult["status"]) =>
      constituents.push({ ...at, hash, status });
    if (validation.errorCount > 0)
      out.push(
        finding("rollup/constituent-errors", "warning", where, { count: validation.errorCount }),
      );
    const sameContent = byHash.get(hash);
    if (sameContent !== undefined) {
      left("duplicate");
      out.push(
        finding("rollup/duplicate-content", "error", where, other(constituents[sameContent])),
      );
      return;
    }
    const body = bodyKeys(report).find((k) => byBody.has(k));
    if (body !== undefined) {
      left("duplicate");
      out.push(
        finding(
          "rollup/duplicate-body",
          "error",
          where,
          other(constituents[byBody.get(body) as number]),
        ),
      );
      return;
    }
    if (report.meta.year !== options.year) {
      left("year");
      out.push(
        finding(
          "rollup/year",
          "error",
          where,
          {},
          { expected: options.year, actual: report.meta.year },
        ),
      );
      return;
    }
    const mapped = report.edition !== edition;
    const exact = !mapped || EDITIONS[edition].crosswalk?.from === report.edition;
    if (mapped && (options.editions === "refuse" || !exact)) {
      left("edition");
      out.push(
        finding(
          "rollup/edition-refused",
          "error",
          where,
          { crosswalk: exact ? "refused" : "none" },
          { expected: edition, actual: report.edition },
        ),
      );
      return;
    }
    byHash.set(hash, constituents.length);
    for (const k of bodyKeys(report)) byBody.set(k, constituents.length);
    summed.push(index);
    reports.push(report);
    left(mapped ? "mapped" : "same");
  });

  const sum = reports.length
    ? addUp(reports, {
        edition,
        ...(options.unwrittenUnit ? { unwrittenUnit: options.unwrittenUnit } : {}),
      } satisfies AddUpOptions)
    : EMPTY_SUM(edition);
  const who = (r: number) => constituents[summed[r] as number] as ConstituentResult;
  const whereOf = (r: number) => {
    const c = who(r);
    return { constituent: c.name, label: c.label, index: c.index };
  };

  mixedEditions(sum, edition, whereOf, out);
  unitFindings(sum, whereOf, options.unitSlipRatio ?? 1000, out);
  blanksAndMarks(sum, whereOf, out);
  jointDocuments(sum, edition, out);
  if (options.expected) expectedBodies(options.expected, constituents, out);

  if (reports.length === 0) return { edition, constituents, sum, summed, diagnostics: out };
  const report = aggregateReport(sum, constituents, summed, options, edition);
  // The aggregate's narrative is left to be written, so what the rules say of it is said once here.
  const own = validate(report, options.validate).diagnostics.filter(
    (d) => !d.path.startsWith("/sections"),
  );
  out.push({ code: "rollup/narrative", severity: "info", path: "/sections", cells: [] });
  return { report, edition, constituents, sum, summed, diagnostics: [...out, ...own] };
}

function aggregateReport(
  sum: Sum,
  constituents: readonly ConstituentResult[],
  summed: readonly number[],
  options: RollupOptions,
  edition: Edition,
): Report {
  const report = emptyReport({ agency: options.agency, year: options.year, edition });
  if (hasSections(report))
    for (const key of Object.keys(report.sections))
      (report.sections as Record<string, unknown[]>)[key] = [];
  const list: Constituent[] = summed.map((i) => {
    const c = constituents[i] as ConstituentResult;
    const meta = (c.validation.report as Report).meta;
    return {
      name: meta.agency,
      ...(meta.creditCode ? { creditCode: meta.creditCode } : {}),
      year: meta.year,
      edition: (c.validation.report as Report).edition,
      hash: c.hash as string,
    };
  });
  Object.assign(report.meta, {
    ...(options.creditCode ? { creditCode: options.creditCode } : {}),
    ...(options.divisionCode ? { divisionCode: options.divisionCode } : {}),
    scope: "aggregate",
    constituents: list,
    ...(options.scopeNote ? { scopeNote: options.scopeNote } : {}),
  });
  for (const s of sum.cells) writeCell(report, s.cell, s.total);
  return report;
}

/** Name and credit code of a body, as keys that find the same body twice. */
function bodyKeys(report: Report): string[] {
  const keys = [`name:${report.meta.agency.replace(/\s+/g, "")}`];
  if (report.meta.creditCode) keys.push(`code:${report.meta.creditCode}`);
  return keys;
}

type Where = { constituent: string; label: string; index: number };

function finding(
  code: string,
  severity: Diagnostic["severity"],
  where: Where,
  params: Record<string, string | number> = {},
  extra: Partial<Pick<Diagnostic, "expected" | "actual" | "cells" | "path">> = {},
): Diagnostic {
  return {
    code,
    severity,
    path: extra.path ?? "",
    cells: extra.cells ?? [],
    ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
    ...(extra.actual !== undefined ? { actual: extra.actual } : {}),
    params: { ...where, ...params },
  };
}

const other = (c: ConstituentResult | undefined) => ({
  kept: c?.label ?? "",
  keptName: c?.name ?? "",
});

function mixedEditions(
  sum: Sum,
  edition: Edition,
  whereOf: (r: number) => Where,
  out: Diagnostic[],
) {
  const unmappedBy = new Map<number, string[]>();
  for (const s of sum.cells)
    for (const r of s.unmapped) {
      const list = unmappedBy.get(r) ?? [];
      list.push(s.cell.id);
      unmappedBy.set(r, list);
    }
  sum.readings.forEach((reading, r) => {
    if (reading !== "mapped") return;
    const unmapped = unmappedBy.get(r) ?? [];
    out.push(
      finding(
        "rollup/edition-mapped",
        "warning",
        whereOf(r),
        {
          from: EDITIONS[edition].crosswalk?.from ?? "",
          mapped: sum.cells.length - unmapped.length,
          unmapped: unmapped.length,
        },
        { expected: edition, cells: unmapped },
      ),
    );
  });
}

function unitFindings(sum: Sum, whereOf: (r: number) => Where, ratio: number, out: Diagnostic[]) {
  for (const u of sum.units)
    out.push(
      finding(
        u.unitWritten ? "rollup/unit-converted" : "rollup/unit-missing",
        u.unitWritten ? "info" : "warning",
        whereOf(u.report),
        { unit: u.unit, wan: u.wan },
        { path: sumCell(sum, u.cell)?.cell.pointer ?? "", cells: [u.cell], actual: u.written },
      ),
    );
  for (const s of sum.cells) {
    if (s.cell.kind !== "amount" && s.cell.kind !== "money") continue;
    const values = s.contributions.values as readonly string[];
    if (values.length < 3) continue;
    // A heuristic, so floats do: the median of every body's amount, one slip cannot move it far.
    const sizes = values.map((v) => Math.abs(Number(v)));
    const median = [...sizes].sort((x, y) => x - y)[Math.floor(sizes.length / 2)] as number;
    sizes.forEach((size, k) => {
      if (median > 0 && size >= median * ratio)
        out.push(
          finding(
            "rollup/unit-slip",
            "warning",
            whereOf(s.contributions.reports[k] as number),
            { median, ratio },
            { path: s.cell.pointer, cells: [s.cell.id], actual: values[k] as string },
          ),
        );
    });
  }
}

function blanksAndMarks(sum: Sum, whereOf: (r: number) => Where, out: Diagnostic[]) {
  for (const [code, pick] of [
    ["rollup/blank", (s: SummedCell) => s.blank],
    ["rollup/mark", (s: SummedCell) => s.marked],
  ] as const) {
    const byReport = new Map<number, string[]>();
    for (const s of sum.cells)
      for (const r of pick(s)) {
        const list = byReport.get(r) ?? [];
        list.push(s.cell.id);
        byReport.set(r, list);
      }
    for (const [r, cells] of [...byReport].sort((a, b) => a[0] - b[0]))
      out.push(finding(code, "info", whereOf(r), { count: cells.length }, { cells }));
  }
}

function jointDocuments(sum: Sum, edition: Edition, out: Diagnostic[]) {
  const joint = new Set(EDITIONS[edition].perCoIssuer ?? []);
  for (const s of sum.cells)
    if (joint.has(s.cell.id) && s.contributions.reports.length > 1)
      out.push({
        code: "rollup/joint-documents",
        severity: "warning",
        path: s.cell.pointer,
        cells: [s.cell.id],
        actual: s.total,
        params: { bodies: s.contributions.reports.length },
      });
}

function expectedBodies(
  expected: readonly ExpectedBody[],
  constituents: readonly ConstituentResult[],
  out: Diagnostic[],
) {
  const given = constituents.filter((c) => c.validation.report);
  const matches = (e: ExpectedBody, c: ConstituentResult) => {
    const meta = (c.validation.report as Report).meta;
    if (e.creditCode && meta.creditCode) return e.creditCode === meta.creditCode;
    return e.name !== undefined && e.name.replace(/\s+/g, "") === meta.agency.replace(/\s+/g, "");
  };
  for (const e of expected)
    if (!given.some((c) => matches(e, c)))
      out.push({
        code: "rollup/missing",
        severity: "warning",
        path: "",
        cells: [],
        params: { name: e.name ?? "", creditCode: e.creditCode ?? "", line: e.line ?? 0 },
      });
  for (const c of given)
    if (!expected.some((e) => matches(e, c)))
      out.push(
        finding("rollup/unexpected", "info", {
          constituent: c.name,
          label: c.label,
          index: c.index,
        }),
      );
}

function sumCell(sum: Sum, id: string): SummedCell | undefined {
  return sum.cells.find((s) => s.cell.id === id);
}
