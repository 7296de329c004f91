import { parse } from "csv-parse/sync";
import { rollupError } from "./errors.js";

/** A body the roll-up should include: its name, its 统一社会信用代码, or both. */
export interface ExpectedBody {
  readonly name?: string;
  readonly creditCode?: string;
  /** Line of the list it was read from (1-based). */
  readonly line?: number;
}

const CODE_COLUMNS = ["creditCode", "credit_code", "统一社会信用代码"];

/**
 * The list of bodies a roll-up expects: plain text with one body per line (its name, optionally a
 * tab and its credit code; blank lines and lines starting with # skipped), or CSV with a `name`
 * column (and optionally `creditCode` / `统一社会信用代码`). Throws a RollupError (a RangeError) naming the line
 * when a CSV row has no name.
 */
export function parseExpected(text: string): ExpectedBody[] {
  const body = text.replace(/^\uFEFF/, "");
  const first = body.split(/\r?\n/, 1)[0] ?? "";
  if (/(^|,)\s*"?name"?\s*(,|$)/.test(first)) return fromCsv(body);
  return body.split(/\r?\n/).flatMap((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return [];
    const [name = "", code = ""] = raw.split("\t").map((s) => s.trim());
    return [{ ...(name ? { name } : {}), ...(code ? { creditCode: code } : {}), line: i + 1 }];
  });
}

function fromCsv(text: string): ExpectedBody[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  return rows.map((row, i) => {
    const name = row.name ?? "";
    const code = CODE_COLUMNS.map((c) => row[c]).find(Boolean) ?? "";
    if (!name && !code)
      throw rollupError("rollup/expected-no-name", "expectedNoName", { line: i + 2 });
    return { ...(name ? { name } : {}), ...(code ? { creditCode: code } : {}), line: i + 2 };
  });
}
