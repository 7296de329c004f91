/** One shape for every finding of the toolkit: schema errors, rule findings, parser notes. */
export type Severity = "error" | "warning" | "info";

export type Scalar = string | number | boolean | null;

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
  /** Values the message templates read. */
  readonly params?: Readonly<Record<string, Scalar>>;
  /**
   * Set on a finding that another one accounts for: the id of the cell named as the likely culprit
   * (a `cell/culprit` finding with that cell). Presentations list it under that finding.
   */
  readonly explainedBy?: string;
}

export type MessageLocale = "zh-CN" | "en";
export type MessageTemplate = (d: Diagnostic) => string;
/** Messages per language, keyed by diagnostic code. */
export type MessageMap = Readonly<Record<MessageLocale, Readonly<Record<string, MessageTemplate>>>>;

export function mergeMessages(...maps: MessageMap[]): MessageMap {
  return {
    "zh-CN": Object.assign({}, ...maps.map((m) => m["zh-CN"])),
    en: Object.assign({}, ...maps.map((m) => m.en)),
  };
}

export function renderMessage(d: Diagnostic, locale: MessageLocale, messages: MessageMap): string {
  const template = messages[locale][d.code];
  if (template) return template(d);
  return locale === "zh-CN" ? `未知问题（${d.code}）` : `Unknown finding (${d.code})`;
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
