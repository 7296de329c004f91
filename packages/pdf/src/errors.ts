/** Stable codes of the errors this package throws. */
export type PdfErrorCode =
  | "CHROMIUM_NOT_FOUND"
  | "PDF_BROWSER_LAUNCH_FAILED"
  | "PDF_TIMEOUT"
  | "PDF_BROWSER_CRASHED"
  | "PDF_RENDERER_CLOSED"
  | "PDF_RENDER_FAILED"
  | "PDF_OUTPUT_UNEXPECTED";

export interface PdfErrorMessages {
  readonly "zh-CN": string;
  readonly en: string;
}

/** Every failure of this package: a stable `code`, and the message in Chinese first, then English. */
export class PdfError extends Error {
  readonly code: PdfErrorCode;
  readonly messages: PdfErrorMessages;

  constructor(code: PdfErrorCode, messages: PdfErrorMessages, options?: { cause?: unknown }) {
    super(`${messages["zh-CN"]}\n${messages.en}`, options);
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
