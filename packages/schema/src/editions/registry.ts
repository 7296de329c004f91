import type * as z from "zod";
import { type CellDef, editionCells } from "../grid/cells.js";
import type { ClaimVocabulary } from "../grid/claim-vocabulary.js";
import { type Identity, type SumRelation, totalsOf } from "../grid/identities.js";
import type { EditionGrid, Label } from "../grid/types.js";
import { type Check, fastCheckOnFirstUse } from "../model/fast-check.js";

/**
 * How the cells of the edition before this one carry on in this one, for comparing a report with
 * last year's report in the older format. Each entry maps a cell of this edition to the cells of
 * the previous edition that add up to it; cells with no entry have no counterpart.
 */
export interface Crosswalk {
  readonly from: string;
  readonly cells: Readonly<Record<string, readonly string[]>>;
}

/** The words of an edition's narrative that the rules look for. */
export interface Vocabulary {
  /** The aspects 一、总体情况 must cover (empty where the format names none). */
  readonly overviewAspects: readonly Label[];
  /** The words that name cells, for reading the figures 一、总体情况 quotes (none where the rules read none). */
  readonly claims?: ClaimVocabulary;
}

/** What an edition is, written once in its folder. */
export interface EditionSpec<Id extends string = string> {
  readonly id: Id;
  readonly name: Label;
  /** The issuing document's number, e.g. 国办公开办函〔2021〕30号. */
  readonly source: string;
  /** The issuing document's title. */
  readonly sourceTitle: string;
  /** Report years the edition was issued for, inclusive; `to` is open while it is current. */
  readonly years: { readonly from: number; readonly to?: number };
  readonly jsonSchemaId: string;
  readonly grid: EditionGrid;
  readonly schema: z.ZodType;
  readonly identities: readonly Identity[];
  /** How each table is numbered in the report, e.g. T3 → 表三. */
  readonly tableNumbers: Readonly<Record<string, Label>>;
  readonly vocabulary: Vocabulary;
  readonly crosswalk?: Crosswalk;
  /**
   * What a blank report starts with besides its metadata and tables, for editions whose body is
   * not the sections of their grid (the 2008–2018 reports number their own: `{ body: [] }`).
   */
  readonly blank?: Readonly<Record<string, unknown>>;
  /**
   * Month-day of the next year by which departments and governments publish; by default
   * 01-31 and 03-31 (Art. 49). The 2007 regulation gave everyone 31 March (old Art. 31).
   */
  readonly publishBy?: { readonly department: string; readonly government: string };
  /**
   * Cells counted once per co-issuer of a joint document (table 二's document counts,
   * 联合发布的政府信息以各联合发布机构为统计主体): a sum over bodies over-counts them.
   */
  readonly perCoIssuer?: readonly string[];
  /** Whether the report carries the 信息处理费 of section 六 as a field (the fee regime from 2021). */
  readonly processingFee: boolean;
}

/** An edition with what follows from its spec: its cells, its totals and its compiled check. */
export interface EditionDefinition<Id extends string = string> extends EditionSpec<Id> {
  readonly cells: readonly CellDef[];
  readonly cellIndex: ReadonlyMap<string, CellDef>;
  /** The identities whose left side is one total cell (what `fillTotals` can fill). */
  readonly totals: readonly SumRelation[];
  /** The schema compiled to plain code: the fast path of `parseReport` for valid reports. */
  readonly check: Check;
}

export function defineEdition<const Id extends string>(
  spec: EditionSpec<Id>,
): EditionDefinition<Id> {
  const cells = editionCells(spec.grid);
  const cellIndex = new Map(cells.map((c) => [c.id, c]));
  for (const identity of spec.identities)
    for (const id of [...identity.left, ...identity.right])
      if (!cellIndex.has(id))
        throw new Error(`edition ${spec.id}: identity names unknown cell ${id}`);
  for (const id of spec.perCoIssuer ?? [])
    if (!cellIndex.has(id))
      throw new Error(`edition ${spec.id}: perCoIssuer names unknown cell ${id}`);
  return {
    ...spec,
    cells,
    cellIndex,
    totals: totalsOf(spec.identities),
    check: fastCheckOnFirstUse(spec.schema),
  };
}
