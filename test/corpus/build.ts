import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SectionedReport as Report } from "@zfxxgk/schema";
import {
  bareTraditional,
  cellPerLine,
  cmsHtml,
  pipeText,
} from "../../packages/parse/test/published.js";
import { loadExamples } from "../support/examples.js";
import {
  cellPerLineWithPipeRuns,
  converterMarkdown,
  openingSentenceOnly,
  runTogether,
  separateRuns,
  signatureOnly,
  titleOf,
  withPageFurniture,
  wordHtml,
} from "./shapes.js";

/** One document of the corpus: the shape it stands for, its content, and the figures it holds. */
export interface CorpusDoc {
  readonly name: string;
  readonly shape: string;
  readonly kind: "text" | "html" | "pdf";
  readonly content: string | Uint8Array;
  /** The report whose tables the document prints; absent for a document with no tables. */
  readonly expected?: Report;
  /** Parse options the shape needs (PDF: rows from positions). */
  readonly options?: { pdfTags?: boolean };
  /**
   * A known gap of the reader for this shape: cells it may leave unread (never read wrong), at most
   * a quarter of them, printed with this reason instead of failing the test.
   */
  readonly knownGap?: string;
}

/** Blank cells leave no trace in some shapes; publishers print 0 there, so the corpus does too. */
export function withoutBlanks(report: Report): Report {
  const copy = structuredClone(report);
  const walk = (node: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(node)) {
      if (v === null) node[k] = 0;
      else if (typeof v === "object") walk(v as Record<string, unknown>);
    }
  };
  walk(copy.tables as unknown as Record<string, unknown>);
  const t2 = (copy.tables as unknown as Record<string, Record<string, unknown>>).T2;
  if (!t2) return copy;
  if (t2.fees === 0) t2.fees = "0";
  const procurement = t2.procurement as Record<string, unknown> | undefined;
  if (procurement?.amount === 0) procurement.amount = "0";
  return copy;
}

/**
 * Shapes a report without the grid's sections (its statistics table printed as `统计指标 | 单位 |
 * 统计数`) is not written in: the raw-reading-order writer keeps one label per row (the unit, for
 * that table), so the document it writes for such a report is not one a publisher prints.
 */
const NOT_FOR_STATISTICS = new Set(["raw reading order: labels in one run, values in another"]);

const TEXT_SHAPES: [string, (r: Report) => string, boolean][] = [
  ["flattened pipes (one row per line)", pipeText, false],
  ["one cell per line", cellPerLine, false],
  ["traditional characters with converter artefacts", bareTraditional, true],
  ["crawled text, cells run together", runTogether, true],
  // misaligned pipes leave a blank cell no place of its own, as run-together digits do
  ["converter markdown (rule rows, merged header rows, misaligned pipes)", converterMarkdown, true],
  ["one cell per line, lone |||| for a run of blank cells", cellPerLineWithPipeRuns, false],
  ["raw reading order: labels in one run, values in another", separateRuns, true],
  ["no title: body named in the opening sentence", openingSentenceOnly, false],
  ["no title: body named in the signature", signatureOnly, false],
  [
    "page furniture: form feeds, running headers, Page N - …, P. N, -N-",
    (r) => withPageFurniture(pipeText(r), titleOf(r)),
    false,
  ],
];

const HTML_SHAPES: [string, (r: Report) => string][] = [
  ["CMS HTML with rowspan/colspan", cmsHtml],
  ["Word-style portal HTML (mso, <o:p>, &nbsp;, <br>, layout table, split table)", wordHtml],
];

/** The text documents of the corpus: every example in every text and HTML shape. */
export function textCorpus(): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const example of loadExamples()) {
    const report = example.json as Report;
    for (const [shape, write, zeros] of TEXT_SHAPES) {
      if (!("sections" in report) && NOT_FOR_STATISTICS.has(shape)) {
        console.warn(
          `${example.name}: not written as "${shape}" (a statistics table has no such writer)`,
        );
        continue;
      }
      const expected = zeros ? withoutBlanks(report) : report;
      docs.push({
        name: `${example.name} · ${shape}`,
        shape,
        kind: "text",
        content: write(expected),
        expected,
      });
    }
    for (const [shape, write] of HTML_SHAPES) {
      docs.push({
        name: `${example.name} · ${shape}`,
        shape,
        kind: "html",
        content: write(report),
        expected: report,
      });
    }
  }
  docs.push({
    name: "prose without tables",
    shape: "a page with no report tables",
    kind: "text",
    content: "关于做好政府信息公开工作的通知\n各单位：请按要求报送材料。",
  });
  return docs;
}

/** Whether poppler's pdftotext is installed (CI installs poppler-utils). */
export function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Text a PDF-to-text tool extracts in its three modes: layout (spaces), raw order, reading order. */
export function pdftotextModes(pdf: Uint8Array): [string, string][] {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-corpus-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    return (
      [
        ["pdftotext -layout (space-aligned columns, page numbers, form feeds)", ["-layout"]],
        ["pdftotext -raw (one row per line, content-stream order)", ["-raw"]],
        ["pdftotext (reading order: labels and values in separate runs)", []],
      ] as [string, string[]][]
    ).map(([shape, args]) => {
      const out = join(dir, "out.txt");
      execFileSync("pdftotext", [...args, file, out], { stdio: "ignore" });
      return [shape, readFileSync(out, "utf8")];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
