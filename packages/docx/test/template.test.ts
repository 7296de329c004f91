import { docxMessages, readDocx, renderDocxTemplate } from "@zfxxgk/docx";
import { parseText } from "@zfxxgk/parse";
import {
  editionIds,
  editionOf,
  emptyReport,
  type Report,
  renderMessage,
  toCells,
} from "@zfxxgk/schema";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { documentBlocks, headingStyles } from "../src/document-blocks.js";
import { part, withPart } from "./support.js";

const blank = emptyReport({ agency: "某市某局", year: 2025 });
const R1 = "一、本年新收政府信息公开申请数量";
const LICENSING = "行政许可";

/**
 * Types into the empty cells of the row labelled `label`, left to right, as a clerk does in Word:
 * a run with the text in the cell's paragraph.
 */
function typeIntoRow(xml: string, label: string, values: readonly string[]): string {
  const at = xml.indexOf(`>${label}<`);
  expect(at, label).toBeGreaterThan(0);
  const rowEnd = xml.indexOf("</w:tr>", at);
  let row = xml.slice(at, rowEnd);
  for (const value of values) {
    const empty = '<w:t xml:space="preserve"></w:t>';
    expect(row.includes(empty), `${label}: an empty cell for ${value}`).toBe(true);
    row = row.replace(empty, `<w:t xml:space="preserve">${value}\u0000</w:t>`);
  }
  return xml.slice(0, at) + row.replaceAll("\u0000", "") + xml.slice(rowEnd);
}

/** The same document as a text importer sees it pasted: a line per paragraph, `a | b` per table row. */
function asText(docx: Uint8Array): string {
  const parts = unzipSync(docx);
  const xml = (name: string) => strFromU8(parts[name] as Uint8Array);
  return documentBlocks(xml("word/document.xml"), {
    headingStyles: headingStyles(xml("word/styles.xml")),
  })
    .map((b) => (b.type === "paragraph" ? b.text : b.cells.map((c) => c.text).join(" | ")))
    .join("\n");
}

describe("the blank template", () => {
  it("reads back as the blank report: every cell blank, no findings", async () => {
    const docx = await renderDocxTemplate(blank);
    const outcome = readDocx(docx);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.report?.meta).toMatchObject({ agency: "某市某局", year: 2025 });
    expect(Object.values(toCells(outcome.report as Report)).every((v) => v === null)).toBe(true);
    expect(
      outcome.report && "sections" in outcome.report ? outcome.report.sections : undefined,
    ).toEqual("sections" in blank ? blank.sections : undefined);
  });

  it.each(editionIds)("of edition %s reads back blank, without an error", async (edition) => {
    const report = emptyReport({
      agency: "某市某局",
      year: editionOf(edition).years.from,
      edition,
    });
    const outcome = readDocx(await renderDocxTemplate(report));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(outcome.report?.edition).toBe(edition);
    const cells = toCells(outcome.report as Report);
    expect(Object.keys(cells).sort()).toEqual(Object.keys(toCells(report)).sort());
    expect(Object.values(cells).every((v) => v === null)).toBe(true);
  });

  it("has the fields to fill: the contact block and the date", async () => {
    const xml = part(await renderDocxTemplate(blank), "word/document.xml");
    for (const label of ["联系单位：", "联系电话：", "电子邮箱："]) expect(xml).toContain(label);
    expect(xml).toContain("年　月　日");
  });
});

describe("a template filled the way a clerk does it", () => {
  const typed = ["12件", "", "３４", "—", "5", "0", "51"];

  async function filled() {
    return withPart(await renderDocxTemplate(blank), "word/document.xml", (xml) =>
      typeIntoRow(
        typeIntoRow(
          xml
            .replace("联系电话：", "联系电话：0000-12345678")
            .replace("年　月　日", "2026年1月20日"),
          R1,
          typed,
        ),
        LICENSING,
        ["１２"],
      ),
    );
  }

  it("reads each typed value as the text importer does", async () => {
    const docx = await filled();
    const outcome = readDocx(docx);
    const cells = toCells(outcome.report as Report);
    expect(["NP", "CE", "RI", "SW", "LS", "OT", "TOT"].map((c) => cells[`T3.R1.${c}`])).toEqual([
      12,
      null,
      34,
      "—",
      5,
      0,
      51,
    ]);
    expect(cells["T2.licensing"]).toBe(12);
    expect(outcome.report?.meta.contact?.phone).toBe("0000-12345678");
    expect(outcome.report?.meta.publishedOn).toBe("2026-01-20");

    // the same cells pasted as text give the same values and the same findings about them
    const text = parseText(asText(docx));
    const ids = [...Object.keys(cells)].filter(
      (id) => id.startsWith("T3.R1.") || id === "T2.licensing",
    );
    const textCells = toCells(text.report as Report);
    expect(ids.map((id) => textCells[id])).toEqual(ids.map((id) => cells[id]));
    const about = (ds: typeof outcome.diagnostics) =>
      ds
        .filter((d) => d.cells.some((c) => ids.includes(c)))
        .map((d) => [d.code, d.cells, d.actual]);
    expect(about(outcome.diagnostics)).toEqual([["parse/value-with-unit", ["T3.R1.NP"], "12件"]]);
    expect(about(text.diagnostics)).toEqual(about(outcome.diagnostics));
  });

  it("says where the unit was typed, table, row and column of the Word table", async () => {
    const outcome = readDocx(await filled());
    const unit = outcome.diagnostics.find((d) => d.code === "parse/value-with-unit");
    expect(unit).toMatchObject({ cells: ["T3.R1.NP"], actual: "12件", expected: 12 });
    expect(unit?.params).toMatchObject({ table: 2, row: 4, column: 4, unit: "件" });
    expect(renderMessage(unit as NonNullable<typeof unit>, "zh-Hans", docxMessages)).toContain(
      "第 2 个表格第 4 行第 4 列",
    );
    expect(renderMessage(unit as NonNullable<typeof unit>, "en", docxMessages)).toContain(
      "table 2, row 4, column 4",
    );
    expect(outcome.provenance["T3.R1.NP"]).toEqual({
      source: "docx",
      table: 1,
      row: 3,
      column: 3,
      raw: "12件",
    });
  });

  it("reports text that is not a number at its cell, and leaves the cell blank", async () => {
    const docx = withPart(await renderDocxTemplate(blank), "word/document.xml", (xml) =>
      typeIntoRow(xml, R1, ["十二"]),
    );
    const outcome = readDocx(docx);
    expect(toCells(outcome.report as Report)["T3.R1.NP"]).toBeNull();
    const bad = outcome.diagnostics.find((d) => d.cells.includes("T3.R1.NP"));
    expect(bad).toMatchObject({ severity: "error", actual: "十二" });
  });
});
