import {
  type CellValue,
  type Diagnostic,
  EDITIONS,
  type Edition,
  editionForYear,
  parseReport,
  type Report,
  writeCell,
} from "@zfxxgk/schema";
import { detectEdition, MIN_AGAINST_YEAR } from "./detect-edition.js";
import { identitiesOfTable } from "./edition-sums.js";
import { readerOf } from "./editions/index.js";
import { type EditionIndex, indexOf, type SectionEntry } from "./grid-index.js";
import { diagnostic } from "./located.js";
import { type CellRead, isTableLine, matchTable } from "./match-table.js";
import { readMeta } from "./meta.js";
import { countPinyinArtefacts, labelKey, simplify, stripPinyinArtefacts } from "./normalise.js";
import { missingNotes } from "./notes.js";
import { sectionOfHeading } from "./shapes/headings.js";
import { reorderTable } from "./shapes/table-region.js";
import { settleSplits, splitRunTogether } from "./split-digits.js";
import { readTail } from "./tail.js";
import type { Line, ParseOptions, ParseOutcome, Provenance } from "./types.js";

type Block = { type: "heading" | "paragraph"; text: string };

const MAX_HEADING = 60;
const MAX_FINDINGS = 1000;
/** A table is looked for in the first lines of its section only (a real one takes a few hundred). */
const MAX_TABLE_LINES = 3000;
/** Section headings start with their numeral (一…六) or, in English, a Roman one. */
const HEADING_START = /^\s*[一二三四五六IVivＩＶ]/u;
const SUBHEADING =
  /^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.])/u;

/** A `（一）…`-style sub-heading: numbered, short, and not a sentence. */
export function isSubheading(text: string): boolean {
  return text.length <= 40 && SUBHEADING.test(text) && !/[。；;！？!?]./u.test(text);
}

interface Heading {
  readonly line: number;
  readonly section: SectionEntry;
}

function findHeadings(lines: readonly Line[], index: EditionIndex): Heading[] {
  const found: Heading[] = [];
  const taken = new Set<string>();
  lines.forEach((line, i) => {
    if (line.row || line.tokens.length !== 1 || line.text.length > MAX_HEADING) return;
    const section = HEADING_START.test(line.text)
      ? index.headings.get(labelKey(line.text))
      : sectionOfHeading(line.text, index);
    if (!section || taken.has(section.key)) return;
    taken.add(section.key);
    found.push({ line: i, section });
  });
  return found;
}

/** Reads a report from lines of text or of an HTML page, in the edition its tables are laid out in. */
export function readLines(
  lines: readonly Line[],
  options: ParseOptions,
  extra: { title?: string } = {},
): ParseOutcome {
  const detected = detectEdition(lines);
  const outcome = readAs(detected.edition, lines, options, extra, detected.evidence);
  // No label, or a single one, told the editions apart: the year decides, once it has been read.
  const year = yearRead(outcome);
  if (detected.evidence < MIN_AGAINST_YEAR && year !== undefined) {
    const byYear = detectEdition([], year);
    if (byYear.edition !== detected.edition)
      return readAs(byYear.edition, lines, options, extra, 0);
  }
  return outcome;
}

function readAs(
  edition: Edition,
  lines: readonly Line[],
  options: ParseOptions,
  extra: { title?: string },
  evidence: number,
): ParseOutcome {
  const index = indexOf(edition);
  const own = readerOf(edition);
  return own
    ? own(lines, options, { index, evidence, ...extra })
    : readInEdition(lines, options, extra, index, evidence);
}

/** The report year read, also when too little was found to call the input a report. */
function yearRead(outcome: ParseOutcome): number | undefined {
  if (outcome.report) return outcome.report.meta.year;
  const year = outcome.diagnostics.find((d) => d.code === "parse/not-a-report")?.params?.year;
  return typeof year === "number" ? year : undefined;
}

function readInEdition(
  lines: readonly Line[],
  options: ParseOptions,
  extra: { title?: string },
  index: EditionIndex,
  evidence: number,
): ParseOutcome {
  const diagnostics: Diagnostic[] = [];
  const provenance: Record<string, Provenance> = {};
  // converter artefacts are removed from the text only when the text evidently has them
  const cleanup = countArtefacts(lines) >= 2;
  const clean = (s: string) => {
    const t = cleanup ? stripPinyinArtefacts(s) : s;
    return options.simplify ? simplify(t) : t;
  };

  const headings = findHeadings(lines, index);
  const front = lines.slice(0, headings[0]?.line ?? lines.length);

  const sectionLines = new Map<string, Line[]>();
  headings.forEach((h, n) => {
    const end = headings[n + 1]?.line ?? lines.length;
    sectionLines.set(h.section.key, lines.slice(h.line + 1, end));
  });

  const cells = new Map<string, CellRead>();
  /** Ranges of `front` read as tables whose section heading is missing. */
  const consumed: [number, number][] = [];
  const rawNarrative: Record<string, Line[]> = {};
  for (const section of index.sections) {
    const own = sectionLines.get(section.key);
    if (!own) {
      diagnostics.push(
        diagnostic("parse/missing-section", headings.length ? "warning" : "error", {
          path: `/sections/${section.key}`,
          params: { section: section.label },
        }),
      );
    }
    let text = own ?? [];
    if (section.table) {
      // a table whose heading is missing is looked for before the first heading (or everywhere)
      const search = (own ?? front).slice(0, MAX_TABLE_LINES);
      const table = index.tables.get(section.table);
      if (!table) continue;
      const first = search.findIndex((l) => isTableLine(l, table));
      let last = -1;
      for (let i = search.length - 1; i >= first && first >= 0; i--) {
        if (isTableLine(search[i] as Line, table)) {
          last = i;
          break;
        }
      }
      const region = first >= 0 ? search.slice(first, last + 1) : [];
      const sums = identitiesOfTable(index.edition, table.table.id);
      const split = splitRunTogether(region, table);
      const shaped = reorderTable(split.lines, table);
      const read = matchTable(shaped.items, table);
      read.diagnostics.push(
        ...split.diagnostics,
        ...shaped.diagnostics,
        ...settleSplits(split.pending, read.cells, table, sums),
      );
      if (own || read.cells.size > 0) diagnostics.push(...read.diagnostics);
      else
        diagnostics.push(
          diagnostic("parse/missing-table", "error", {
            path: `/tables/${table.table.id}`,
            cells: table.rowList.flatMap((r) => r.cells.map((c) => c.id)),
            params: { table: table.table.id, title: table.table.title["zh-Hans"] },
          }),
        );
      if (read.cells.size > 0) {
        diagnostics.push(...missingNotes(own ? search : region, table, region[0]?.where));
      }
      for (const [id, value] of read.cells) cells.set(id, value);
      if (own && first >= 0) text = [...own.slice(0, first), ...own.slice(last + 1)];
      else if (first >= 0) consumed.push([first, last]);
    }
    rawNarrative[section.key] = text;
  }

  const inTable = (i: number) => consumed.some(([a, b]) => i >= a && i <= b);
  const frontText = consumed.length ? front.filter((_, i) => !inTable(i)) : front;
  const meta = readMeta(frontText, lines, headings[0]?.line ?? lines.length, extra.title, clean);
  diagnostics.unshift(...meta.diagnostics);

  const lastSection = headings.at(-1)?.section.key;
  const tail = lastSection
    ? readTail(rawNarrative[lastSection] ?? [], meta.meta.agency || undefined, clean, {
        fee: EDITIONS[index.edition].processingFee,
      })
    : undefined;
  if (lastSection && tail) rawNarrative[lastSection] = tail.lines;
  const metaOut = { ...meta.meta };
  if (tail?.contact && !metaOut.contact) metaOut.contact = tail.contact;
  if (tail?.publishedOn && !metaOut.publishedOn) metaOut.publishedOn = tail.publishedOn;

  if (headings.length < 3 && cells.size === 0) {
    const year = meta.year;
    return {
      diagnostics: [
        diagnostic("parse/not-a-report", "error", {
          params: {
            headings: headings.length,
            ...(year !== undefined ? { year } : {}),
            ...(lines.length === 0 ? { empty: true } : {}),
          },
        }),
      ],
      provenance,
    };
  }
  const issued = meta.year === undefined ? undefined : editionForYear(meta.year);
  if (meta.year !== undefined && issued !== index.edition) {
    diagnostics.push(
      diagnostic("parse/edition-year", "warning", {
        path: "/edition",
        actual: index.edition,
        ...(issued ? { expected: issued } : {}),
        params: { year: meta.year, evidence },
      }),
    );
  }

  const narrative: Record<string, Block[]> = {};
  for (const [key, own] of Object.entries(rawNarrative)) narrative[key] = toBlocks(own, clean);
  const report = {
    edition: index.edition,
    meta: metaOut,
    ...(meta.preamble.length ? { preamble: meta.preamble } : {}),
    sections: Object.fromEntries(index.sections.map((s) => [s.key, narrative[s.key] ?? []])),
    tables: {},
    ...(tail?.processingFee ? { processingFee: tail.processingFee } : {}),
  } as unknown as Report;
  for (const cell of index.cells) {
    const read = cells.get(cell.id);
    writeCell(report, cell, read ? read.value : (null satisfies CellValue));
    if (read) provenance[cell.id] = read.provenance;
  }
  const checked = parseReport(report);
  if (!checked.ok) diagnostics.push(...checked.diagnostics.slice(0, MAX_FINDINGS));
  if (diagnostics.length > MAX_FINDINGS) {
    const dropped = diagnostics.length - MAX_FINDINGS;
    diagnostics.length = MAX_FINDINGS;
    diagnostics.push(diagnostic("parse/too-many-findings", "warning", { params: { dropped } }));
  }
  return { report, diagnostics, provenance };
}

function countArtefacts(lines: readonly Line[]): number {
  let n = 0;
  for (const l of lines) {
    n += countPinyinArtefacts(l.text, 2);
    if (n >= 2) break;
  }
  return n;
}

function toBlocks(lines: readonly Line[], clean: (s: string) => string): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const text = clean(line.text).trim();
    if (!text) continue;
    blocks.push({
      type: line.heading === true || isSubheading(text) ? "heading" : "paragraph",
      text,
    });
  }
  return blocks;
}
