import { type Edition, editionOf } from "@zfxxgk/schema";

interface PartSchema {
  safeParse(value: unknown): { success: boolean };
}

/**
 * The top-level parts of an edition's report model (meta, preamble, sections, tables, the fee …)
 * with their schemas, so the form draws and checks only the parts the edition has.
 */
export function modelParts(edition: Edition): Readonly<Record<string, PartSchema>> {
  const schema = editionOf(edition).schema as unknown as { shape?: Record<string, PartSchema> };
  return schema.shape ?? {};
}

/** Whether a part may be left out of a report of the edition. */
export function isOptionalPart(edition: Edition, key: string): boolean {
  return modelParts(edition)[key]?.safeParse(undefined).success === true;
}
