/** A Word document could not be made; the message is in Chinese, then English. */
export class DocxError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "DocxError";
  }
}
