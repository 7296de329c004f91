import { bilingual, type Locale } from "@zfxxgk/schema";
import en from "./messages/en.js";
import type { PdfMessages } from "./messages/types.js";
import zhHans from "./messages/zh-Hans.js";
import zhHant from "./messages/zh-Hant.js";

/** Stable codes of the errors this package throws. */
export type PdfErrorCode =
  | "CHROMIUM_NOT_FOUND"
  | "PDF_BROWSER_LAUNCH_FAILED"
  | "PDF_TIMEOUT"
  | "PDF_BROWSER_CRASHED"
  | "PDF_RENDERER_CLOSED"
  | "PDF_RENDER_FAILED"
  | "PDF_OUTPUT_UNEXPECTED";

/** An error's message in every locale (`zh-Hans`, `zh-Hant`, `en`), from the package's locale files. */
export type PdfErrorMessages = { readonly [L in Locale]: string };

/** The package's locale files, one per locale; a new locale is one more file and line. */
const LOCALE_MESSAGES: { readonly [L in Locale]: PdfMessages } = {
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
  en,
};

/** One message of the locale files, worded in every locale. */
export function worded<K extends keyof PdfMessages>(
  key: K,
  ...params: Parameters<PdfMessages[K]>
): PdfErrorMessages {
  const of = (l: Locale) =>
    (LOCALE_MESSAGES[l][key] as (...p: Parameters<PdfMessages[K]>) => string)(...params);
  return { "zh-Hans": of("zh-Hans"), "zh-Hant": of("zh-Hant"), en: of("en") };
}

/** Every failure of this package: a stable `code`, and its message per locale (Chinese first, then English). */
export class PdfError extends Error {
  readonly code: PdfErrorCode;
  readonly messages: PdfErrorMessages;

  constructor(code: PdfErrorCode, messages: PdfErrorMessages, options?: { cause?: unknown }) {
    super(bilingual(messages, "\n"), options);
    this.name = "PdfError";
    this.code = code;
    this.messages = messages;
  }
}

/** No Chromium or Chrome could be found (or the one that was named does not exist). */
export class ChromiumNotFoundError extends PdfError {
  /** Every path that was tried, in order. */
  readonly searched: readonly string[];

  constructor(messages: PdfErrorMessages, searched: readonly string[]) {
    super("CHROMIUM_NOT_FOUND", messages);
    this.name = "ChromiumNotFoundError";
    this.searched = searched;
  }
}

export function isPdfError(error: unknown): error is PdfError {
  return error instanceof PdfError;
}
