import * as z from "zod";
import { edition2007 } from "./2007/edition.js";
import { type Report2007, report2007Schema } from "./2007/model.js";
import { edition2019 } from "./2019/edition.js";
import { type Report2019, report2019Schema } from "./2019/model.js";
import { edition2021 } from "./2021/edition.js";
import { type Report2021, report2021Schema } from "./2021/model.js";
import type { EditionDefinition } from "./registry.js";

/**
 * The registry: every format edition the toolkit knows. Code outside the edition folders asks it
 * for an edition's grid, schema, identities and words instead of naming one.
 */
export const EDITIONS = {
  "2021": edition2021,
  "2019": edition2019,
  "2007": edition2007,
} as const;

export type Edition = keyof typeof EDITIONS;

/** Every report, discriminated by its format edition. */
export type Report = Report2021 | Report2019 | Report2007;

export const reportSchema = z.discriminatedUnion("edition", [
  report2021Schema,
  report2019Schema,
  report2007Schema,
]);

/** A report of an edition whose body is the sections of its grid (every edition but 2008–2018's). */
export type SectionedReport = Extract<Report, { sections: unknown }>;

/** The report type of one edition. */
export type ReportOf<E extends Edition> = Extract<Report, { edition: E }>;

/** The editions whose body is the sections of their grid. */
export type SectionedEdition = SectionedReport["edition"];

export function hasSections(report: Report): report is SectionedReport {
  return "sections" in report;
}

/** Edition ids, newest first (object keys that look like numbers iterate in ascending order). */
export const editionIds = (Object.keys(EDITIONS) as Edition[]).sort(
  (a, b) => EDITIONS[b].years.from - EDITIONS[a].years.from,
);

export function isEdition(value: unknown): value is Edition {
  return typeof value === "string" && Object.hasOwn(EDITIONS, value);
}

export function editionOf(edition: Edition): EditionDefinition<Edition> {
  return EDITIONS[edition];
}

/** The edition issued for a report year; the newest for years after it, none before 2008. */
export function editionForYear(year: number): Edition | undefined {
  return editionIds.find((id) => {
    const { from, to } = EDITIONS[id].years;
    return year >= from && (to === undefined || year <= to);
  });
}

/** The edition new reports use. */
export const CURRENT_EDITION: Edition = editionIds[0] as Edition;
