import { type Diagnostic, parseReport, type Report, toCells } from "@zfxxgk/schema";
import { type DocumentBlock, documentLines } from "./document-lines.js";
import { htmlLines } from "./html-lines.js";
import { at, diagnostic } from "./located.js";
import { readLines } from "./read-lines.js";
import { withoutPageFurniture } from "./shapes/fields.js";
import { joinWrappedRows } from "./shapes/wrapped-rows.js";
import { textLines } from "./text-lines.js";
import type { ParseOptions, ParseOutcome, Provenance, Where } from "./types.js";

/** Share of control characters above which the input is taken for binary data. */
const BINARY_SHARE = 0.05;
const SAMPLE = 4096;

function binary(input: string): Diagnostic | undefined {
  const sample = input.slice(0, SAMPLE);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > BINARY_SHARE
    ? diagnostic("parse/binary-input", "error", { params: { share: bad / sample.length } })
    : undefined;
}

function guard(input: unknown): ParseOutcome | string {
  if (typeof input !== "string") {
    return {
      diagnostics: [diagnostic("parse/not-a-report", "error", { params: { empty: true } })],
      provenance: {},
    };
  }
  const bad = binary(input);
  return bad ? { diagnostics: [bad], provenance: {} } : input;
}

function safely(run: () => ParseOutcome): ParseOutcome {
  try {
    return run();
  } catch (e) {
    return {
      diagnostics: [
        diagnostic("parse/internal-error", "error", {
          params: { detail: e instanceof Error ? e.message : String(e) },
        }),
      ],
      provenance: {},
    };
  }
}

/**
 * Reads a published report from plain text: tables flattened to `a | b | c` lines, one cell per
 * line, or tab-separated (a browser's innerText); simplified or traditional characters.
 */
export function parseText(text: string, options: ParseOptions = {}): ParseOutcome {
  const input = guard(text);
  if (typeof input !== "string") return input;
  return safely(() => {
    const lines = joinWrappedRows(textLines(withoutPageFurniture(input), MAX_LINES + 1));
    if (lines.length <= MAX_LINES) return readLines(lines, options);
    lines.length = MAX_LINES;
    return tooLong(readLines(lines, options), lines.at(-1)?.where);
  });
}

/**
 * Reads a published report from an HTML page: tables with rowspan/colspan as CMSs publish them,
 * or a page made by @zfxxgk/render, read losslessly from its embedded JSON when present.
 */
export function parseHtml(html: string, options: ParseOptions = {}): ParseOutcome {
  const input = guard(html);
  if (typeof input !== "string") return input;
  return safely(() => {
    if (options.embedded !== false) {
      const quick = embeddedReport(input);
      if (quick) return quick;
    }
    const scan = htmlLines(input);
    const long = scan.lines.length > MAX_LINES;
    if (long) scan.lines.length = MAX_LINES;
    const notes: Diagnostic[] = [];
    if (options.embedded !== false) {
      for (const block of scan.json) {
        if (!/zfxxgk|report/i.test(block.id) && !block.text.includes('"edition"')) continue;
        const checked = parseReport(block.text.trim());
        if (checked.ok) return fromEmbedded(checked.report, block.offset);
        notes.push(
          diagnostic("parse/embedded-invalid", "warning", { params: { offset: block.offset } }),
          ...checked.diagnostics,
        );
      }
    }
    const read = readLines(scan.lines, options, { title: scan.title });
    const outcome = long ? tooLong(read, scan.lines.at(-1)?.where) : read;
    return { ...outcome, diagnostics: [...notes, ...outcome.diagnostics] };
  });
}

/**
 * Reads a report from a word-processor document (for example a .docx read by @zfxxgk/docx): its
 * paragraphs and table rows in reading order, matched exactly as text and HTML are. `title` is the
 * document's title property, used as HTML uses `<title>`.
 */
export function parseDocument(
  blocks: readonly DocumentBlock[],
  options: ParseOptions & { readonly title?: string } = {},
): ParseOutcome {
  return safely(() => {
    const lines = documentLines(blocks);
    const long = lines.length > MAX_LINES;
    if (long) lines.length = MAX_LINES;
    const read = readLines(lines, options, options.title ? { title: options.title } : {});
    return long ? tooLong(read, lines.at(-1)?.where) : read;
  });
}

/** Lines read at most: a report has a few hundred, a page of garbage may have millions. */
const MAX_LINES = 50_000;

function tooLong(outcome: ParseOutcome, last: Where | undefined): ParseOutcome {
  const note = diagnostic("parse/input-too-long", "warning", {
    params: { lines: MAX_LINES, ...(last ? at(last) : {}) },
  });
  return { ...outcome, diagnostics: [note, ...outcome.diagnostics] };
}

const JSON_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>/gi;

/** The report embedded by @zfxxgk/render, found without parsing the whole page. */
function embeddedReport(html: string): ParseOutcome | undefined {
  JSON_SCRIPT.lastIndex = 0;
  for (let m = JSON_SCRIPT.exec(html); m; m = JSON_SCRIPT.exec(html)) {
    const start = m.index + m[0].length;
    const end = html.indexOf("</script", start);
    if (end < 0) return undefined;
    const text = html.slice(start, end);
    if (!text.includes('"edition"')) continue;
    const checked = parseReport(text.trim());
    if (checked.ok) return fromEmbedded(checked.report, m.index);
  }
  return undefined;
}

function fromEmbedded(report: Report, offset: number): ParseOutcome {
  const provenance: Record<string, Provenance> = {};
  for (const [id, value] of Object.entries(toCells(report))) {
    provenance[id] = { source: "json", offset, raw: JSON.stringify(value) };
  }
  return { report, diagnostics: [], provenance };
}
