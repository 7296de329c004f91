import type {
  Diagnostic,
  EditionDefinition,
  JsonValue,
  Report,
  Scalar,
  Severity,
} from "@zfxxgk/schema";
import type { CellView } from "./cells.js";

export type RuleType = "official" | "structural" | "heuristic";
export type RuleSeverity = Severity | "off";

/** Thresholds of the heuristic rules; every one has a default. */
export interface Thresholds {
  /** T3-08: carry-over to next year above this share of new applications. */
  readonly carryOverShare: number;
  /** text similarity with last year's report at or above this value. */
  readonly similarity: number;
  /** T4-10: share of concluded 行政复议 cases corrected at or above this value. */
  readonly correctionRate: number;
  /** T4-10: only judged with at least this many concluded cases. */
  readonly correctionMinCases: number;
  /** T2-06: a fee in 万元 at or above this value looks like 元 entered as 万元. */
  readonly feeCeiling: number;
  /** T2-08: decisions per year at or above this value for a township-level body. */
  readonly decisionsCeiling: number;
}

/** One report as the rules see it: the parsed object, its edition and its numeric cell view. */
export interface Snapshot {
  readonly report: Report;
  readonly edition: EditionDefinition;
  readonly cells: CellView;
}

export interface RuleContext extends Snapshot {
  readonly previous?: Snapshot;
  readonly constituents?: readonly Snapshot[];
  readonly thresholds: Thresholds;
  /** Shared work of several rules (for example the figures quoted in 一、总体情况), computed once. */
  memo<T>(key: string, compute: () => T): T;
}

/** What a rule reports; the engine adds the code and the configured severity. */
export interface Finding {
  readonly path: string;
  readonly cells: readonly string[];
  readonly expected?: Scalar;
  readonly actual?: Scalar;
  readonly difference?: Scalar;
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** Overrides the configured severity for this finding only (e.g. "not fully assessable" notes). */
  readonly severity?: Severity | "escalate";
}

export type Emit = (finding: Finding) => void;

export interface Rule {
  readonly id: string;
  readonly type: RuleType;
  readonly severity: Severity;
  readonly title: { readonly "zh-Hans": string; readonly en: string };
  readonly description: { readonly "zh-Hans": string; readonly en: string };
  readonly source: string;
  /** Ids of the cells the rule reads (empty when it reads only text or metadata). */
  readonly cells: readonly string[];
  /** Needs last year's report (`validate(report, { previous })`). */
  readonly needs?: "previous" | "constituents";
  /** The cells of last year's report a cross-year rule reads, where they are not its `cells`. */
  readonly previousCells?: readonly string[];
  check(ctx: RuleContext, emit: Emit): void;
}

export type { Diagnostic };
