import type { Diagnostic } from "@zfxxgk/schema";
import type { TableIndex } from "./grid-index.js";
import { at, diagnostic } from "./located.js";
import { labelKey } from "./normalise.js";
import type { Line, Where } from "./types.js";

/** Longer pieces of text are narrative paragraphs, never a note or a cell holding one. */
const MAX_PIECE = 200;

/**
 * the notes the format prints in a table must be published with it, word for word. The
 * lines of the table and its section are compared as labels are (`labelKey`), joined, so a note
 * broken over several cells or lines is still found; one warning per note that is not there.
 */
export function missingNotes(
  lines: readonly Line[],
  index: TableIndex,
  where: Where | undefined,
): Diagnostic[] {
  if (index.notes.length === 0) return [];
  let text = "";
  for (const line of lines) {
    for (const token of line.tokens) {
      if (token.text.length <= MAX_PIECE) text += labelKey(token.text);
    }
  }
  return index.notes
    .filter((note) => !note.keys.some((key) => text.includes(key)))
    .map((note) =>
      diagnostic("parse/missing-note", "warning", {
        path: `/tables/${index.table.id}`,
        params: {
          ...(where ? at(where) : {}),
          note: note.text["zh-Hans"],
          noteEn: note.text.en,
        },
      }),
    );
}
