import type { CellSource, Diagnostic, SourcePlace } from "@zfxxgk/schema";

/** The parser's provenance of a cell: a source place and the text read (`raw`), which a finding does not repeat. */
type Provenance = SourcePlace & { readonly raw?: string };

/**
 * The findings with `sources`: for each cell a finding names that was read from the document,
 * where it was read (the parser's `provenance`: cell id → place). Findings naming no cell read
 * from the document are returned as they are.
 */
export function withSources<D extends Diagnostic>(
  diagnostics: readonly D[],
  provenance: Readonly<Record<string, Provenance>>,
): D[] {
  return diagnostics.map((d) => {
    const sources: CellSource[] = [];
    for (const cell of d.cells) {
      const read = provenance[cell];
      if (!read) continue;
      const { raw: _raw, ...at } = read;
      sources.push({ cell, at });
    }
    return sources.length ? { ...d, sources } : d;
  });
}

/** A source place in words: 第 12 行第 5 列 / line 12, column 5 (tables, rows and cells counted from 1). */
export function sourcePlaceText(place: SourcePlace, locale: "zh-Hans" | "zh-Hant" | "en"): string {
  const en = locale === "en";
  switch (place.source) {
    case "text":
      return en
        ? `line ${place.line}, column ${place.column}`
        : `第 ${place.line} 行第 ${place.column} 列`;
    case "html":
      return en
        ? `table ${place.table + 1}, row ${place.row + 1}, cell ${place.cell + 1}`
        : locale === "zh-Hant"
          ? `第 ${place.table + 1} 個表格第 ${place.row + 1} 行第 ${place.cell + 1} 格`
          : `第 ${place.table + 1} 个表格第 ${place.row + 1} 行第 ${place.cell + 1} 格`;
    case "docx":
      return en
        ? `Word table ${place.table + 1}, row ${place.row + 1}, column ${place.column + 1}`
        : locale === "zh-Hant"
          ? `Word 第 ${place.table + 1} 個表格第 ${place.row + 1} 行第 ${place.column + 1} 列`
          : `Word 第 ${place.table + 1} 个表格第 ${place.row + 1} 行第 ${place.column + 1} 列`;
    case "pdf":
      return en
        ? `page ${place.page}`
        : locale === "zh-Hant"
          ? `第 ${place.page} 頁`
          : `第 ${place.page} 页`;
    case "json":
      return en
        ? `embedded data, offset ${place.offset}`
        : locale === "zh-Hant"
          ? `內嵌數據第 ${place.offset} 字符`
          : `内嵌数据第 ${place.offset} 字符`;
  }
}
