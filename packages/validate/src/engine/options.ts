import type { Severity } from "@zfxxgk/schema";
import type { Rule, RuleSeverity, Thresholds } from "./rule.js";

export type Preset = "official" | "recommended" | "strict";

export interface ValidateOptions {
  /** Last year's report (object or JSON text), for the cross-year rules. */
  readonly previous?: unknown;
  /** Reports a summary report adds up. */
  readonly constituents?: readonly unknown[];
  /** "official": official rules only; "recommended" (default): every rule at its default; "strict": heuristics raised one level. */
  readonly preset?: Preset;
  /** Per rule (or per `schema/…` code): off, info, warning or error. Wins over the preset. */
  readonly severities?: Readonly<Record<string, RuleSeverity>>;
  readonly thresholds?: Partial<Thresholds>;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  carryOverShare: 0.25,
  similarity: 0.8,
  correctionRate: 0.5,
  correctionMinCases: 3,
  feeCeiling: 10000,
  decisionsCeiling: 10000,
};

const UP: Record<Severity, Severity> = { info: "warning", warning: "error", error: "error" };

export function presetSeverity(rule: Rule, preset: Preset): RuleSeverity {
  if (preset === "official") return rule.type === "official" ? rule.severity : "off";
  if (preset === "strict") return rule.type === "heuristic" ? UP[rule.severity] : "error";
  return rule.severity;
}

export function raise(severity: Severity): Severity {
  return UP[severity];
}
