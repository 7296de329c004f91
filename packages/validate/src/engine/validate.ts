import {
  type Diagnostic,
  EDITIONS,
  type Edition,
  parseReport,
  type Report,
  type Severity,
} from "@zfxxgk/schema";
import { ruleSetOf } from "../editions/index.js";
import { readCells } from "./cells.js";
import { explainFindings } from "./explain.js";
import { DEFAULT_THRESHOLDS, presetSeverity, raise, type ValidateOptions } from "./options.js";
import type { Finding, Rule, RuleContext, RuleSeverity, Snapshot } from "./rule.js";

export interface ValidationResult {
  /** The parsed report, when the input is a valid report. */
  readonly report?: Report;
  /** The format edition the report was checked against, when it names a known one. */
  readonly edition?: Edition;
  /**
   * Likely wrong cells (`cell/culprit`) and wholly blank tables first, then model findings, then
   * rule findings in rule order (the formatters put them in reading order).
   */
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Checks a report (object or JSON text): the model first (`parseReport`), then every rule.
 * Never throws: a failing rule becomes an `internal` finding instead of an exception.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  let report: Report | undefined;
  try {
    const parsed = parseReport(input);
    for (const d of parsed.diagnostics) pushConfigured(diagnostics, d, options);
    report = parsed.report;
    if (report) runRules(report, options, diagnostics);
    if (report) return summarise(report, explainFindings(report, diagnostics));
  } catch (e) {
    diagnostics.push(internal(e, ""));
  }
  return summarise(report, diagnostics);
}

function runRules(report: Report, options: ValidateOptions, out: Diagnostic[]) {
  const given =
    options.previous === undefined ? undefined : companion(options.previous, "previous", out);
  const previous = given && fitsAsPrevious(report, given.report, out) ? given : undefined;
  const constituents = options.constituents?.flatMap(
    (c, i) => companion(c, `constituents/${i}`, out) ?? [],
  );
  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    report,
    edition: EDITIONS[report.edition],
    cells: readCells(report),
    ...(previous ? { previous } : {}),
    ...(constituents ? { constituents } : {}),
    thresholds: options.thresholds
      ? { ...DEFAULT_THRESHOLDS, ...options.thresholds }
      : DEFAULT_THRESHOLDS,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  const notComparable: string[] = [];
  for (const rule of ruleSetOf(report.edition)) {
    const severity = severityOf(rule, options);
    if (severity === "off") continue;
    if (rule.needs === "previous" && !previous) continue;
    if (rule.needs === "constituents" && !constituents?.length) continue;
    if (rule.needs === "previous" && previous && !comparable(rule, previous)) {
      if (previous.edition !== ctx.edition) notComparable.push(rule.id);
      continue;
    }
    try {
      rule.check(ctx, (f) => out.push(toDiagnostic(rule.id, severity, f)));
    } catch (e) {
      out.push(internal(e, rule.id));
    }
  }
  if (previous && notComparable.length)
    out.push({
      code: "input/previous-edition",
      severity: "info",
      path: "",
      cells: [],
      expected: report.edition,
      actual: previous.report.edition,
      params: { rules: notComparable.join(", ") },
    });
}

/**
 * A cross-year rule compares cells of this year's report with last year's; when last year's
 * report is in another edition that lacks any of them, the rule cannot be checked (and says so).
 */
function comparable(rule: Rule, previous: Snapshot): boolean {
  return (rule.previousCells ?? rule.cells).every((id) => previous.edition.cellIndex.has(id));
}

function severityOf(rule: Rule, options: ValidateOptions): RuleSeverity {
  return options.severities?.[rule.id] ?? presetSeverity(rule, options.preset ?? "recommended");
}

function toDiagnostic(code: string, configured: Severity, f: Finding): Diagnostic {
  const severity =
    f.severity === "escalate"
      ? raise(configured)
      : f.severity && RANK[f.severity] < RANK[configured]
        ? f.severity
        : configured;
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity,
    path: f.path,
    cells: f.cells,
  };
  if (f.expected !== undefined) d.expected = f.expected;
  if (f.actual !== undefined) d.actual = f.actual;
  if (f.difference !== undefined) d.difference = f.difference;
  if (f.params !== undefined) d.params = f.params;
  return d;
}

/** Parses last year's report or a constituent; a bad one becomes a finding and is left out. */
function companion(input: unknown, role: string, out: Diagnostic[]): Snapshot | undefined {
  const parsed = parseReport(input);
  if (parsed.report)
    return {
      report: parsed.report,
      edition: EDITIONS[parsed.report.edition],
      cells: readCells(parsed.report),
    };
  out.push({
    code: "input/companion-invalid",
    severity: "warning",
    path: "",
    cells: [],
    params: { role, count: parsed.diagnostics.length, first: parsed.diagnostics[0]?.code ?? "" },
  });
  return undefined;
}

/**
 * Last year's report must be of the year before: otherwise the cross-year rules would compare
 * unrelated figures, so they are skipped and the mismatch is reported. Another name of the body
 * is only noted (bodies are renamed and reorganised).
 */
function fitsAsPrevious(report: Report, previous: Report, out: Diagnostic[]): boolean {
  const year = report.meta.year - 1;
  if (previous.meta.year !== year) {
    out.push({
      code: "input/previous-year",
      severity: "warning",
      path: "",
      cells: [],
      expected: year,
      actual: previous.meta.year,
    });
    return false;
  }
  // Both names are trimmed by the model.
  if (previous.meta.agency !== report.meta.agency)
    out.push({
      code: "input/previous-agency",
      severity: "info",
      path: "",
      cells: [],
      expected: report.meta.agency,
      actual: previous.meta.agency,
    });
  return true;
}

function pushConfigured(out: Diagnostic[], d: Diagnostic, options: ValidateOptions) {
  const configured = options.severities?.[d.code];
  if (configured === "off") return;
  out.push(configured ? { ...d, severity: configured } : d);
}

function internal(e: unknown, rule: string): Diagnostic {
  return {
    code: "input/internal",
    severity: "error",
    path: "",
    cells: [],
    params: { rule, detail: e instanceof Error ? e.message : String(e) },
  };
}

function summarise(
  report: Report | undefined,
  diagnostics: readonly Diagnostic[],
): ValidationResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errorCount++;
    else if (d.severity === "warning") warningCount++;
    else infoCount++;
  }
  return report
    ? { report, edition: report.edition, diagnostics, errorCount, warningCount, infoCount }
    : { diagnostics, errorCount, warningCount, infoCount };
}
