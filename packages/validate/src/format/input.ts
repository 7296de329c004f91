import {
  cellById,
  type Diagnostic,
  describeCell,
  LOCALES,
  type Locale,
  localeOf,
  type MessageMap,
} from "@zfxxgk/schema";

/** The findings of one file (or one report when no file is involved). */
export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type FormatInput = { readonly diagnostics: readonly Diagnostic[] } | readonly FileResult[];

export interface FormatOptions {
  /** The language of the messages and labels: `zh-Hans` (default), `zh-Hant` or `en`. */
  readonly locale?: Locale;
  /**
   * @deprecated The former name of `locale`, a language tag (`zh-CN`, `zh-TW`, `en` …, read by
   * `localeOf`); still read when `locale` is not given.
   */
  readonly lang?: string;
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

/** The locale the options ask for (`locale`, else the deprecated `lang`), `zh-Hans` by default. */
export function localeOfOptions(options: FormatOptions): Locale {
  if (options.locale) return options.locale;
  return (options.lang && localeOf(options.lang)) || "zh-Hans";
}

const cache = new Map<Locale, Map<string, CellLabels>>(LOCALES.map((l) => [l, new Map()]));

/** Official table / row / column labels of a cell in a locale. */
export function labelsOf(id: string, locale: Locale): CellLabels {
  const byId = cache.get(locale) as Map<string, CellLabels>;
  const hit = byId.get(id);
  if (hit) return hit;
  const cell = cellById(id);
  const labels = cell
    ? { id, ...describeCell(cell, locale) }
    : { id, table: "", row: "", column: "" };
  byId.set(id, labels);
  return labels;
}
