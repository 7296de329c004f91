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
  /** The group of rows of the 2007 statistics table the identity holds in (行政复议 …). */
  readonly group?: string;
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
type With<P> = { readonly params: P };
/** A code whose findings carry no `params`. */
type Plain = { readonly params?: undefined };

/** Codes whose findings carry no `params` (their specifics are `cells`, `actual`, `expected`, `path`). */
export const PLAIN_CODES = [
  "schema/unknown-edition",
  "schema/missing",
  "schema/unknown-property",
  "schema/invalid-value",
  "schema/invalid-format",
  "schema/too-big",
  "schema/credit-code",
  "schema/count-not-integer",
  "schema/count-negative",
  "schema/count-as-string",
  "schema/amount-as-number",
  "schema/unknown-cell",
  "input/previous-year",
  "input/previous-agency",
  ...["T3-04", "T3-07", "T3-09", "T3-13", "T4-04", "T4-07", "T4-08", "T4-09"],
  ...["T2-01", "T2-02", "T2-04", "T2-07", "T2-08"],
  ...["T2b-01", "T2b-02", "T2b-04", "T2b-05", "T2b-06"],
  ...["S-05", "S-06", "S-10", "S-11", "S-12", "X-04", "X-06", "X-08"],
] as const;

/** The typed part of each code's finding: every code the validator (and the model check) raises. */
export type FindingShapes = {
  [C in (typeof IDENTITY_CODES)[number]]: Numbers & With<IdentityParams>;
} & {
  [C in (typeof CLAIM_CODES)[number]]: Numbers & With<ClaimParams>;
} & {
  [C in (typeof PLAIN_CODES)[number]]: Plain;
} & {
  "T3-11": Numbers & With<ShareParams>;
  "cell/culprit": Numbers & With<CulpritParams>;
  /** Carry-over against this year's intake: the intake and the threshold share (percent). */
  "T3-08": With<{ readonly intake: number; readonly share: number }>;
  /** 上年结转 against last year's 结转下年度: the column of table 三. */
  "T3-06": Numbers & With<{ readonly column: string }>;
  /** Share of concluded reviews corrected (`actual`, percent): the counts it is taken from. */
  "T4-10": With<{ readonly concluded: number; readonly fixed: number }>;
  /** In force = last year's in force + issued − repealed: last year's figure. */
  "T2-03": Numbers & With<{ readonly before: number }>;
  /** A township-level body's count above the ceiling: the body's name. */
  "T2-05": With<{ readonly agency: string }>;
  /** A fee in 万元 that looks like 元: what it would be in 万元. */
  "T2-06": With<{ readonly asWan: string }>;
  /** This year = last year's figure + the change (2019 table 二): the figure and the change as printed (+3). */
  "T2b-03": Numbers & With<{ readonly before: number; readonly change: string }>;
  /** Table 二 read across the change of format: the pairs compared, in Chinese and English. */
  "T2b-07": With<{ readonly pairs: string; readonly pairsEn: string }>;
  /** A 2007-edition total against its channels: above their sum, or below the widest. */
  "S-09": Numbers & With<{ readonly bound: "max" | "sum" }>;
  /** A 2007-edition amount written as a mark, or printed in another unit: then the unit printed. */
  "S-13": { readonly params?: { readonly unit: string } };
  /** A figure quoted in a 2007-edition report's text: the quote. */
  "S-14": With<{ readonly quote: string }>;
  /** The report's format does not fit its year: the edition it uses (its id); `expected` the year's edition. */
  "X-01": { readonly actual: number } & With<{ readonly edition: string }>;
  /** A section without text: its key. */
  "X-02": With<{ readonly section: string }>;
  /** An aspect of 一、总体情况 not covered: its official label (zh-Hans). */
  "X-03": With<{ readonly aspect: string }>;
  /** The publication date (`actual`) against a deadline (`expected`), and which. */
  "X-05": { readonly actual: string } & With<{
    readonly reason: "before-year-end" | "after-government-deadline" | "after-department-deadline";
  }>;
  /**
   * An aggregate against its constituents: a cell with the number of reports summed, the largest
   * contributions and whether the cell counts joint documents once per co-issuer; or the
   * constituents left out (how many, in which editions).
   */
  "X-10": With<
    | { readonly count: number; readonly top: string; readonly joint?: true }
    | { readonly refused: number; readonly editions: string }
  >;
  /** The aggregate's list of constituents against the reports given: which problem, and whose report. */
  "R-01": With<{
    readonly kind: "scope" | "changed" | "not-given" | "not-listed";
    readonly name?: string;
  }>;
  /** Tables left wholly blank: their ids (comma-separated), whether all are, and how many findings were folded. */
  "input/blank-tables": With<{
    readonly tables: string;
    readonly all: boolean;
    readonly folded: number;
  }>;
  /** Last year's report or a constituent is not a valid report: whose, how many problems, the first code. */
  "input/companion-invalid": With<{
    readonly role: string;
    readonly count: number;
    readonly first: string;
  }>;
  /** A rule failed: its id ("" while parsing) and the error. */
  "input/internal": With<{ readonly rule: string; readonly detail: string }>;
  /** Cross-year rules not run across a change of format: their ids, comma-separated. */
  "input/previous-edition": With<{ readonly rules: string }>;
  /** The input is not JSON, or could not be read: the parser's words. */
  "schema/json-syntax": With<{ readonly detail: string }>;
  "schema/unreadable": With<{ readonly detail: string }>;
  /** Not an object, or a value of the wrong type: the type found. */
  "schema/not-object": With<{ readonly type: string }>;
  "schema/invalid-type": With<{ readonly type: string }>;
  /** A value too small (`expected` the minimum), or empty. */
  "schema/too-small": With<{ readonly empty: boolean }>;
  /** An amount written with its unit ("251000元"): the unit. */
  "schema/amount-with-unit": With<{ readonly unit: string }>;
  /**
   * A cell value that is none of its column's forms: what it should be (`count` a whole number ≥ 0,
   * `amount` a decimal string, `trimmed` the same decimal without the spaces, `expected` that
   * string), null or one of the `marks`.
   */
  "schema/invalid-cell": With<{
    readonly want: "count" | "amount" | "trimmed";
    readonly marks: string;
  }>;
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
const str = { type: "string" };
const int = { type: "integer" };
const num = { type: "number" };
type ParamSchema = [numbered: boolean, required: string[], properties: Record<string, unknown>];
/** The `params` of the codes not in a family, as JSON Schema: whether actual/expected/difference are numbers, required keys, properties. */
const PARAMS: Record<string, ParamSchema> = {
  "T3-06": [true, ["column"], { column: str }],
  "T3-08": [false, ["intake", "share"], { intake: num, share: num }],
  "T4-10": [false, ["concluded", "fixed"], { concluded: int, fixed: int }],
  "T2-03": [true, ["before"], { before: num }],
  "T2-05": [false, ["agency"], { agency: str }],
  "T2-06": [false, ["asWan"], { asWan: str }],
  "T2b-03": [true, ["before", "change"], { before: num, change: str }],
  "T2b-07": [false, ["pairs", "pairsEn"], { pairs: str, pairsEn: str }],
  "S-09": [true, ["bound"], { bound: { enum: ["max", "sum"] } }],
  "S-14": [false, ["quote"], { quote: str }],
  "X-02": [false, ["section"], { section: str }],
  "X-03": [false, ["aspect"], { aspect: str }],
  "X-10": [
    false,
    [],
    {
      count: { type: "integer", minimum: 1 },
      top: str,
      joint: { const: true },
      refused: { type: "integer", minimum: 1 },
      editions: str,
    },
  ],
  "R-01": [
    false,
    ["kind"],
    { kind: { enum: ["scope", "changed", "not-given", "not-listed"] }, name: str },
  ],
  "input/blank-tables": [
    false,
    ["tables", "all", "folded"],
    { tables: str, all: { type: "boolean" }, folded: { type: "integer", minimum: 0 } },
  ],
  "input/companion-invalid": [
    false,
    ["role", "count", "first"],
    { role: str, count: int, first: str },
  ],
  "input/internal": [false, ["rule", "detail"], { rule: str, detail: str }],
  "input/previous-edition": [false, ["rules"], { rules: str }],
  "schema/json-syntax": [false, ["detail"], { detail: str }],
  "schema/unreadable": [false, ["detail"], { detail: str }],
  "schema/not-object": [false, ["type"], { type: str }],
  "schema/invalid-type": [false, ["type"], { type: str }],
  "schema/too-small": [false, ["empty"], { empty: { type: "boolean" } }],
  "schema/amount-with-unit": [false, ["unit"], { unit: str }],
  "schema/invalid-cell": [
    false,
    ["want", "marks"],
    { want: { enum: ["count", "amount", "trimmed"] }, marks: str },
  ],
};
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
  additionalProperties: false,
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
          group: { type: "string" },
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
        paramsObject(["edition"], { edition: str }),
      ),
    ),
    family(
      ["X-05"],
      withParams(
        { required: ["actual"], properties: { actual: str } },
        paramsObject(["reason"], {
          reason: {
            enum: ["before-year-end", "after-government-deadline", "after-department-deadline"],
          },
        }),
      ),
    ),
    ...Object.entries(PARAMS).map(([code, [numbered, required, properties]]) =>
      family([code], withParams(numbered ? numbers : {}, paramsObject(required, properties))),
    ),
    family(["S-13"], { properties: { params: paramsObject(["unit"], { unit: str }) } }),
    family(PLAIN_CODES, { not: { required: ["params"] } }),
  ],
} as const;

/** Every code `findingJsonSchema` and `FindingShapes` type: every code the validator raises. */
export const TYPED_CODES: readonly TypedCode[] = [
  ...IDENTITY_CODES,
  ...CLAIM_CODES,
  ...PLAIN_CODES,
  "T3-11",
  "cell/culprit",
  "X-01",
  "X-05",
  "S-13",
  ...(Object.keys(PARAMS) as TypedCode[]),
];
