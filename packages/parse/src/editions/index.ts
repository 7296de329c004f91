import type { Edition } from "@zfxxgk/schema";
import type { EditionIndex } from "../grid-index.js";
import type { Line, ParseOptions, ParseOutcome } from "../types.js";
import { readOldReport } from "./2007/read.js";

/** A reader of its own, for an edition whose report is not the grid's sections and tables. */
export type EditionReader = (
  lines: readonly Line[],
  options: ParseOptions,
  context: { readonly index: EditionIndex; readonly evidence: number; readonly title?: string },
) => ParseOutcome;

/** The editions read by a reader of their own; every other edition by the grid's sections. */
const READERS: Partial<Record<Edition, EditionReader>> = {
  "2007": readOldReport,
};

export function readerOf(edition: Edition): EditionReader | undefined {
  return READERS[edition];
}
