/**
 * Why a PDF cannot be read (the `reason` of `parse/pdf-unreadable`, worded by the message files): not
 * a PDF, over the size limit, encrypted with an open password, cut short (no end-of-file marker), its
 * structure (cross-reference table, trailer or catalogue) damaged, or another failure of the reader,
 * whose own words are in `cause`.
 */
export type PdfUnreadable =
  | "not-pdf"
  | "too-large"
  | "encrypted"
  | "truncated"
  | "damaged"
  | "reader-error";

/** The tail a whole PDF ends with: its `%%EOF` marker is within the last kilobyte. */
const endsWhole = (bytes: Uint8Array) =>
  new TextDecoder("latin1")
    .decode(bytes.subarray(Math.max(0, bytes.length - 1024)))
    .includes("%%EOF");

/** What the PDF reader (pdf.js) threw, as a reason and the reader's own words. */
export function unreadableOf(
  error: unknown,
  bytes: Uint8Array,
): { reason: PdfUnreadable; cause: string } {
  const cause = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return { reason: "encrypted", cause };
  if (name === "InvalidPDFException" || name === "FormatError")
    return { reason: endsWhole(bytes) ? "damaged" : "truncated", cause };
  return { reason: "reader-error", cause };
}
