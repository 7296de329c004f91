import type { Report } from "@zfxxgk/schema";
import { DocxError, docxError } from "./errors.js";

/** A paragraph or a （一）-style sub-heading of narrative text. */
export interface Block {
  readonly type: "heading" | "paragraph";
  readonly text: string;
}

/** A part of the body that the report numbers and titles itself (editions that fix no sections). */
export interface NumberedPart {
  readonly number?: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** What the Word writer draws from a report, besides its meta and the grid's tables. */
export interface ReportParts {
  readonly preamble: readonly Block[];
  /** Narrative of the sections the edition's grid fixes, by section key. */
  readonly sections: Readonly<Record<string, readonly Block[]>>;
  /** The report's own numbered parts, where its edition fixes none. */
  readonly body: readonly NumberedPart[];
  readonly fee?: { readonly amount: string; readonly unit: string };
}

/** Top-level fields the writer draws; anything else would be lost in Word, so it is refused. */
const DRAWN = new Set([
  "$schema",
  "edition",
  "meta",
  "preamble",
  "sections",
  "body",
  "tables",
  "processingFee",
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isBlocks = (v: unknown): v is Block[] =>
  Array.isArray(v) &&
  v.every(
    (b) =>
      isObject(b) && (b.type === "heading" || b.type === "paragraph") && typeof b.text === "string",
  );

const isPart = (v: unknown): v is NumberedPart =>
  isObject(v) &&
  typeof v.heading === "string" &&
  (v.number === undefined || typeof v.number === "string") &&
  isBlocks(v.blocks);

const hasContent = (v: unknown) =>
  v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

export function unsupported(edition: string, path: string): DocxError {
  return new DocxError("unsupported-shape", docxError("unsupportedShape", { edition, path }));
}

/**
 * The report's narrative in the shapes the writer knows, checked field by field: a field it
 * does not draw (nor is `drawnElsewhere`), or one of another shape, is a DocxError naming it
 * rather than a crash or a loss.
 */
export function reportParts(report: Report, drawnElsewhere: readonly string[] = []): ReportParts {
  const data = report as unknown as Record<string, unknown>;
  const edition = String(data.edition);
  for (const [key, value] of Object.entries(data))
    if (!DRAWN.has(key) && !drawnElsewhere.includes(key) && hasContent(value))
      throw unsupported(edition, `/${key}`);

  const preamble = data.preamble ?? [];
  if (!isBlocks(preamble)) throw unsupported(edition, "/preamble");

  const sections = data.sections ?? {};
  if (!isObject(sections)) throw unsupported(edition, "/sections");
  for (const [key, blocks] of Object.entries(sections))
    if (!isBlocks(blocks)) throw unsupported(edition, `/sections/${key}`);

  const body = data.body ?? [];
  if (!Array.isArray(body)) throw unsupported(edition, "/body");
  body.forEach((part, i) => {
    if (!isPart(part)) throw unsupported(edition, `/body/${i}`);
  });

  const fee = data.processingFee;
  if (
    hasContent(fee) &&
    !(isObject(fee) && typeof fee.amount === "string" && typeof fee.unit === "string")
  )
    throw unsupported(edition, "/processingFee");

  return {
    preamble,
    sections: sections as Record<string, Block[]>,
    body: body as NumberedPart[],
    ...(isObject(fee) ? { fee: fee as { amount: string; unit: string } } : {}),
  };
}
