import { EDITIONS, editionIds, isEdition } from "@zfxxgk/schema";
import { RenderInputError, reasonOf } from "./render-error.js";

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function objectAt(value: unknown, path: string, name: string): Obj {
  if (!isObject(value)) throw new RenderInputError(path, reasonOf("notObject", { name }));
  return value;
}

function stringAt(value: unknown, path: string): string {
  if (typeof value !== "string") throw new RenderInputError(path, reasonOf("notString"));
  return value;
}

/** A narrative block list: `[{type: "heading"|"paragraph", text}]`. */
export function checkNarrative(value: unknown, path: string): { type: string; text: string }[] {
  if (!Array.isArray(value)) throw new RenderInputError(path, reasonOf("notBlocks"));
  return value.map((block, i) => {
    const at = `${path}/${i}`;
    const b = objectAt(block, at, "block");
    if (b.type !== "heading" && b.type !== "paragraph")
      throw new RenderInputError(`${at}/type`, reasonOf("notBlockType"));
    return { type: b.type, text: stringAt(b.text, `${at}/text`) };
  });
}

/** Optional string fields of `meta`; undefined when absent. */
export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : stringAt(value, path);
}

export const ISO_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** What the renderer needs before it draws anything; values of cells are checked as they are drawn. */
export function checkShape(report: unknown) {
  const r = objectAt(report, "", "report");
  if (!isEdition(r.edition))
    throw new RenderInputError("/edition", reasonOf("notEdition", { editions: editionIds }));
  const meta = objectAt(r.meta, "/meta", "meta");
  const agency = stringAt(meta.agency, "/meta/agency");
  if (!Number.isSafeInteger(meta.year))
    throw new RenderInputError("/meta/year", reasonOf("notWholeNumber"));
  const publishedOn = optionalString(meta.publishedOn, "/meta/publishedOn");
  if (publishedOn !== undefined && !ISO_DATE.test(publishedOn))
    throw new RenderInputError("/meta/publishedOn", reasonOf("notDate"));
  // Editions without a section grid keep their sections in `body` (checked where it is drawn).
  const sections = EDITIONS[r.edition].grid.sections.length
    ? objectAt(r.sections, "/sections", "sections")
    : {};
  objectAt(r.tables, "/tables", "tables");
  const contact =
    meta.contact === undefined ? undefined : objectAt(meta.contact, "/meta/contact", "contact");
  const fee =
    r.processingFee === undefined
      ? undefined
      : objectAt(r.processingFee, "/processingFee", "processingFee");
  return {
    edition: r.edition,
    agency,
    year: meta.year as number,
    title: optionalString(meta.title, "/meta/title"),
    publishedOn,
    contact,
    sections,
    body: r.body,
    preamble: r.preamble === undefined ? undefined : checkNarrative(r.preamble, "/preamble"),
    fee: fee && {
      amount: stringAt(fee.amount, "/processingFee/amount"),
      unit: stringAt(fee.unit, "/processingFee/unit"),
    },
  };
}
