export { type DocumentInfo, withDocumentInfo } from "./document-info.js";
export {
  ChromiumNotFoundError,
  isPdfError,
  PdfError,
  type PdfErrorCode,
  type PdfErrorMessages,
} from "./errors.js";
export {
  CHROMIUM_ENV_VARS,
  chromiumCandidates,
  type FindChromiumOptions,
  findChromium,
} from "./find-chromium.js";
export { BUNDLED_FONT_FAMILIES } from "./fonts.js";
export { CHROMIUM_ARGS, launchChromium } from "./launch.js";
export type { PageNumbers } from "./page-numbers.js";
export {
  createPdfRenderer,
  type FontLoading,
  type PdfDocumentOptions,
  type PdfRenderer,
  type PdfRendererOptions,
  type PdfRenderOptions,
  renderPdf,
} from "./renderer.js";
