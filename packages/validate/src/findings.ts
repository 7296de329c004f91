import type { Diagnostic } from "@zfxxgk/schema";

/**
 * Typed findings: for each code whose specifics a program may act on, the type of its `params`
 * (and of `actual` / `expected` / `difference` where they are numbers). Switch on `code` with
 * `isFinding(d, code)` and read typed fields; `findingJsonSchema` says the same for other languages.
 */

/** A cell on one side of an identity, with its value as read: a number, null when blank, or the mark written (“—”). */
export interface CellValue {
  readonly cell: string;
  readonly value: number | string | null;
}

/** Σ left = Σ right over table cells (T3-01 …): `actual` is Σ left, `expected` Σ right, `difference` their difference. */
export interface IdentityParams {
  readonly left: readonly CellValue[];
  readonly right: readonly CellValue[];
  /** The blank or marked cells read as 0, when there are any (then the identity is not fully assessable). */
  readonly blanks?: string;
  /** The column of table 三 the identity holds in, for the families that run per column. */
  readonly column?: string;
}

/** A figure quoted in 一、总体情况 compared with the cells it names: `actual` is the figure read, `expected` the cells' sum. */
export interface ClaimParams {
  /** The quoted words (their last 60 characters). */
  readonly quote: string;
  /** Where the whole quote starts and ends in the paragraph's text (UTF-16 offsets; pinyin glosses left out). */
  readonly start: number;
  readonly end: number;
}

/** A percentage quoted in 一、总体情况 (T3-11): `actual` is the share quoted, `expected` the share of the cells. */
export interface ShareParams {
  readonly quote: string;
  readonly part?: number;
  readonly whole?: number;
  /** The cell the share is taken of. */
  readonly base?: string;
  /** Shares of one paragraph that add up to more than 100 %: how many categories. */
  readonly categories?: number;
}

/** The cell likely to be wrong: `actual` its value, `expected` the value that makes its identities hold. */
export interface CulpritParams {
  readonly count: number;
  /** The codes of the findings it explains, comma-separated. */
  readonly explains: string;
}

/** The codes of each family. A rule of a new edition joins a family by adding its code here. */
export const IDENTITY_CODES = [
  "T3-01",
  "T3-02",
  "T3-03",
  "T4-01",
  "T4-02",
  "T4-03",
  "S-01",
  "S-02",
  "S-03",
  "S-04",
  "S-07",
  "S-08",
] as const;
export const CLAIM_CODES = ["T3-10", "T3-14", "T4-05", "T4-06"] as const;

type Numbers = { readonly actual: number; readonly expected: number; readonly difference: number };

/** The typed part of each code's finding. */
export type FindingShapes = {
  [C in (typeof IDENTITY_CODES)[number]]: Numbers & { params: IdentityParams };
} & {
  [C in (typeof CLAIM_CODES)[number]]: Numbers & { params: ClaimParams };
} & {
  "T3-11": Numbers & { params: ShareParams };
  "cell/culprit": Numbers & { params: CulpritParams };
  /** The report's format does not fit its year: the edition it uses (its id); `expected` the year's edition. */
  "X-01": { readonly actual: number; params: { readonly edition: string } };
  /** A section without text: its key. */
  "X-02": { params: { readonly section: string } };
  /** An aspect of 一、总体情况 not covered: its official label (zh-Hans). */
  "X-03": { params: { readonly aspect: string } };
  /** The publication date (`actual`) against a deadline (`expected`), and which. */
  "X-05": {
    readonly actual: string;
    params: {
      readonly reason:
        | "before-year-end"
        | "after-government-deadline"
        | "after-department-deadline";
    };
  };
  /** A value too small (`expected` the minimum), or empty. */
  "schema/too-small": { params: { readonly empty: boolean } };
};

export type TypedCode = keyof FindingShapes;

/** A finding of a typed code: the common fields and that code's own. */
export type FindingOf<C extends TypedCode> = Omit<Diagnostic, "code" | "params"> & {
  readonly code: C;
} & Readonly<FindingShapes[C]>;

/** Any finding of a typed code, discriminated by `code`. */
export type TypedFinding = { [C in TypedCode]: FindingOf<C> }[TypedCode];

/** Narrows a finding to its code's type: `if (isFinding(d, "T3-01")) d.params.left`. */
export function isFinding<C extends TypedCode>(
  d: Diagnostic,
  code: C,
): d is Diagnostic & FindingOf<C> {
  return d.code === code;
}

const scalar = { type: ["string", "number", "boolean", "null"] };
const cellValues = {
  type: "array",
  items: {
    type: "object",
    required: ["cell", "value"],
    properties: { cell: { type: "string" }, value: { type: ["number", "string", "null"] } },
    additionalProperties: false,
  },
};
const numbers = {
  required: ["actual", "expected", "difference"],
  properties: {
    actual: { type: "number" },
    expected: { type: "number" },
    difference: { type: "number" },
  },
};
const family = (codes: readonly string[], then: Record<string, unknown>) => ({
  if: { properties: { code: { enum: codes } }, required: ["code"] },
  then,
});
const withParams = (
  base: { required?: string[]; properties?: Record<string, unknown> },
  params: Record<string, unknown>,
) => ({
  required: [...(base.required ?? []), "params"],
  properties: { ...base.properties, params },
});
const paramsObject = (required: string[], properties: Record<string, unknown>) => ({
  type: "object",
  required,
  properties,
});

/**
 * JSON Schema (2020-12) of one finding (`Diagnostic`), with each typed code's `params`: for
 * integrators in other languages. Shipped as `@zfxxgk/validate/findings.schema.json`. Output of
 * `formatJson` adds `labels` and `message` to each finding; the schema allows other properties.
 */
export const findingJsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://unpkg.com/@zfxxgk/validate/dist/findings.schema.json",
  title: "A finding of @zfxxgk (schema, rule, parser)",
  type: "object",
  required: ["code", "severity", "path", "cells"],
  properties: {
    code: { type: "string" },
    severity: { enum: ["error", "warning", "info"] },
    path: { type: "string" },
    cells: { type: "array", items: { type: "string" } },
    expected: scalar,
    actual: scalar,
    difference: scalar,
    params: { type: "object" },
    explainedBy: { type: "string" },
    sources: {
      type: "array",
      items: {
        type: "object",
        required: ["cell", "at"],
        properties: {
          cell: { type: "string" },
          at: {
            type: "object",
            required: ["source"],
            properties: {
              source: { enum: ["text", "html", "pdf", "docx", "json"] },
              line: { type: "integer", minimum: 1 },
              column: { type: "integer", minimum: 0 },
              table: { type: "integer", minimum: 0 },
              row: { type: "integer", minimum: 0 },
              cell: { type: "integer", minimum: 0 },
              page: { type: "integer", minimum: 1 },
              offset: { type: "integer", minimum: 0 },
            },
          },
        },
      },
    },
  },
  allOf: [
    family(
      IDENTITY_CODES,
      withParams(
        numbers,
        paramsObject(["left", "right"], {
          left: cellValues,
          right: cellValues,
          blanks: { type: "string" },
          column: { type: "string" },
        }),
      ),
    ),
    family(
      CLAIM_CODES,
      withParams(
        numbers,
        paramsObject(["quote", "start", "end"], {
          quote: { type: "string" },
          start: { type: "integer", minimum: 0 },
          end: { type: "integer", minimum: 0 },
        }),
      ),
    ),
    family(
      ["T3-11"],
      withParams(
        numbers,
        paramsObject(["quote"], {
          quote: { type: "string" },
          part: { type: "number" },
          whole: { type: "number" },
          base: { type: "string" },
          categories: { type: "integer" },
        }),
      ),
    ),
    family(
      ["cell/culprit"],
      withParams(
        numbers,
        paramsObject(["count", "explains"], {
          count: { type: "integer", minimum: 1 },
          explains: { type: "string" },
        }),
      ),
    ),
    family(
      ["X-01"],
      withParams(
        { required: ["actual"], properties: { actual: { type: "integer" } } },
        paramsObject(["edition"], { edition: { type: "string" } }),
      ),
    ),
    family(["X-02"], withParams({}, paramsObject(["section"], { section: { type: "string" } }))),
    family(["X-03"], withParams({}, paramsObject(["aspect"], { aspect: { type: "string" } }))),
    family(
      ["X-05"],
      withParams(
        { required: ["actual"], properties: { actual: { type: "string" } } },
        paramsObject(["reason"], {
          reason: {
            enum: ["before-year-end", "after-government-deadline", "after-department-deadline"],
          },
        }),
      ),
    ),
    family(
      ["schema/too-small"],
      withParams({}, paramsObject(["empty"], { empty: { type: "boolean" } })),
    ),
  ],
} as const;

/** The codes `findingJsonSchema` and `FindingShapes` type. */
export const TYPED_CODES: readonly TypedCode[] = [
  ...IDENTITY_CODES,
  ...CLAIM_CODES,
  "T3-11",
  "cell/culprit",
  "X-01",
  "X-02",
  "X-03",
  "X-05",
  "schema/too-small",
];
