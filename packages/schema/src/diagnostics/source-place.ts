/**
 * Where a cell's value was read in a published document (the parser's provenance without the text
 * read): for a finding about a report that was read from text, HTML, Word or PDF.
 * Indices of tables, rows and cells count from 0 as the parser gives them; lines, columns and pages from 1.
 */
export type SourcePlace =
  | { readonly source: "text"; readonly line: number; readonly column: number }
  | {
      readonly source: "html";
      /** Index of the table among the page's tables, of the row within it and the cell within it. */
      readonly table: number;
      readonly row: number;
      readonly cell: number;
      /** Offset of the cell's start tag in the HTML source. */
      readonly offset: number;
    }
  | {
      /** A PDF's text layer: page from 1, position in PDF points from the page's bottom left. */
      readonly source: "pdf";
      readonly page: number;
      readonly x: number;
      readonly y: number;
    }
  | {
      readonly source: "docx";
      /** Index of the table among the Word document's tables, of the row, and its grid column. */
      readonly table: number;
      readonly row: number;
      readonly column: number;
    }
  /** Read from the JSON block embedded in the page by @zfxxgk/render. */
  | { readonly source: "json"; readonly offset: number };

/** A cell a finding names and where it was read in the source document. */
export interface CellSource {
  readonly cell: string;
  readonly at: SourcePlace;
}
