import { labelKey } from "@zfxxgk/parse";
import {
  type Cells,
  type CellValue,
  editionOf,
  type Report,
  tableLayout,
  toCells,
} from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";

/**
 * Layouts a tester makes from a seed report's text with ordinary tools (issue #17): the same text
 * with its table separators changed, its cells moved, its characters converted, its headings or
 * notes edited. Each layout is the text a tool would give, and the figures it still holds (a dash
 * or a blank put in a cell changes the figure there). Nothing here knows a seed's content: every
 * edit is mechanical, over the lines of any report.
 */

export interface TextLayout {
  readonly name: string;
  readonly text: string;
  /** The figures the layout holds (the example's, unless the layout changes cells). */
  readonly expected: Cells;
}

/** A line of a flattened table: a `|` in it. */
const isRow = (line: string) => /[|｜]/.test(line);
/** A row's fields, without the empty ones a flattened table pads spans with at the end. */
function fields(line: string): string[] {
  const out = line.split(/[|｜]/).map((f) => f.trim());
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out;
}
const lines = (text: string) => text.replace(/\r\n?/g, "\n").split("\n");
const mapRows = (text: string, row: (line: string) => string | string[]) =>
  lines(text)
    .flatMap((l) => (isRow(l) ? row(l) : [l]))
    .join("\n");

/** The value printed in a bare line or a field: a figure a tester may replace. */
const ZERO = /^0$/;

/** Every printed 0 replaced by `by`, in the table rows (or bare value lines) of the text. */
function replaceZeros(text: string, by: string): string {
  return lines(text)
    .map((l) => {
      if (isRow(l))
        return l
          .split(/([|｜])/)
          .map((f) => (ZERO.test(f.trim()) ? f.replace("0", by) : f))
          .join("");
      return ZERO.test(l.trim()) ? l.replace("0", by) : l;
    })
    .join("\n");
}

/** The expected figures with every 0 replaced (`by` null for a blank). */
function zerosAs(expected: Cells, by: CellValue): Cells {
  return Object.fromEntries(
    Object.entries(expected).map(([id, v]) => [id, v === 0 || v === "0" ? by : v]),
  );
}

/** Section headings of the text as the edition numbers them (`一、总体情况`), with their numeral. */
const NUMBERED = /^\s*([一二三四五六七八九十]{1,2})\s*[、.．]\s*/u;
const NUMERALS = "一二三四五六七八九十";

function headingLines(text: string, report: Report): Set<string> {
  const wanted = new Set(
    editionOf(report.edition).grid.sections.map((s) =>
      labelKey(s.heading["zh-Hans"].replace(NUMBERED, "")),
    ),
  );
  for (const part of ("body" in report ? report.body : []) as { heading: string }[])
    wanted.add(labelKey(part.heading));
  return new Set(
    lines(text).filter(
      (l) => !isRow(l) && NUMBERED.test(l) && wanted.has(labelKey(l.replace(NUMBERED, ""))),
    ),
  );
}

/** Headings renumbered by `number` (the numeral's value from 1), or left unnumbered. */
function renumber(text: string, report: Report, number: (n: number) => string): string {
  const headings = headingLines(text, report);
  return lines(text)
    .map((l) => {
      if (!headings.has(l)) return l;
      const m = NUMBERED.exec(l);
      const n = NUMERALS.indexOf(m?.[1]?.at(-1) ?? "") + 1 + (m?.[1]?.length === 2 ? 10 : 0);
      return number(n) + l.replace(NUMBERED, "");
    })
    .join("\n");
}

/** The notes the edition's tables print in brackets, as label keys. */
function noteKeys(report: Report): Set<string> {
  const keys = new Set<string>();
  for (const table of editionOf(report.edition).grid.tables) {
    const layout = tableLayout(table);
    for (const c of [...layout.head, ...layout.body].flat())
      if (c.type !== "data" && c.note)
        for (const note of Object.values(c.note)) keys.add(labelKey(note));
  }
  return keys;
}

/** The table notes (from the grid) cut out of the text, with a field or line they leave empty. */
function withoutNotes(text: string, report: Report): string {
  const notes = noteKeys(report);
  const cut = (s: string) =>
    s.replace(/[（(][^（）()]{4,}[)）]/gu, (m) => (notes.has(labelKey(m)) ? "" : m));
  return lines(text)
    .flatMap((l) => {
      if (!isRow(l)) {
        const t = cut(l);
        return t.trim() === "" && l.trim() !== "" ? [] : [t];
      }
      const kept = l.split(/[|｜]/).map(cut);
      const dropped = kept.filter(
        (f, i) => !(f.trim() === "" && (l.split(/[|｜]/)[i] ?? "").trim() !== ""),
      );
      return [dropped.join("|")];
    })
    .join("\n");
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/**
 * The text layouts of one seed: its text and the report transcribed from it. Layouts that leave the
 * text as it was (a text without `|` has none to remove) are left out.
 */
export function textLayouts(seed: string, report: Report): TextLayout[] {
  const expected = toCells(report);
  const same = (name: string, text: string): TextLayout => ({ name, text, expected });
  const out: TextLayout[] = [
    same("as published", seed),
    same("pipes removed", seed.replace(/[|｜]/g, "")),
    same(
      "pipes as single spaces",
      mapRows(seed, (l) => fields(l).join(" ")),
    ),
    same(
      "tab-separated",
      mapRows(seed, (l) => fields(l).join("\t")),
    ),
    same("one cell per line", mapRows(seed, fields)),
    same(
      "Markdown rows without a rule",
      mapRows(seed, (l) => `| ${fields(l).join(" | ")} |`),
    ),
    same(
      "Markdown tables",
      mapRows(seed, (l) => `| ${fields(l).join(" | ")} |`).replace(
        /^(?<!\|.*\n)(\|.*)$/gm,
        (row) =>
          `${row}\n|${row
            .slice(1, -1)
            .split("|")
            .map(() => " --- ")
            .join("|")}|`,
      ),
    ),
    same(
      "rows run together",
      mapRows(seed, (l) => fields(l).join("")),
    ),
    same("CRLF line ends", seed.replace(/\r?\n/g, "\r\n")),
    same("traditional characters (OpenCC)", toTraditional(seed)),
    same("simplified characters (OpenCC)", toSimplified(seed)),
    same(
      "headings without numbering",
      renumber(seed, report, () => ""),
    ),
    same(
      "headings numbered 1. 2. 3.",
      renumber(seed, report, (n) => `${n}.`),
    ),
    same(
      "headings numbered 第一部分",
      renumber(seed, report, (n) => `第${NUMERALS[n - 1] ?? n}部分 `),
    ),
    same("table notes dropped", withoutNotes(seed, report)),
    { name: "dashes for zeros", text: replaceZeros(seed, "—"), expected: zerosAs(expected, "—") },
    { name: "blanks for zeros", text: replaceZeros(seed, ""), expected: zerosAs(expected, null) },
  ];
  const seen = new Set<string>();
  return out.filter((l) => {
    if (l.name !== "as published" && l.text === seed) return false;
    if (seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });
}

/** Bytes of a text in encodings a tester saves it in (UTF-16 with its byte order mark). */
export function encodings(text: string): [string, Uint8Array][] {
  const le = new Uint8Array(2 + text.length * 2);
  le[0] = 0xff;
  le[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    le[2 + 2 * i] = c & 0xff;
    le[3 + 2 * i] = c >> 8;
  }
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return [
    [
      "UTF-8 with a byte order mark",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    ],
    ["UTF-16LE with a byte order mark", le],
    ["UTF-16BE with a byte order mark", be],
  ];
}
