import { readFileSync } from "node:fs";
import { labelKey, type ParseOutcome, parseHtml, parseMessages, parseText } from "@zfxxgk/parse";
import { renderHtml } from "@zfxxgk/render";
import {
  type Diagnostic,
  grid2021,
  type Label,
  type SectionedReport as Report,
  renderMessage,
  table3_2021,
  tableLayout,
} from "@zfxxgk/schema";
import { describe, expect, it } from "vitest";
import { loadExamples, seedFile, seedsPresent } from "../../../test/support/examples.js";
import { bareTraditional, cellPerLine, cmsHtml, pipeText } from "./published.js";

/** The two notes of table 三 as the grid prints them: the corner, then the one after 部分公开. */
const corner = table3_2021.corner;
const separation = tableLayout(table3_2021)
  .body.flat()
  .flatMap((c) => (c.type !== "data" && c.note ? [c.note] : []))[0] as Label;
const headingOf = (table: string) =>
  grid2021.sections.find((s) => "table" in s && s.table === table)?.heading["zh-Hans"] ?? "?";
const notes = (o: ParseOutcome) => o.diagnostics.filter((d) => d.code === "parse/missing-note");

const PUNCTUATION = /[^\p{L}\p{N}]/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where a note stands in a published text, whatever its punctuation and width, in simplified or
 * traditional characters (the two are aligned character by character) with converter artefacts.
 */
function noteIn(text: string, note: Label): RegExpExecArray | null {
  const hans = [...note["zh-Hans"]];
  const hant = [...note["zh-Hant"]];
  const source = hans
    .map((c, i) =>
      PUNCTUATION.test(c)
        ? "[^\\p{L}\\p{N}]?"
        : `[${escapeRegExp(c)}${escapeRegExp(hant[i] ?? c)}](?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?`,
    )
    .join("");
  return new RegExp(source, "u").exec(text);
}

function without(text: string, ...gone: Label[]): string {
  let out = text;
  for (const note of gone) {
    const found = noteIn(out, note);
    expect(found, `${note["zh-Hans"]} is in the text`).not.toBeNull();
    if (found) out = out.slice(0, found.index) + out.slice(found.index + found[0].length);
  }
  return out;
}

/** Line of table 三's first printed line: the first one after the heading of its section. */
function tableLine(text: string): number {
  const heading = headingOf("T3");
  const lines = text.split("\n");
  const at = lines.findIndex((l) => labelKey(l) === labelKey(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.findIndex((l, i) => i > at && l.trim() !== "") + 1;
}

const seeds = ["000", "001", "002", "004"].map((id) => ({ id, file: seedFile(id) }));
const present = seedsPresent("X-09 on the published seed reports");
const seedText = (id: string) =>
  readFileSync(seeds.find((s) => s.id === id)?.file as string, "utf8");

describe.runIf(present)("X-09 on the published seed reports", () => {
  it.each(seeds.map((s) => s.id))("seed %s carries both notes", (id) => {
    const outcome = parseText(seedText(id));
    expect(outcome.report).toBeDefined();
    expect(notes(outcome)).toEqual([]);
  });

  it.each([
    ["000", corner],
    ["000", separation],
    ["001", separation],
    ["004", corner],
  ])("seed %s without one note raises that one warning, at table 三", (id, note) => {
    const text = without(seedText(id), note);
    const outcome = parseText(text);
    const found = notes(outcome);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      path: "/tables/T3",
      params: { note: note["zh-Hans"], noteEn: note.en, line: tableLine(text), column: 1 },
    });
    const zh = renderMessage(found[0] as Diagnostic, "zh-Hans", parseMessages);
    expect(zh).toContain(`表三缺少格式规定的注释「${note["zh-Hans"]}」`);
    expect(zh).toContain(`第 ${tableLine(text)} 行`);
    expect(zh).toContain("X-09");
    const en = renderMessage(found[0] as Diagnostic, "en", parseMessages);
    expect(en).toContain(note.en);
    expect(en).toContain("X-09");
    // the figures are read as before: only the note is a finding
    const before = parseText(seedText(id));
    expect(outcome.report).toEqual(before.report);
    expect(outcome.diagnostics.filter((d) => d.code !== "parse/missing-note")).toEqual(
      before.diagnostics,
    );
  });

  it("seed 000 without both notes raises two warnings, the corner note first", () => {
    const outcome = parseText(without(seedText("000"), corner, separation));
    expect(notes(outcome).map((d) => d.params?.note)).toEqual([
      corner["zh-Hans"],
      separation["zh-Hans"],
    ]);
  });

  it("the traditional seed 002 (with converter artefacts) without one note raises one", () => {
    const original = seedText("002");
    expect(original).toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u);
    for (const note of [corner, separation]) {
      const text = without(original, note);
      const found = notes(parseText(text));
      expect(found.map((d) => d.params?.note)).toEqual([note["zh-Hans"]]);
      expect(found[0]?.params?.line).toBe(tableLine(text));
    }
  });
});

const examples = loadExamples().map((e) => ({ name: e.name, report: e.json as Report }));
const withoutJson = (html: string) =>
  html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, "");

describe("X-09 on our own pages and the published shapes", () => {
  it.each(examples)("$name: rendered, then read back, raises no missing note", ({ report }) => {
    for (const locale of ["zh-Hans", "zh-Hant"] as const) {
      const html = renderHtml(report, { locale });
      const simplify = locale === "zh-Hant";
      for (const outcome of [
        parseHtml(html),
        parseHtml(html, { embedded: false, simplify }),
        parseHtml(withoutJson(html), { simplify }),
      ]) {
        expect(outcome.report, locale).toBeDefined();
        expect(notes(outcome), locale).toEqual([]);
      }
    }
    for (const outcome of [
      parseText(pipeText(report)),
      parseText(cellPerLine(report)),
      parseText(bareTraditional(report)),
      parseHtml(cmsHtml(report)),
    ]) {
      expect(notes(outcome)).toEqual([]);
    }
  });

  it("is checked when table 三 is read from the page, located at its first row", () => {
    const report = examples[0]?.report as Report;
    const html = renderHtml(report)
      .replace(`>${corner["zh-Hans"]}<`, "><")
      .replace(`<span class="zfxxgk-note">${separation["zh-Hans"]}</span>`, "");
    const bare = withoutJson(html);
    const found = notes(parseHtml(bare));
    expect(found.map((d) => d.params?.noteEn)).toEqual([corner.en, separation.en]);
    const offset = Number(found[0]?.params?.offset);
    expect(bare.lastIndexOf('data-table="T3"', offset)).toBeGreaterThan(
      bare.lastIndexOf("</table>", offset),
    );
    expect(bare.slice(offset)).toMatch(/^<td class="zfxxgk-corner"/);
    expect(found[0]?.params).toMatchObject({ row: 1, cell: 1 });
    expect(renderMessage(found[0] as Diagnostic, "zh-Hans", parseMessages)).toContain(
      "第 1 行第 1 格",
    );
    // read from the tables, not from the embedded report, the page is checked too
    expect(notes(parseHtml(html, { embedded: false }))).toHaveLength(2);
  });

  it("is not checked when table 三 was not read from the document", () => {
    const report = examples[0]?.report as Report;
    // our page read from its embedded report: the tables are not read, so neither are the notes
    const html = renderHtml(report)
      .replace(`>${corner["zh-Hans"]}<`, "><")
      .replace(`<span class="zfxxgk-note">${separation["zh-Hans"]}</span>`, "");
    const json = parseHtml(html);
    expect(json.report).toEqual(report);
    expect(json.diagnostics).toEqual([]);
    // no table 三 at all: the missing table is the finding, not its notes
    const text = pipeText(report);
    const heading = headingOf("T3");
    const next = headingOf("T4");
    const cut =
      text.slice(0, text.indexOf(heading) + heading.length) + text.slice(text.indexOf(next) - 1);
    const outcome = parseText(cut);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("parse/missing-table");
    expect(notes(outcome)).toEqual([]);
  });

  it("punctuation, width and spacing variants of a note are not a finding", () => {
    const report = examples[0]?.report as Report;
    const text = pipeText(report);
    const variant = (s: string) =>
      s
        .replaceAll("（", "(")
        .replaceAll("）", ")")
        .replaceAll("，", ", ")
        .replaceAll("：", ":")
        .replace(/^(.{4})/u, "$1 ");
    const changed = text
      .replace(corner["zh-Hans"], variant(corner["zh-Hans"]))
      .replace(separation["zh-Hans"], variant(separation["zh-Hans"]));
    expect(changed).not.toContain(corner["zh-Hans"]);
    expect(changed).not.toContain(separation["zh-Hans"]);
    expect(notes(parseText(changed))).toEqual([]);
    // a changed word is a finding
    const reworded = text.replace(
      separation["zh-Hans"],
      separation["zh-Hans"].replace("只计", "计入"),
    );
    expect(notes(parseText(reworded)).map((d) => d.params?.note)).toEqual([separation["zh-Hans"]]);
  });
});
