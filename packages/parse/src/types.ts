import type { Diagnostic, Report, SourcePlace } from "@zfxxgk/schema";

/** Where a value came from in the input (a {@link SourcePlace}) and the text read there. */
export type Provenance = SourcePlace & { readonly raw: string };

export interface ParseOutcome {
  /** Present whenever a report could be assembled, even partly (missing cells stay blank). */
  readonly report?: Report;
  readonly diagnostics: Diagnostic[];
  /** Cell id → where its value came from. Cells not found in the input have no entry. */
  readonly provenance: Record<string, Provenance>;
}

export interface ParseOptions {
  /**
   * Convert narrative text, agency and title to simplified characters. Labels are always matched
   * in simplified form; by default the text is kept as published (converter artefacts removed).
   */
  readonly simplify?: boolean;
  /** Read a page produced by @zfxxgk/render from its embedded JSON block (default true). */
  readonly embedded?: boolean;
  /**
   * PDF: read a tagged document's tables from its tags (default true); false rebuilds the rows
   * from the positions of the text, as for an untagged PDF.
   */
  readonly pdfTags?: boolean;
}

/** A piece of published text: a table cell, a `|`/tab-separated field, or a whole line. */
export interface Token {
  readonly text: string;
  /** Empty cell that a flattened table printed as padding (`| ||`); never a value. */
  readonly pad?: boolean;
  /** Cell id from a `data-cell` attribute (our own HTML). */
  readonly dataCell?: string;
  readonly where: Where;
}

export type Where =
  | { readonly source: "text"; readonly line: number; readonly column: number }
  | {
      readonly source: "html";
      readonly table: number;
      readonly row: number;
      readonly cell: number;
      readonly offset: number;
    }
  | {
      readonly source: "docx";
      /** Table, row and grid column (from 0); -1 outside a table, where `paragraph` counts instead. */
      readonly table: number;
      readonly row: number;
      readonly column: number;
      readonly paragraph: number;
    }
  | { readonly source: "pdf"; readonly page: number; readonly x: number; readonly y: number };

/** One line of the input: a text line, a block of an HTML page, or a table row. */
export interface Line {
  readonly tokens: readonly Token[];
  /** The whole line as published (for narrative). */
  readonly text: string;
  /** Whether the line is a table row (HTML `<tr>` or a `|`/tab-separated line). */
  readonly row: boolean;
  /** Trailing empty fields a flattened table row ended with (dropped as padding). */
  readonly dropped?: number;
  /** The line was a heading element (HTML `<h1>`…`<h6>`). */
  readonly heading?: boolean;
  readonly where: Where;
}

/** A table row read from its cells: the row's text is its non-empty cells joined by " | ". */
export function tableRow(tokens: readonly Token[]): Line {
  let text = "";
  for (const t of tokens) if (t.text) text += text ? ` | ${t.text}` : t.text;
  return { tokens, text, row: true, where: (tokens[0] as Token).where };
}
