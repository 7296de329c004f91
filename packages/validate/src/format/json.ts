import type { Diagnostic, JsonValue, Scalar } from "@zfxxgk/schema";
import { messageOf, withMessages } from "../messages.js";
import {
  type CellLabels,
  type FormatInput,
  type FormatOptions,
  filesOf,
  labelsOf,
  localeOfOptions,
} from "./input.js";
import { inReadingOrder } from "./order.js";

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Diagnostic["severity"];
  readonly path: string;
  /** Cell ids, e.g. `T3.R1.NP`. */
  readonly cells: readonly string[];
  /** The official labels of each cell, in the output language. */
  readonly labels: readonly CellLabels[];
  readonly message: string;
  readonly expected?: Scalar;
  readonly actual?: Scalar;
  readonly difference?: Scalar;
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** The cell id of the `cell/culprit` finding that accounts for this one. */
  readonly explainedBy?: string;
  /** Where the cells were read in the source document, for a report read from one. */
  readonly sources?: Diagnostic["sources"];
}

export interface JsonOutput {
  readonly files: readonly {
    readonly file: string;
    readonly diagnostics: readonly JsonDiagnostic[];
  }[];
}

/**
 * The findings as `{ files: [ { file, diagnostics: [ { code, severity, path, cells, labels, message, … } ] } ] }`,
 * in reading order (severity, then table and row; explained findings right after their culprit).
 */
export function toJsonOutput(input: FormatInput, options: FormatOptions = {}): JsonOutput {
  const lang = localeOfOptions(options);
  const map = withMessages(options.messages);
  return {
    files: filesOf(input, options).map(({ file, diagnostics }) => ({
      file,
      diagnostics: inReadingOrder(diagnostics).map((d) => ({
        code: d.code,
        severity: d.severity,
        path: d.path,
        cells: d.cells,
        labels: d.cells.map((c) => labelsOf(c, lang)),
        message: messageOf(d, lang, map),
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.actual !== undefined ? { actual: d.actual } : {}),
        ...(d.difference !== undefined ? { difference: d.difference } : {}),
        ...(d.params !== undefined ? { params: d.params } : {}),
        ...(d.explainedBy !== undefined ? { explainedBy: d.explainedBy } : {}),
        ...(d.sources !== undefined ? { sources: d.sources } : {}),
      })),
    })),
  };
}

export function formatJson(input: FormatInput, options: FormatOptions = {}): string {
  return `${JSON.stringify(toJsonOutput(input, options), null, 2)}\n`;
}
