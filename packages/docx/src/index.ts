export { DocxError, type DocxErrorCode, docxErrorMessages } from "./errors.js";
export type { DocxErrorMessages } from "./messages/types.js";
export { docxMessages } from "./messages.js";
export {
  DOCX_MEDIA_TYPE,
  forChecks,
  MISSING_METADATA,
  missingMetadata,
  type PublishedKind,
  type PublishedOutcome,
  publishedMessages,
  readPublished,
} from "./published.js";
export { readDocx } from "./read-docx.js";
export { LIMITS as DOCX_LIMITS } from "./safe-unzip.js";
export { type DocxOptions, renderDocx, renderDocxTemplate } from "./write-docx.js";
