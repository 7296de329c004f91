import type { MessageTemplate } from "../diagnostic.js";

/** The codes `parseReport` raises. */
export const SCHEMA_CODES = [
  "schema/json-syntax",
  "schema/not-object",
  "schema/unreadable",
  "schema/unknown-edition",
  "schema/missing",
  "schema/unknown-property",
  "schema/invalid-type",
  "schema/invalid-value",
  "schema/invalid-format",
  "schema/too-small",
  "schema/too-big",
  "schema/credit-code",
  "schema/count-not-integer",
  "schema/count-negative",
  "schema/count-as-string",
  "schema/amount-with-unit",
  "schema/amount-as-number",
  "schema/invalid-cell",
  "schema/unknown-cell",
] as const;

/** One locale's wording of every code `parseReport` raises; a locale is one file of this type. */
export type SchemaMessages = { readonly [C in (typeof SCHEMA_CODES)[number]]: MessageTemplate };
