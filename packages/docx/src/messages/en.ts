import { renderMessage, schemaMessages } from "@zfxxgk/schema";
import {
  type DocxErrorMessages,
  type DocxMessages,
  mb,
  p,
  type XmlProblem,
  type ZipProblem,
} from "./types.js";

// The English wording of what reading a Word document finds about the file.

const L = "en";

/** What is wrong with the XML of a Word part. */
const xml: { readonly [X in XmlProblem]: string } = {
  doctype: "DOCTYPE is not allowed in a Word part",
  "unclosed-root": "the XML part ends before its root element closes",
  "no-body": "word/document.xml has no complete w:body",
};

/** How the zip of a Word document is damaged. */
const zip: { readonly [Z in ZipProblem]: string } = {
  truncated:
    "the file is incomplete, perhaps cut short when downloaded or copied; get the original again",
  "corrupt-data": "data in the archive is corrupt",
  "bad-structure": "the archive's structure is broken",
  "unknown-method": "the archive uses a compression method Word never uses",
};

export default {
  "docx/empty": () => "The file is empty; not a Word document",
  "docx/not-docx": () => "Not a Word document (.docx): the file does not start as a zip archive",
  "docx/legacy-doc": () =>
    "This is a Word 97-2003 document (.doc); save it as .docx in Word or WPS, then read it",
  "docx/encrypted": () =>
    "The Word document is encrypted (it has an open password); remove the password, save, then read it",
  "docx/too-large": (d) =>
    `The file is too large (${mb(d, "bytes")} MB, limit ${mb(d, "limit")} MB); not read`,
  "docx/too-many-entries": (d) =>
    `The archive holds too many files (over ${p(d, "limit")}); not a Word document, not read`,
  "docx/zip-bomb": (d) =>
    `"${p(d, "part")}" in the archive unpacks too large (over ${mb(d, "bytes")} MB or a ratio over ${p(d, "ratio")}); taken for a zip bomb, reading stopped`,
  "docx/damaged": (d) =>
    `The Word document is damaged and cannot be read (${xml[p(d, "xml") as XmlProblem] ?? zip[p(d, "zip") as ZipProblem] ?? `reading failed: ${p(d, "cause")}`})`,
  "docx/property-ignored": (d) =>
    `The report data in the document properties (${d.path}) is not valid; not used`,
  "docx/not-word": () =>
    "The archive has no word/document.xml: not a Word document (perhaps Excel, PowerPoint or another file)",
} satisfies DocxMessages;

/** The errors of making a Word document. */
export const errors = {
  invalidReport: ({ first }) =>
    `the report is not valid, no Word document made: ${first ? renderMessage(first, L, schemaMessages) : ""}`,
  unknownEdition: ({ edition }) =>
    `the report's edition ${JSON.stringify(edition)} is unknown; no Word document made`,
  unsupportedShape: ({ edition, path }) =>
    `${path} of a report in the ${edition} format cannot be written to Word yet; no document made (nothing is dropped silently); use HTML or PDF`,
} satisfies DocxErrorMessages;
