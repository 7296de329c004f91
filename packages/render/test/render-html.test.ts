import { RenderInputError, renderHtml } from "@zfxxgk/render";
import {
  editionCells,
  emptyReport,
  grid2021,
  type Report,
  readCell,
  sections2021,
  table3_2021,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { numbersReport, sampleReports } from "./support/reports.js";

const JSON_BLOCK = /<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/g;

function embedded(html: string): unknown[] {
  return [...html.matchAll(JSON_BLOCK)].map((m) => JSON.parse(m[2] ?? ""));
}

function dataCells(html: string) {
  return [
    ...html.matchAll(
      /<td data-cell="([^"]+)" data-kind="(count|amount)" data-state="(value|mark|blank)"(?: data-value="([^"]*)")?(?: colspan="\d+")?>([^<]*)<\/td>/g,
    ),
  ].map(([, id, kind, state, value, text]) => ({ id, kind, state, value, text }));
}

describe("renderHtml: whole document", () => {
  const html = renderHtml(numbersReport());

  it("is a whole document with lang, charset and the title", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>某市人民政府办公室2024年政府信息公开工作年度报告</title>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("prints the six official headings from the grid, in order", () => {
    const headings = [...html.matchAll(/<h2 [^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(sections2021.map((s) => s.heading["zh-Hans"]));
  });

  it("gives every data cell of the edition exactly once, with its value, mark or blank", () => {
    const report = numbersReport();
    const cells = dataCells(html);
    const defs = editionCells(grid2021);
    expect(cells.map((c) => c.id)).toEqual(defs.map((d) => d.id));
    for (const def of defs) {
      const cell = cells.find((c) => c.id === def.id);
      const value = readCell(report, def);
      expect(cell?.kind).toBe(def.kind);
      if (value === null)
        expect(cell).toMatchObject({ state: "blank", value: undefined, text: "" });
      else if (typeof value === "string" && ["—", "/", "无"].includes(value))
        expect(cell).toMatchObject({ state: "mark", value, text: value });
      else
        expect(cell).toMatchObject({ state: "value", value: String(value), text: String(value) });
    }
  });

  it("keeps the fee's decimal string exactly and counts as integers", () => {
    const cells = dataCells(html);
    expect(cells.find((c) => c.id === "T2.fees")).toMatchObject({ value: "0.020", text: "0.020" });
    expect(cells.find((c) => c.id === "T3.R1.NP")).toMatchObject({
      text: expect.stringMatching(/^\d+$/),
    });
  });

  it("embeds the report as JSON that reads back equal", () => {
    for (const { name, report } of sampleReports()) {
      const blocks = embedded(renderHtml(report));
      expect(blocks, name).toEqual([report]);
      expect(embedded(renderHtml(report, { fragment: true, locale: "zh-Hant" })), name).toEqual([
        report,
      ]);
    }
  });

  it("is byte-identical for the same input and options, whatever rendered in between", () => {
    for (const { name, report } of sampleReports()) {
      for (const options of [{}, { fragment: true }, { locale: "zh-Hant" as const }]) {
        const first = renderHtml(structuredClone(report), options);
        renderHtml(numbersReport(), { locale: "zh-Hant", partials: { header: "<p>x</p>" } });
        expect(renderHtml(structuredClone(report), options), name).toBe(first);
      }
    }
  });

  it("draws spans exactly as tableLayout derives them (table 三 head)", () => {
    expect(html).toContain(
      `<td class="zfxxgk-corner" rowspan="3" colspan="3">${table3_2021.corner["zh-Hans"]}</td>`,
    );
    expect(html).toContain('<th scope="rowgroup" rowspan="22">三、本年度办理结果</th>');
  });
});

describe("renderHtml: fragment", () => {
  const html = renderHtml(numbersReport(), { fragment: true });

  it("is one div with its lang, scoped styles and no document elements", () => {
    expect(html.startsWith('<div class="zfxxgk-report" data-edition="2021" lang="zh-CN">')).toBe(
      true,
    );
    expect(html.trimEnd().endsWith("</div>")).toBe(true);
    expect(html).not.toMatch(/<(html|head|body|title|meta)[\s>]/);
    expect(html).toContain("<style>");
    expect(html).not.toContain("@page");
  });

  it("can leave the styles to the host page", () => {
    expect(renderHtml(numbersReport(), { fragment: true, styles: false })).not.toContain("<style>");
  });

  it("prefixes every id so two reports fit on one page", () => {
    const other = renderHtml(numbersReport(), { fragment: true, idPrefix: "r2" });
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(other).every((id) => id?.startsWith("r2-"))).toBe(true);
    expect(ids(other).filter((id) => ids(html).includes(id))).toEqual([]);
    expect(other).toContain('aria-labelledby="r2-applications"');
  });
});

describe("renderHtml: traditional Chinese", () => {
  const report = numbersReport();
  const html = renderHtml(report, { locale: "zh-Hant" });

  it("takes labels from the grid's zh-Hant names and sets lang", () => {
    expect(html).toContain('<html lang="zh-TW">');
    for (const s of sections2021) expect(html).toContain(`>${s.heading["zh-Hant"]}</h2>`);
    expect(html).toContain(`>${table3_2021.corner["zh-Hant"]}</td>`);
    expect(html).not.toContain(table3_2021.corner["zh-Hans"]);
  });

  it("converts narrative and meta with OpenCC (cn → tw)", () => {
    expect(html).toContain("<title>某市人民政府辦公室2024年政府信息公開工作年度報告</title>");
    expect(html).toContain("本機關圍繞重點領域發佈信息，回應關切。");
    expect(html).toContain("聯繫電話");
  });

  it("keeps the embedded JSON in the original script", () => {
    expect(embedded(html)).toEqual([report]);
  });
});

describe("renderHtml: vendor partials", () => {
  it("replaces the header and footer partials without touching the tables", () => {
    const html = renderHtml(numbersReport(), {
      partials: {
        header: '<header class="vendor">{{title}} — 门户</header>',
        footer: "<footer>{{agency}}</footer>",
      },
    });
    expect(html).toContain(
      '<header class="vendor">某市人民政府办公室2024年政府信息公开工作年度报告 — 门户</header>',
    );
    expect(html).toContain("<footer>某市人民政府办公室</footer>");
    expect(html).not.toContain('class="zfxxgk-title"');
    expect(dataCells(html)).toHaveLength(editionCells(grid2021).length);
  });

  it("escapes data inside a vendor partial too", () => {
    const report = numbersReport();
    report.meta.agency = "<b>x</b>";
    const html = renderHtml(report, { fragment: true, partials: { footer: "<p>{{agency}}</p>" } });
    expect(html).toContain("<p>&lt;b&gt;x&lt;/b&gt;</p>");
  });

  it("rejects a partial that is not source text", () => {
    expect(() =>
      renderHtml(numbersReport(), { partials: { header: 1 as unknown as string } }),
    ).toThrow(/options\.partials\.header/);
  });
});

describe("renderHtml: bad input gives a located error", () => {
  const REMOVE = Symbol("remove");
  /** The numbers report with the value at `pointer` replaced (or removed). */
  const withValue = (pointer: string, value: unknown) => {
    const report = structuredClone(numbersReport()) as unknown as Record<string, unknown>;
    const keys = pointer.split("/").slice(1);
    const last = keys.pop() as string;
    let node = report;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === REMOVE) delete node[last];
    else node[last] = value;
    return report as unknown as Report;
  };

  it.each([
    ["/tables/T3/R1/NP", 1.5, "/tables/T3/R1/NP"],
    ["/tables/T3/R1/NP", "12", "/tables/T3/R1/NP"],
    ["/tables/T2/fees", 0.02, "/tables/T2/fees"],
    ["/tables/T4/RV/keep", -1, "/tables/T4/RV/keep"],
    ["/sections/problems/0/text", 3, "/sections/problems/0/text"],
    ["/sections/other", REMOVE, "/sections/other"],
    ["/meta/agency", REMOVE, "/meta/agency"],
    ["/meta/publishedOn", "<b>", "/meta/publishedOn"],
    ["/meta/contact/phone", 110, "/meta/contact/phone"],
    ["/edition", "1999", "/edition"],
  ])("%s = %s", (pointer, value, located) => {
    const run = () => renderHtml(withValue(pointer, value));
    expect(run).toThrow(RenderInputError);
    try {
      run();
    } catch (error) {
      expect((error as RenderInputError).path).toBe(located);
      expect((error as Error).message).toMatch(/^无法渲染：.*cannot render/);
    }
  });

  it("renders a missing table cell as blank, as readCell sees it", () => {
    const report = emptyReport({ agency: "某县", year: 2023 });
    delete (report.tables.T4.RV as Record<string, unknown>).keep;
    expect(renderHtml(report)).toContain(
      'data-cell="T4.RV.keep" data-kind="count" data-state="blank"',
    );
  });
});
