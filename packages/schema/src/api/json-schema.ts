import * as z from "zod";
import { EDITIONS, type Edition } from "../editions/index.js";

/** Stable `$id` of each edition's JSON Schema. */
export const JSON_SCHEMA_IDS = Object.fromEntries(
  Object.values(EDITIONS).map((e) => [e.id, e.jsonSchemaId]),
) as Record<Edition, string>;

/** The JSON Schema (draft 2020-12) of one edition's report, generated from its zod schema. */
export function jsonSchemaOf(edition: Edition): Record<string, unknown> {
  const generated = z.toJSONSchema(EDITIONS[edition].schema, {
    target: "draft-2020-12",
    io: "input",
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return { $schema, $id: JSON_SCHEMA_IDS[edition], ...rest };
}
