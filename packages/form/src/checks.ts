import { type Diagnostic, parseReport, type Report } from "@zfxxgk/schema";
import { type ValidationResult, validate } from "@zfxxgk/validate";

/** Stand-ins for metadata a clerk has not filled in yet, so the table checks can run meanwhile. */
const STAND_INS: Readonly<Record<string, (report: Report) => unknown>> = {
  agency: () => "（未填写）",
  year: () => new Date().getFullYear() - 1,
};

/**
 * Validates a report being filled in. The validator checks the tables only once the model is
 * valid; while metadata is missing or malformed (no 报告机关 yet, a half-typed date) the model
 * findings are kept and the rules run on a copy whose faulty metadata is set aside, so that the
 * identities are checked from the first figure typed. Rule findings about metadata set aside are
 * dropped: the model finding already names the field.
 */
export function checkReport(report: Report): ValidationResult {
  const parsed = parseReport(report);
  if (parsed.ok) return validate(report);
  const setAside = new Set<string>();
  for (const d of parsed.diagnostics) {
    const key = /^\/meta\/([^/]+)/u.exec(d.path)?.[1];
    if (key === undefined) return validate(report);
    setAside.add(key);
  }
  const copy = structuredClone(report) as Report & { meta: Record<string, unknown> };
  for (const key of setAside) {
    const standIn = STAND_INS[key];
    if (standIn) copy.meta[key] = standIn(report);
    else delete copy.meta[key];
  }
  const rules = validate(copy).diagnostics.filter(
    (d) => ![...setAside].some((key) => d.path.startsWith(`/meta/${key}`)),
  );
  const diagnostics: Diagnostic[] = [...parsed.diagnostics, ...rules];
  const count = (s: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === s).length;
  return {
    diagnostics,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
  };
}
