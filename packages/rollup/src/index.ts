export { breakdownCsv, breakdownHtml } from "./breakdown.js";
export { RollupError, type RollupErrorCode, rollupErrorMessages } from "./errors.js";
export { type ExpectedBody, parseExpected } from "./expected.js";
export type { RollupErrorMessages } from "./messages/types.js";
export { rollupMessages } from "./messages.js";
export { type CellProvenance, formatProvenance, type Part, provenanceOf } from "./provenance.js";
export {
  type ConstituentResult,
  type RollupOptions,
  type RollupResult,
  rollup,
} from "./rollup.js";
