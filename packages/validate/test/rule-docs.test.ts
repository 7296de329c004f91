import { readdirSync, readFileSync } from "node:fs";
import { EDITIONS, type Edition, emptyReport, isEdition, writeCell } from "@zfxxgk/schema";
import { validate } from "@zfxxgk/validate";
import { describe, expect, it } from "vitest";

/**
 * The rule pages stand alone and their examples run. A page's examples are fenced blocks
 * ```` ```json rule-example ```` holding `{ edition, cells, fires }`: a report of that edition with
 * every cell 0 but the `cells` given, on which the page's rule must (`fires: true`) or must not fire.
 * Generic over editions and rules: a new edition's pages only need the same blocks.
 */
const dir = new URL("../docs/rules/", import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => ({ rule: f.slice(0, -3), text: readFileSync(new URL(f, dir), "utf8") }));

interface Example {
  readonly edition: string;
  readonly cells: Readonly<Record<string, number | string>>;
  readonly fires: boolean;
}

const examplesOf = (text: string): Example[] =>
  [...text.matchAll(/```json rule-example\n([\s\S]*?)\n```/g)].map((m) =>
    JSON.parse(m[1] as string),
  );

/** A report of the edition for its first year, every cell 0 (amounts "0"), then the example's cells. */
function reportOf({ edition, cells }: Example) {
  if (!isEdition(edition)) throw new Error(`unknown edition ${edition}`);
  const def = EDITIONS[edition as Edition];
  const report = emptyReport({
    agency: "示例局",
    year: def.years.from,
    edition: edition as Edition,
  });
  for (const cell of def.cells)
    writeCell(report, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  for (const [id, value] of Object.entries(cells)) {
    const cell = def.cellIndex.get(id);
    if (!cell) throw new Error(`edition ${edition} has no cell ${id}`);
    writeCell(report, cell, value);
  }
  return report;
}

describe("rule pages", () => {
  it("there is one per rule", () => expect(pages.length).toBeGreaterThan(30));

  it.each(pages)("$rule cites no file a package user cannot open", ({ text }) => {
    expect(text).not.toMatch(/\b(rules|format|practice)\.md\b/);
  });

  it.each(pages)("$rule names its official source document", ({ text }) => {
    // a notice (国办公开办函〔2021〕30号) or, for 2008–2018 reports, the regulation (国务院令第492号)
    expect(text).toMatch(/## Official source\n\n- .+《.+》（.+(〔\d{4}〕\d+号|令第\d+号)）/);
  });

  const identityRules = new Set(
    Object.values(EDITIONS).flatMap((e) => e.identities.map((i) => i.rule)),
  );
  it.each(pages.filter((p) => identityRules.has(p.rule)))(
    "$rule (an identity) shows it in symbols with a passing and a failing example",
    ({ text }) => {
      const examples = examplesOf(text);
      expect(examples.some((e) => e.fires)).toBe(true);
      expect(examples.some((e) => !e.fires)).toBe(true);
    },
  );

  const runs = pages.flatMap(({ rule, text }) =>
    examplesOf(text).map((example, i) => ({ name: `${rule} #${i + 1}`, rule, example })),
  );
  it.each(runs)("$name: the rule fires exactly when the page says", ({ rule, example }) => {
    const codes = validate(reportOf(example)).diagnostics.map((d) => d.code);
    if (example.fires) expect(codes).toContain(rule);
    else expect(codes).not.toContain(rule);
  });
});
