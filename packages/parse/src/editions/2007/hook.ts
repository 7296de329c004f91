import type { Line, ParseOptions, ParseOutcome } from "../../types.js";
import { looksLikeOldReport, readOldReport, titleYear } from "./read.js";

type Reader = (
  lines: readonly Line[],
  options: ParseOptions,
  extra?: { title?: string },
) => ParseOutcome;

/**
 * The one place parse.ts asks which reader a document needs: a document with the 2008–2018
 * statistics table, or a title year before 2019 and none of the later tables, is read as an old
 * report; everything else by the reader of the later formats.
 */
export function readByEdition(
  lines: readonly Line[],
  options: ParseOptions,
  otherwise: Reader,
  extra: { title?: string } = {},
): ParseOutcome {
  const year = titleYear(lines) ?? yearOf(extra.title);
  return looksLikeOldReport(lines, year)
    ? readOldReport(lines, options, extra)
    : otherwise(lines, options, extra);
}

function yearOf(title: string | undefined): number | undefined {
  const m = title && /([0-9]{4})\s*年/.exec(title);
  return m ? Number(m[1]) : undefined;
}
