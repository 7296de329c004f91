import type { Line } from "../types.js";

const PIPE = /[|｜]/;
const STARTS_WITH_PIPE = /^[|｜]/;

/**
 * A flattened table row too long for the page, wrapped by the tool that printed or extracted it
 * (`… | 0 | 0 | 0` then `| 0 | 0 | 0 | 0 | |`): a `|` line that does not end with a `|`, followed
 * by a line that starts with one, is one row. The second line's leading empty field is the wrap,
 * not a blank cell; every field keeps its own line and column.
 */
export function joinWrappedRows(lines: Line[]): Line[] {
  if (!lines.some((l) => l.row && l.dropped === 0 && PIPE.test(l.text))) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (
      prev?.row &&
      prev.dropped === 0 &&
      PIPE.test(prev.text) &&
      !STARTS_WITH_PIPE.test(prev.text) &&
      line.row &&
      STARTS_WITH_PIPE.test(line.text) &&
      line.tokens[0]?.text === "" &&
      line.tokens.length > 1
    ) {
      const tokens = [...prev.tokens, ...line.tokens.slice(1)];
      out[out.length - 1] = {
        ...prev,
        tokens,
        text: `${prev.text} ${line.text}`,
        dropped: line.dropped ?? 0,
      };
      continue;
    }
    out.push(line);
  }
  return out;
}
