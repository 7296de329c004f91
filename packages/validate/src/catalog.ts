import { editionIds } from "@zfxxgk/schema";
import { editionsOfRule, rules } from "./editions/index.js";

export const PACKAGE_NAME = "@zfxxgk/validate";
/** Version of the catalog's content; bump when a rule is added, removed or changes meaning. */
export const CATALOG_VERSION = "1.0.0";

export interface CatalogRule {
  readonly id: string;
  readonly type: "official" | "structural" | "heuristic";
  readonly severity: "error" | "warning" | "info";
  readonly title: { readonly "zh-Hans": string; readonly en: string };
  readonly description: { readonly "zh-Hans": string; readonly en: string };
  readonly source: string;
  readonly cells: readonly string[];
  readonly needs?: "previous" | "constituents";
  /** The format editions whose rule set runs this rule. */
  readonly editions: readonly string[];
}

export interface RuleCatalog {
  readonly catalog: typeof PACKAGE_NAME;
  readonly version: string;
  /** Every edition the catalog covers, newest first. */
  readonly editions: readonly string[];
  readonly rules: readonly CatalogRule[];
}

/** The rules as data, for other languages and tools (also shipped as `@zfxxgk/validate/catalog.json`). */
export const ruleCatalog: RuleCatalog = {
  catalog: PACKAGE_NAME,
  version: CATALOG_VERSION,
  editions: editionIds,
  rules: rules.map((r) => ({
    id: r.id,
    type: r.type,
    severity: r.severity,
    title: r.title,
    description: r.description,
    source: r.source,
    cells: [...new Set(r.cells)],
    ...(r.needs ? { needs: r.needs } : {}),
    editions: editionsOfRule(r.id),
  })),
};
