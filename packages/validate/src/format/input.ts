import {
  cellById,
  type Diagnostic,
  describeCell,
  type MessageLocale,
  type MessageMap,
} from "@zfxxgk/schema";

/** The findings of one file (or one report when no file is involved). */
export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type FormatInput = { readonly diagnostics: readonly Diagnostic[] } | readonly FileResult[];

export interface FormatOptions {
  readonly lang?: MessageLocale;
  /** Name to show for a single result given without a file. */
  readonly file?: string;
  /** Messages for codes the validator does not raise itself (for example the parser's `parse/…`). */
  readonly messages?: MessageMap;
}

export function filesOf(input: FormatInput, options: FormatOptions): readonly FileResult[] {
  if (Array.isArray(input)) return input as readonly FileResult[];
  return [
    {
      file: options.file ?? "-",
      diagnostics: (input as { diagnostics: readonly Diagnostic[] }).diagnostics,
    },
  ];
}

export interface CellLabels {
  readonly id: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

const cache = { "zh-CN": new Map<string, CellLabels>(), en: new Map<string, CellLabels>() };

/** Official table / row / column labels of a cell (zh-Hans for Chinese output). */
export function labelsOf(id: string, lang: MessageLocale): CellLabels {
  const hit = cache[lang].get(id);
  if (hit) return hit;
  const cell = cellById(id);
  const labels = cell
    ? { id, ...describeCell(cell, lang === "zh-CN" ? "zh-Hans" : "en") }
    : { id, table: "", row: "", column: "" };
  cache[lang].set(id, labels);
  return labels;
}
