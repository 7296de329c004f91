/**
 * Where a cell's value was read in a published document (the parser's provenance without the text
 * read): for a finding about a report that was read from text, HTML, Word or PDF.
 * Indices of tables, rows and cells count from 0 as the parser gives them; lines, columns and pages from 1.
 */
export type SourcePlace =
  | { readonly source: "text"; readonly line: number; readonly column: number }
  | {
      readonly source: "html";
      readonly table: number;
      readonly row: number;
      readonly cell: number;
      readonly offset: number;
    }
  | { readonly source: "pdf"; readonly page: number; readonly x: number; readonly y: number }
  | {
      readonly source: "docx";
      readonly table: number;
      readonly row: number;
      readonly column: number;
    }
  | { readonly source: "json"; readonly offset: number };

/** A cell a finding names and where it was read in the source document. */
export interface CellSource {
  readonly cell: string;
  readonly at: SourcePlace;
}
