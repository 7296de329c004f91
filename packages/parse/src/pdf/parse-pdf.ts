import { diagnostic } from "../located.js";
import { readLines } from "../read-lines.js";
import type { ParseOptions, ParseOutcome } from "../types.js";
import { MAX_PDF_BYTES, pdfLines } from "./pdf-lines.js";
import { unreadableOf } from "./unreadable.js";

/** What the PDF reader adds to a parse: the pages and how the rows were rebuilt. */
export interface PdfOutcome extends ParseOutcome {
  readonly pdf?: {
    readonly pages: number;
    readonly method: "tags" | "positions";
  };
}

const MAX_LINES = 50_000;
const isPdf = (data: Uint8Array) =>
  new TextDecoder("latin1").decode(data.subarray(0, 1024)).includes("%PDF-");

/**
 * Reads a published report from a PDF's text layer: the official tables are rebuilt from the
 * document's tags when it has them (Word, Chromium), otherwise from the positions of the text, and
 * matched to the grid as text is. A PDF without text (a scan) gets `parse/no-text-layer`. Never
 * rejects: an unreadable file is a finding.
 */
export async function parsePdf(
  data: Uint8Array | ArrayBuffer,
  options: ParseOptions = {},
): Promise<PdfOutcome> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // why, as the message files word it in each locale (`reason`), the PDF reader's own words in `cause`
  const unreadable = (params: Record<string, string | number>): PdfOutcome => ({
    diagnostics: [diagnostic("parse/pdf-unreadable", "error", { params })],
    provenance: {},
  });
  if (!isPdf(bytes)) return unreadable({ reason: "not-pdf" });
  if (bytes.length > MAX_PDF_BYTES)
    return unreadable({ reason: "too-large", limit: MAX_PDF_BYTES });
  let scan: Awaited<ReturnType<typeof pdfLines>>;
  try {
    scan = await pdfLines(bytes, options.pdfTags !== false);
  } catch (e) {
    return unreadable(unreadableOf(e, bytes));
  }
  const pdf = { pages: scan.pages, method: scan.method };
  if (scan.characters === 0) {
    return {
      diagnostics: [diagnostic("parse/no-text-layer", "error", { params: { pages: scan.pages } })],
      provenance: {},
      pdf,
    };
  }
  try {
    const lines = scan.lines.slice(0, MAX_LINES);
    return { ...readLines(lines, options), pdf };
  } catch (e) {
    return {
      diagnostics: [
        diagnostic("parse/internal-error", "error", {
          params: { detail: e instanceof Error ? e.message : String(e) },
        }),
      ],
      provenance: {},
      pdf,
    };
  }
}
