export type { Diagnostic, Locale, MessageMap, Severity } from "@zfxxgk/schema";
export { CATALOG_VERSION, type CatalogRule, type RuleCatalog, ruleCatalog } from "./catalog.js";
export { ruleDocs } from "./docs.js";
export { editionsOfRule, ruleSetOf, rules } from "./editions/index.js";
export { DEFAULT_THRESHOLDS, type Preset, type ValidateOptions } from "./engine/options.js";
export type {
  Emit,
  Finding,
  Rule,
  RuleContext,
  RuleSeverity,
  RuleType,
  Thresholds,
} from "./engine/rule.js";
export { type ValidationResult, validate } from "./engine/validate.js";
export {
  type CellValue,
  CLAIM_CODES,
  type ClaimParams,
  type CulpritParams,
  type FindingOf,
  type FindingShapes,
  findingJsonSchema,
  IDENTITY_CODES,
  type IdentityParams,
  isFinding,
  PLAIN_CODES,
  type ShareParams,
  TYPED_CODES,
  type TypedCode,
  type TypedFinding,
} from "./findings.js";
export type { CellLabels, FileResult, FormatInput, FormatOptions } from "./format/input.js";
export { formatJson, type JsonDiagnostic, type JsonOutput, toJsonOutput } from "./format/json.js";
export { formatSarif, toSarif } from "./format/sarif.js";
export { formatText } from "./format/text.js";
export { messageOf, messages, withMessages } from "./messages.js";
export { type Claim, extractClaims } from "./narrative/claims.js";
export { chineseNumber } from "./narrative/numerals.js";
export { extractShares, type Share } from "./narrative/shares.js";
export { ownText, similarity } from "./narrative/similarity.js";
export { OFFICIAL_DOCUMENTS, type OfficialDocument } from "./official-documents.js";
export { exampleBase, exampleReport, RULE_EXAMPLES, type RuleExample } from "./rule-examples.js";
export { sourcePlaceText, withSources } from "./sources.js";
