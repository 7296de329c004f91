import type { Diagnostic, MessageTemplate } from "@zfxxgk/schema";

/** The codes `readDocx` raises about the file itself (the parser's own are worded by @zfxxgk/parse). */
export const DOCX_CODES = [
  "docx/empty",
  "docx/not-docx",
  "docx/legacy-doc",
  "docx/encrypted",
  "docx/too-large",
  "docx/too-many-entries",
  "docx/zip-bomb",
  "docx/damaged",
  "docx/property-ignored",
  "docx/not-word",
] as const;

/** One locale's wording of those codes; a locale is one file (`zh-Hant.ts` generated from `zh-Hans.ts`). */
export type DocxMessages = { readonly [C in (typeof DOCX_CODES)[number]]: MessageTemplate };

/**
 * How the zip of a Word document is damaged (the `zip` param of `docx/damaged`, see `ZipProblem` of
 * safe-unzip.ts). Damage of any kind keeps the unzipper's or parser's own words in `cause`, worded
 * only when no kind is told.
 */
export type { ZipProblem } from "../safe-unzip.js";

/**
 * How a Word part's XML is refused (the `xml` param of `docx/damaged`): a document type declaration, which OOXML never has; a part that ends before
 * its root element closes; a document.xml with no complete w:body.
 */
export type XmlProblem = "doctype" | "unclosed-root" | "no-body";

/** What the message files of every locale read of a finding; no wording here. */
export const p = (d: Diagnostic, key: string) => d.params?.[key];
/** A size in bytes as whole megabytes. */
export const mb = (d: Diagnostic, key: string) => Math.round(Number(p(d, key)) / 1024 / 1024);

/**
 * One locale's wording of the errors `renderDocx` throws (`DocxError`), each typed with what it says:
 * each locale file's `errors`.
 */
export interface DocxErrorMessages {
  /** `invalid-report`: the report is not valid; `first` is its first finding, worded in the locale. */
  readonly invalidReport: (p: { readonly first?: Diagnostic }) => string;
  /** `unknown-edition`: the report's `edition`, as given. */
  readonly unknownEdition: (p: { readonly edition: unknown }) => string;
  /** `unsupported-shape`: a part at `path` the writer does not draw for this edition. */
  readonly unsupportedShape: (p: { readonly edition: string; readonly path: string }) => string;
}
