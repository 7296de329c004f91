import { type Diagnostic, parseReport, type Report } from "@zfxxgk/schema";
import { type ValidationResult, validate } from "@zfxxgk/validate";
import { isOptionalPart } from "./model-shape.js";

/** Stand-ins for metadata a clerk has not filled in yet, so the table checks can run meanwhile. */
const STAND_INS: Readonly<Record<string, (report: Report) => unknown>> = {
  agency: () => "（未填写）",
  year: () => new Date().getFullYear() - 1,
};

/**
 * Validates a report being filled in. The validator checks the tables only once the model is
 * valid; while metadata is missing or malformed (no 报告机关 yet, a half-typed date) or an optional
 * part is (a fee amount being typed), the model findings are kept and the rules run on a copy with
 * those parts set aside, so that the identities are checked from the first figure typed. Rule
 * findings about a part set aside are dropped: the model finding already names it. A section of a
 * 2008–2018 report being written (its heading still empty) is set aside the same way.
 */
export function checkReport(report: Report): ValidationResult {
  const parsed = parseReport(report);
  if (parsed.ok) return validate(report);
  const setAside = new Set<string>();
  for (const d of parsed.diagnostics) {
    const meta = /^\/meta\/[^/]+/u.exec(d.path)?.[0];
    const section = /^\/body\/[0-9]+/u.exec(d.path)?.[0];
    const top = /^\/[^/]+/u.exec(d.path)?.[0];
    if (meta) setAside.add(meta);
    else if (section) setAside.add(section);
    else if (top && isOptionalPart(report.edition, top.slice(1))) setAside.add(top);
    else return validate(report);
  }
  const copy = structuredClone(report) as unknown as Record<string, Record<string, unknown>>;
  for (const pointer of setAside) {
    const [, first, second] = pointer.split("/") as [string, string, string?];
    const standIn = second === undefined ? undefined : STAND_INS[second];
    if (first === "body" && second !== undefined)
      // A section being written (no heading yet) stands in blank, keeping the others' places.
      (copy.body as unknown as unknown[])[Number(second)] = { heading: "（未填写）", blocks: [] };
    else if (second === undefined) delete copy[first];
    else if (standIn) (copy[first] as Record<string, unknown>)[second] = standIn(report);
    else delete (copy[first] as Record<string, unknown>)[second];
  }
  const rules = validate(copy).diagnostics.filter(
    (d) => ![...setAside].some((p) => d.path === p || d.path.startsWith(`${p}/`)),
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
