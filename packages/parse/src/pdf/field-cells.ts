import { isSpacedValues } from "../shapes/fields.js";

/** A run of text as drawn on a baseline: where it starts and how wide it is, in points. */
export interface Drawn {
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly height: number;
}

/** A cell's text and where it starts on the page. */
export interface Placed {
  readonly text: string;
  readonly x: number;
}

/** A gap between two figures wider than this share of the text size is a space. */
const FIGURE_GAP = 0.15;
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF01-\uFF60\u3000-\u303F]/u;
/** Rough advance widths: an ideograph twice a digit, a space half one. */
const advance = (c: string) => (WIDE.test(c) ? 2 : /\s/.test(c) ? 0.5 : 1);

/**
 * The cells of one field of a row rebuilt from positions (runs drawn close together). Figures of
 * neighbouring narrow columns come drawn with no more than a space between them, or even in one
 * run (`0 0 2`): they are as many cells, each placed where its first character is drawn (estimated
 * from the run's width), never one number read from their digits run together.
 */
export function fieldCells(field: readonly Drawn[]): Placed[] {
  const chars: { c: string; x: number }[] = [];
  let prev: Drawn | undefined;
  for (const run of field) {
    if (prev) {
      const gap = run.x - (prev.x + prev.width);
      const size = Math.max(prev.height, run.height);
      if (/[0-9]\s*$/.test(prev.text) && /^\s*[0-9]/.test(run.text) && gap > size * FIGURE_GAP)
        chars.push({ c: " ", x: run.x - gap });
    }
    const total = [...run.text].reduce((n, c) => n + advance(c), 0) || 1;
    let before = 0;
    for (const c of run.text) {
      chars.push({ c, x: run.x + (run.width * before) / total });
      before += advance(c);
    }
    prev = run;
  }
  const text = chars
    .map((ch) => ch.c)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  const first = field[0];
  if (!text || !first) return [];
  if (!isSpacedValues(text)) return [{ text, x: first.x }];
  const cells: Placed[] = [];
  let open: { text: string; x: number } | undefined;
  for (const ch of chars) {
    if (/\s/.test(ch.c)) {
      if (open) cells.push(open);
      open = undefined;
    } else if (open) open.text += ch.c;
    else open = { text: ch.c, x: ch.x };
  }
  if (open) cells.push(open);
  return cells;
}
