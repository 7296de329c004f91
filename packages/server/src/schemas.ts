/**
 * JSON Schemas of what the service answers that no package ships as a schema. The report itself is never
 * described here: routes name it by {@link REPORT}, which the OpenAPI document resolves to the JSON Schemas
 * of `@zfxxgk/schema` and the request validation reads as "a JSON object" (the model check that follows gives
 * located findings instead of a schema library's).
 */

/** Reference to the report of any edition (`components/schemas/Report`). */
export const REPORT = { $ref: "#/components/schemas/Report" } as const;

const scalar = { type: ["string", "number", "boolean", "null"] } as const;

export const diagnosticSchema = {
  type: "object",
  description:
    "One finding, as `zfxxgk validate --format json` writes it (`toJsonOutput` of @zfxxgk/validate).",
  required: ["code", "severity", "path", "cells", "labels", "message"],
  properties: {
    code: { type: "string", description: "Rule id such as `T3-01`, or `schema/…`, `parse/…`." },
    severity: { type: "string", enum: ["error", "warning", "info"] },
    path: { type: "string", description: "JSON Pointer into the report." },
    cells: { type: "array", items: { type: "string" } },
    labels: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "table", "row", "column"],
        properties: {
          id: { type: "string" },
          table: { type: "string" },
          row: { type: "string" },
          column: { type: "string" },
        },
      },
    },
    message: { type: "string" },
    expected: scalar,
    actual: scalar,
    difference: scalar,
    params: { type: "object", additionalProperties: scalar },
    sources: {
      type: "array",
      description:
        "For a report read from a document: where each cell the finding names was read (`source`: text line/column, html table/row/cell, docx table/row/column, pdf page).",
      items: {
        type: "object",
        required: ["cell", "at"],
        properties: {
          cell: { type: "string" },
          at: { type: "object", required: ["source"], additionalProperties: scalar },
        },
      },
    },
  },
  additionalProperties: true,
} as const;

export const validateOutputSchema = {
  type: "object",
  description:
    "The same JSON as `zfxxgk validate --format json`; the report is the file named `-`.",
  required: ["files"],
  properties: {
    files: {
      type: "array",
      items: {
        type: "object",
        required: ["file", "diagnostics"],
        properties: {
          file: { type: "string" },
          diagnostics: { type: "array", items: diagnosticSchema },
        },
      },
    },
  },
} as const;

const provenanceSchema = {
  type: "object",
  description:
    "Where a cell's value was read: `source` text (line, column), html (table, row, cell, offset) or json (offset), and the `raw` text.",
  required: ["source", "raw"],
  properties: {
    source: { type: "string", enum: ["text", "html", "json"] },
    raw: { type: "string" },
    line: { type: "integer" },
    column: { type: "integer" },
    table: { type: "integer" },
    row: { type: "integer" },
    cell: { type: "integer" },
    offset: { type: "integer" },
  },
} as const;

export const parseOutputSchema = {
  type: "object",
  required: ["report", "diagnostics", "provenance"],
  properties: {
    report: REPORT,
    diagnostics: { type: "array", items: diagnosticSchema },
    provenance: {
      type: "object",
      description:
        "Cell id → where its value came from; cells not found in the document have no entry.",
      additionalProperties: provenanceSchema,
    },
  },
} as const;

export const cellsSchema = {
  type: "object",
  description:
    "Cell id → value in official order; a blank cell is `null`, an amount a decimal string.",
  additionalProperties: { type: ["number", "string", "null"] },
} as const;

export const catalogSchema = {
  type: "object",
  description:
    "The rule catalog of @zfxxgk/validate (`ruleCatalog`, also shipped as catalog.json).",
  required: ["catalog", "version", "rules"],
  properties: {
    catalog: { type: "string" },
    version: { type: "string" },
    rules: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "type", "severity"],
        properties: {
          id: { type: "string" },
          type: { type: "string" },
          severity: { type: "string" },
        },
        additionalProperties: true,
      },
    },
  },
  additionalProperties: true,
} as const;

/** A published report as sent in a JSON body: its text, or its HTML page. */
export const documentSchema = {
  type: "object",
  description:
    "A published report: its text (`text`) or its web page (`html`), read by @zfxxgk/parse.",
  oneOf: [
    { required: ["text"], properties: { text: { type: "string" } }, additionalProperties: false },
    { required: ["html"], properties: { html: { type: "string" } }, additionalProperties: false },
  ],
} as const;
