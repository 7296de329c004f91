export { type Decoded, DecodeError, decodeInput } from "./decode.js";
export type { DocumentBlock } from "./document-lines.js";
export type { ParseErrorMessages } from "./messages/types.js";
export { parseErrorMessages, parseMessages } from "./messages.js";
export { labelKey } from "./normalise.js";
export { parseDocument, parseHtml, parseText } from "./parse.js";
export { type PdfOutcome, parsePdf } from "./pdf/parse-pdf.js";
export type { PdfUnreadable } from "./pdf/unreadable.js";
export type { ParseOptions, ParseOutcome, Provenance } from "./types.js";
