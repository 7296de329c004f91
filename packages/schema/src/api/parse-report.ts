import type * as z from "zod";
import { type Diagnostic, preview, toPointer } from "../diagnostics/diagnostic.js";
import { EDITIONS, isEdition, type Report } from "../editions/index.js";
import type { CellDef } from "../grid/cells.js";
import { blockSchema } from "../model/common.js";
import { creditCodeCheckChar, isValidCreditCode } from "../model/credit-code.js";
import { INVALID } from "../model/fast-check.js";
import { DECIMAL_PATTERN, MARKS } from "../model/values.js";

export type ParseResult =
  | { readonly ok: true; readonly report: Report; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: false;
      readonly report?: undefined;
      readonly diagnostics: readonly Diagnostic[];
    };

const error = (
  d: Omit<Diagnostic, "severity" | "cells"> & { cells?: readonly string[] },
): Diagnostic => ({
  severity: "error",
  cells: [],
  ...d,
});

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * Checks a report given as a JS value or as JSON text. Never throws: every problem comes back as
 * a located diagnostic (JSON Pointer, cell id where the problem is a table cell).
 */
export function parseReport(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (e) {
    // Only input that is not plain data gets here: a getter or a proxy that throws.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      diagnostics: [error({ code: "schema/unreadable", path: "", params: { detail } })],
    };
  }
}

function parse(input: unknown): ParseResult {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        diagnostics: [error({ code: "schema/json-syntax", path: "", params: { detail } })],
      };
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false,
      diagnostics: [
        error({ code: "schema/not-object", path: "", params: { type: typeName(data) } }),
      ],
    };
  }
  const edition = (data as { edition?: unknown }).edition;
  if (edition === undefined) {
    return { ok: false, diagnostics: [error({ code: "schema/missing", path: "/edition" })] };
  }
  if (!isEdition(edition)) {
    return {
      ok: false,
      diagnostics: [
        error({
          code: "schema/unknown-edition",
          path: "/edition",
          actual: preview(edition),
          expected: Object.keys(EDITIONS).join(", "),
        }),
      ],
    };
  }
  const { schema, cells, check } = EDITIONS[edition];
  const report = check(data);
  if (report !== INVALID) return { ok: true, report: report as Report, diagnostics: [] };
  // Something is wrong: zod says what and where.
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, report: result.data as Report, diagnostics: [] };
  const byPointer = new Map(cells.map((c) => [c.pointer, c]));
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, data, byPointer));
  return { ok: false, diagnostics: dedupe(diagnostics) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function toDiagnostics(
  issue: z.core.$ZodIssue,
  root: unknown,
  cells: Map<string, CellDef>,
): Diagnostic[] {
  const path = toPointer(issue.path);
  const value = valueAt(root, issue.path);
  const cell = cells.get(path);
  if (cell && value !== undefined) return [cellDiagnostic(cell, value)];
  const base = { path, ...(cell ? { cells: [cell.id] } : {}) };

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        error({ code: "schema/unknown-property", path: toPointer([...issue.path, key]) }),
      );
    case "invalid_type":
      if (value === undefined) return [error({ code: "schema/missing", ...base })];
      return [
        error({
          code: "schema/invalid-type",
          ...base,
          expected: issue.expected,
          actual: preview(value),
          params: { type: typeName(value) },
        }),
      ];
    case "invalid_value":
      return [
        error({
          code: "schema/invalid-value",
          ...base,
          actual: preview(value),
          expected: issue.values.map((v) => JSON.stringify(v)).join(" | "),
        }),
      ];
    case "invalid_format":
      return [
        error({
          code: "schema/invalid-format",
          ...base,
          actual: preview(value),
          expected: issue.format === "regex" ? String(issue.pattern) : issue.format,
        }),
      ];
    case "too_small": {
      const empty = typeof value === "string" || Array.isArray(value);
      return [
        error({
          code: "schema/too-small",
          ...base,
          actual: preview(value),
          expected: Number(issue.minimum),
          params: { empty },
        }),
      ];
    }
    case "too_big":
      return [
        error({
          code: "schema/too-big",
          ...base,
          actual: preview(value),
          expected: Number(issue.maximum),
        }),
      ];
    case "custom":
      if (typeof value === "string" && issue.params?.reason === "check-digit") {
        return [
          error({
            code: "schema/credit-code",
            ...base,
            actual: value,
            expected: creditCodeCheckChar(value.slice(0, 17)) ?? null,
          }),
        ];
      }
      return [
        error({
          code: "schema/invalid-value",
          ...base,
          actual: preview(value),
          expected: issue.message,
        }),
      ];
    case "invalid_union": {
      if (value === undefined) return [error({ code: "schema/missing", ...base })];
      if ("discriminator" in issue && issue.discriminator === "type") {
        return [
          error({
            code: "schema/invalid-value",
            ...base,
            actual: preview(value),
            expected: BLOCK_TYPES,
          }),
        ];
      }
      return [
        error({
          code: "schema/invalid-type",
          ...base,
          actual: preview(value),
          expected: "union",
          params: { type: typeName(value) },
        }),
      ];
    }
    default:
      return [
        error({
          code: "schema/invalid-value",
          ...base,
          actual: preview(value),
          expected: issue.message,
        }),
      ];
  }
}

const BLOCK_TYPES = blockSchema.options.map((o) => JSON.stringify(o.shape.type.value)).join(" | ");

const UNIT_SUFFIX = /^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|元|件|条|个|项)\s*$/;

/** One precise diagnostic for a bad table cell, whatever zod's union said. */
export function cellDiagnostic(cell: CellDef, value: unknown): Diagnostic {
  const base = { path: cell.pointer, cells: [cell.id], actual: preview(value) };
  const marks = MARKS.map((m) => `"${m}"`).join(" ");
  if (cell.kind === "count") {
    if (typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)) {
      return error({ code: "schema/count-not-integer", ...base, expected: "integer ≥ 0" });
    }
    if (typeof value === "number" && value < 0)
      return error({ code: "schema/count-negative", ...base, expected: "integer ≥ 0" });
    if (typeof value === "string" && /^\s*[0-9]+\s*$/.test(value)) {
      return error({ code: "schema/count-as-string", ...base, expected: Number(value) });
    }
    if (typeof value === "string" && UNIT_SUFFIX.test(value)) {
      return error({
        code: "schema/count-as-string",
        ...base,
        expected: Number(UNIT_SUFFIX.exec(value)?.[1]?.replaceAll(",", "")),
      });
    }
    return error({
      code: "schema/invalid-cell",
      ...base,
      expected: "integer ≥ 0",
      params: { want: "count", marks },
    });
  }
  const unit = typeof value === "string" ? UNIT_SUFFIX.exec(value) : null;
  if (unit?.[1]) {
    const digits = unit[1].replaceAll(",", "");
    const inWan = unit[2] === "元" ? yuanToWan(digits) : digits;
    return error({
      code: "schema/amount-with-unit",
      ...base,
      expected: inWan,
      params: { unit: unit[2] ?? "" },
    });
  }
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    return error({ code: "schema/amount-as-number", ...base, expected: String(value) });
  }
  if (typeof value === "string" && DECIMAL_PATTERN.test(value.trim())) {
    return error({
      code: "schema/invalid-cell",
      ...base,
      expected: value.trim(),
      params: { want: "trimmed", marks },
    });
  }
  return error({
    code: "schema/invalid-cell",
    ...base,
    expected: "decimal string",
    params: { want: "amount", marks },
  });
}

/** 251000 元 → "25.1" 万元, exactly (decimal shift, no floating point). */
function yuanToWan(yuan: string): string {
  const [int = "0", frac = ""] = yuan.split(".");
  const padded = int.padStart(5, "0");
  const whole = padded.slice(0, -4).replace(/^0+(?=\d)/, "");
  const rest = (padded.slice(-4) + frac).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { isValidCreditCode };
