import type { MessageTemplate } from "@zfxxgk/schema";

/** The codes reading a 2008–2018 report raises besides the parser's own. */
export const OLD_REPORT_CODES = [
  "parse/no-statistics-table",
  "parse/statistics-local-row",
  "parse/statistics-row-missing",
  "parse/statistics-value-missing",
  "parse/statistics-extra-cells",
] as const;

/** One locale's wording of those codes; a locale is one file (`zh-Hant.ts` generated from `zh-Hans.ts`). */
export type OldReportMessages = {
  readonly [C in (typeof OLD_REPORT_CODES)[number]]: MessageTemplate;
};
