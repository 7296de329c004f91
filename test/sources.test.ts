import { readFileSync } from "node:fs";
import { parseHtml } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import type { Report } from "@zfxxgk/schema";
import { type Diagnostic, formatJson, formatText, validate, withSources } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";

const report = JSON.parse(
  readFileSync(new URL("../examples/synthetic-city-2024.json", import.meta.url), "utf8"),
) as Report & { tables: { T3: { A: { NP: number } } } };

describe("findings of a report read from a document point into the document", () => {
  // A published page with one wrong cell, read back from its tables (not from the embedded JSON).
  const wrong = structuredClone(report);
  wrong.tables.T3.A.NP += 5;
  const parsed = parseHtml(renderHtml(wrong), { embedded: false });
  if (!parsed.report) throw new Error("the page was not read");
  const findings = withSources(validate(parsed.report).diagnostics, parsed.provenance);

  it("an identity finding carries the table, row and cell each of its cells was read from", () => {
    const broken = findings.filter((d) => d.cells.includes("T3.A.NP") && d.severity === "error");
    expect(broken.length).toBeGreaterThan(0);
    for (const d of broken) {
      expect(d.sources?.length).toBe(d.cells.filter((c) => parsed.provenance[c]).length);
      const own = d.sources?.find((s) => s.cell === "T3.A.NP");
      const read = parsed.provenance["T3.A.NP"];
      expect(read?.source).toBe("html");
      expect(own?.at).toMatchObject({ source: "html" });
      const at = own?.at;
      if (at?.source === "html" && read?.source === "html") {
        expect([at.table, at.row, at.cell, at.offset]).toEqual([
          read.table,
          read.row,
          read.cell,
          read.offset,
        ]);
        // The offset is where the cell's start tag is in the page: the wrong value follows it.
        expect(renderHtml(wrong).slice(at.offset, at.offset + 200)).toContain(
          String(wrong.tables.T3.A.NP),
        );
      }
    }
  });

  it("the text and JSON output show it", () => {
    const text = formatText([{ file: "report.html", diagnostics: findings }]);
    expect(text).toMatch(/原文位置：第 2 个表格第 \d+ 行第 \d+ 格 \(T3\.A\.NP\)/);
    const en = formatText([{ file: "report.html", diagnostics: findings }], { locale: "en" });
    expect(en).toMatch(/in the document: table 2, row \d+, cell \d+ \(T3\.A\.NP\)/);
    const json = JSON.parse(formatJson([{ file: "report.html", diagnostics: findings }]));
    const named = json.files[0].diagnostics.find((d: { cells: string[] }) =>
      d.cells.includes("T3.A.NP"),
    );
    expect(named.sources.map((s: { cell: string }) => s.cell)).toContain("T3.A.NP");
  });

  it("a finding with no cell read from the document is left as it is", () => {
    const d = { code: "X-02", severity: "warning" as const, path: "/sections/other", cells: [] };
    expect(withSources([d], parsed.provenance)[0]).toBe(d);
    const text = withSources([{ ...d, cells: ["T3.R1.NP"] }], {
      "T3.R1.NP": { source: "text", line: 12, column: 5, raw: "17" },
    });
    expect((text[0] as Diagnostic | undefined)?.sources).toEqual([
      { cell: "T3.R1.NP", at: { source: "text", line: 12, column: 5 } },
    ]);
  });
});
