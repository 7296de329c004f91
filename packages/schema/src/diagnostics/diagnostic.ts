import type { Locale } from "../grid/types.js";
import { LOCALES } from "./locale.js";
import type { CellSource } from "./source-place.js";

/** One shape for every finding of the toolkit: schema errors, rule findings, parser notes. */
export type Severity = "error" | "warning" | "info";

export type Scalar = string | number | boolean | null;

/** A JSON value: what a finding's `params` may hold (lists and records of scalars too). */
export type JsonValue = Scalar | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface Diagnostic {
  /** Stable code: `schema/…` for the model, a rule id such as `T3-01` for the validator. */
  readonly code: string;
  readonly severity: Severity;
  /** JSON Pointer into the report ("" is the whole document). */
  readonly path: string;
  /** Ids of the table cells the finding is about, e.g. `T3.R1.NP`. */
  readonly cells: readonly string[];
  readonly expected?: Scalar;
  readonly actual?: Scalar;
  readonly difference?: Scalar;
  /**
   * The specifics of the finding, typed per code (`FindingParams` in @zfxxgk/validate: an identity's
   * cells on each side with their values, a narrative claim's quote and offsets …); messages word them.
   */
  readonly params?: Readonly<Record<string, JsonValue>>;
  /**
   * Set on a finding that another one accounts for: the id of the cell named as the likely culprit
   * (a `cell/culprit` finding with that cell). Presentations list it under that finding.
   */
  readonly explainedBy?: string;
  /**
   * For a report read from a published document: where each cell the finding names was read
   * (line and column, table/row/cell, page), from the parser's provenance (`withSources`).
   */
  readonly sources?: readonly CellSource[];
}

export type MessageTemplate = (d: Diagnostic) => string;
/**
 * Messages per `Locale`, keyed by diagnostic code. A locale is one entry; `zh-Hant` falls back to
 * `zh-Hans`. Each package keeps one file per locale (`zh-Hant` generated from `zh-Hans`).
 */
export type MessageMap = {
  readonly [L in Locale]?: Readonly<Record<string, MessageTemplate>>;
};

/** One map of several; a later map's message wins. */
export function mergeMessages(...maps: MessageMap[]): MessageMap {
  return Object.fromEntries(
    LOCALES.map((l) => [l, Object.assign({}, ...maps.map((m) => m[l] ?? {}))]),
  ) as MessageMap;
}

const UNKNOWN: Record<Locale, (code: string) => string> = {
  "zh-Hans": (code) => `未知问题（${code}）`,
  "zh-Hant": (code) => `未知問題（${code}）`,
  en: (code) => `Unknown finding (${code})`,
};

/** A finding in words, in the given locale (`zh-Hant` falls back to `zh-Hans` where it has none). */
export function renderMessage(d: Diagnostic, locale: Locale, messages: MessageMap): string {
  const l = LOCALES.includes(locale) ? locale : "zh-Hans";
  const hans = messages["zh-Hans"]?.[d.code];
  const template =
    l === "zh-Hans" ? hans : (messages[l]?.[d.code] ?? (l === "zh-Hant" ? hans : undefined));
  return template ? template(d) : UNKNOWN[l](d.code);
}

/** JSON Pointer (RFC 6901) of a property path. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** A value as it may appear in a diagnostic: JSON-safe and short. */
export function preview(value: unknown, max = 120): Scalar {
  if (value === undefined) return null;
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  const text = typeof value === "string" ? value : safeJson(value);
  return text.length > max ? `${text.slice(0, max)}…（${text.length}）` : text;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
