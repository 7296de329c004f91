import { type ParseOptions, type ParseOutcome, parseDocument } from "@zfxxgk/parse";
import { type Diagnostic, parseReport, type Scalar } from "@zfxxgk/schema";
import { strFromU8 } from "fflate";
import {
  coreTitle,
  customProperties,
  documentBlocks,
  headingStyles,
  XmlStructureError,
} from "./document-blocks.js";
import { withMetaProperties } from "./meta-properties.js";
import { LIMITS, unzipParts } from "./safe-unzip.js";
import { withoutUnfilledFields } from "./template-fields.js";

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";
const CORE = "docProps/core.xml";
const CUSTOM = "docProps/custom.xml";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (data: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => data[i] === b);

const failed = (code: string, params: Record<string, Scalar> = {}): ParseOutcome => ({
  diagnostics: [{ code, severity: "error", path: "", cells: [], params }],
  provenance: {},
});

/** Whether an OLE compound file holds an encrypted OOXML package (Word's "encrypt with password"). */
function isEncrypted(data: Uint8Array): boolean {
  const name = new TextEncoder().encode("EncryptedPackage");
  const utf16 = new Uint8Array(name.length * 2);
  name.forEach((b, i) => {
    utf16[i * 2] = b;
  });
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(Buffer.from(utf16));
}

/**
 * Reads a Word document (.docx) — the filled template of @zfxxgk/docx, or a published report saved
 * as Word — into the model, through the same matching as `parseText` and `parseHtml`: tables with
 * their merged cells, paragraphs with their headings. Provenance of a cell is
 * `{ source: "docx", table, row, column, raw }` (from 0; `column` is the column of Word's table grid).
 * Never throws: a file that is not a Word document, is damaged, encrypted or a zip bomb comes back
 * as a diagnostic `docx/…` without a report.
 */
export function readDocx(data: Uint8Array, options: ParseOptions = {}): ParseOutcome {
  if (!(data instanceof Uint8Array) || data.length === 0) return failed("docx/empty");
  if (startsWith(data, OLE))
    return failed(isEncrypted(data) ? "docx/encrypted" : "docx/legacy-doc");
  if (!startsWith(data, ZIP)) return failed("docx/not-docx");
  const unzipped = unzipParts(data, new Set([DOCUMENT, STYLES, CORE, CUSTOM]));
  if ("problem" in unzipped) {
    const { problem, ...params } = unzipped;
    return failed(`docx/${problem}`, { ...params, ...limitsOf(problem) });
  }
  const document = unzipped.parts.get(DOCUMENT);
  if (!document) return failed("docx/not-word");
  try {
    const part = (name: string) => {
      const bytes = unzipped.parts.get(name);
      return bytes ? strFromU8(bytes) : undefined;
    };
    const blocks = withoutUnfilledFields(
      documentBlocks(strFromU8(document), {
        headingStyles: headingStyles(part(STYLES)),
      }),
    );
    const title = coreTitle(part(CORE));
    const read = parseDocument(blocks, { ...options, ...(title ? { title } : {}) });
    return withProperties(read, customProperties(part(CUSTOM)));
  } catch (e) {
    return failed(
      "docx/damaged",
      e instanceof XmlStructureError
        ? { xml: e.problem }
        : { cause: e instanceof Error ? e.message : String(e) },
    );
  }
}

/** The report with the metadata kept in document properties, if it still passes the schema. */
function withProperties(read: ParseOutcome, properties: ReadonlyMap<string, string>): ParseOutcome {
  if (!read.report || properties.size === 0) return read;
  const report = { ...read.report, meta: withMetaProperties(read.report.meta, properties) };
  const checked = parseReport(report);
  if (checked.ok) return { ...read, report: checked.report };
  const note: Diagnostic = {
    code: "docx/property-ignored",
    severity: "warning",
    path: checked.diagnostics[0]?.path ?? "/meta",
    cells: [],
  };
  return { ...read, diagnostics: [...read.diagnostics, note] };
}

function limitsOf(problem: string): Record<string, Scalar> {
  if (problem === "too-large") return { limit: LIMITS.fileBytes };
  if (problem === "too-many-entries") return { limit: LIMITS.entries };
  if (problem === "zip-bomb") return { limit: LIMITS.partBytes, ratio: LIMITS.ratio };
  return {};
}
