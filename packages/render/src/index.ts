export { type CellText, cellText } from "./cell-text.js";
export { jsonForScript } from "./json-script.js";
export type { RenderErrorMessages } from "./messages/types.js";
export { APPENDIX_TEXT, type AppendixView, appendixView } from "./old-report-view.js";
export { DEFAULT_FONTS_HREF, type RenderOptions } from "./options.js";
export { RenderInputError, renderErrorMessages } from "./render-error.js";
export { type ReportCssOptions, renderHtml, reportCss } from "./render-html.js";
export { scriptText } from "./traditional.js";
export { CONTACT_KEYS, chineseDate, UI_TEXT } from "./ui-text.js";
