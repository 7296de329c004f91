import { readdirSync, readFileSync } from "node:fs";
import { EDITIONS, type Edition, parseReport } from "@zfxxgk/schema";
import {
  type Diagnostic,
  findingJsonSchema,
  messages,
  PLAIN_CODES,
  ruleSetOf,
  rules,
  TYPED_CODES,
  validate,
} from "@zfxxgk/validate";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { bump, set } from "./support/cells.js";
import { fixtures } from "./support/fixtures.js";
import { clone, goodReportOf } from "./support/reports.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(findingJsonSchema);
const root = new URL("../../../examples/", import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const inFolder = (folder: string) =>
  readdirSync(new URL(folder, root))
    .filter((f) => f.endsWith(".json"))
    .map((f) => json(`${folder}${f}`));

/** Every finding of every example, of a failing case of every rule in every edition, and of broken input. */
function allFindings(): Diagnostic[] {
  const out: Diagnostic[] = [];
  const run = (report: unknown, options = {}) => out.push(...validate(report, options).diagnostics);
  const examples = [...inFolder(""), ...inFolder("transcribed/"), ...inFolder("region/bodies/")];
  for (const r of examples) run(r);
  run(json("synthetic-city-2024.json"), { previous: json("synthetic-city-2023.json") });
  run(json("synthetic-city-2021.json"), { previous: json("synthetic-city-2020.json") });
  run(json("region/aggregate-2024.json"), { constituents: inFolder("region/bodies/") });
  for (const edition of Object.keys(EDITIONS) as Edition[]) {
    const year = EDITIONS[edition].years.to ?? 2024;
    for (const rule of ruleSetOf(edition)) {
      const fixture = fixtures[rule.id];
      if (!fixture) continue;
      const r = clone(goodReportOf(edition, year));
      fixture.fail(r as never);
      run(r, fixture.options?.(r as never) ?? {});
    }
    // Cells wrong in every way the model and the rules see: off by one, a mark, a string, a negative.
    const good = goodReportOf(edition, year);
    for (const [k, value] of [
      [0, "—"],
      [1, "5"],
      [2, -1],
      [3, 1.5],
      [4, "251000元"],
    ] as const) {
      const r = clone(good);
      const cells = [...EDITIONS[edition].cellIndex.keys()];
      const id = cells[(k * 7) % cells.length] as string;
      bump(r, cells[(k * 11) % cells.length] as string);
      set(r, id, value);
      run(r);
    }
  }
  // Input that is not a report, and companions that are not valid.
  for (const input of ["{", 42, [], { edition: "1999" }, { edition: "2021" }]) run(input);
  const good = goodReportOf("2021", 2024);
  run(good, { previous: { edition: "2021" } });
  run(good, { previous: goodReportOf("2021", 2021) });
  run(good, { previous: goodReportOf("2019", 2020) });
  return out;
}

describe("every finding's params are typed", () => {
  const findings = allFindings();

  it("each finding raised by the examples, every rule's failing case and broken input fits findings.schema.json", () => {
    expect(findings.length).toBeGreaterThan(200);
    const bad: string[] = [];
    for (const d of findings)
      if (!(check(d) as boolean))
        bad.push(`${d.code} ${JSON.stringify(d.params)} ${ajv.errorsText(check.errors)}`);
    expect(bad).toEqual([]);
    // The checks are not vacuous: most codes were raised at least once.
    const raised = new Set(findings.map((d) => d.code));
    expect(raised.size).toBeGreaterThan(60);
  });

  it("every code of the rule catalog and every code with a message has a param type (possibly none)", () => {
    const typed = new Set<string>(TYPED_CODES);
    expect(typed.size).toBe(TYPED_CODES.length);
    for (const r of rules) expect(typed, r.id).toContain(r.id);
    for (const code of Object.keys(messages["zh-Hans"] ?? {})) expect(typed, code).toContain(code);
    for (const d of findings) expect(typed, d.code).toContain(d.code);
  });

  it("a code typed without params rejects a finding that has them, and a typed one rejects a wrong field", () => {
    const plain = PLAIN_CODES[0];
    expect(check({ code: plain, severity: "error", path: "", cells: [] })).toBe(true);
    expect(check({ code: plain, severity: "error", path: "", cells: [], params: { x: 1 } })).toBe(
      false,
    );
    const base = { code: "X-02", severity: "warning", path: "/sections/other", cells: [] };
    expect(check({ ...base, params: { section: "other" } })).toBe(true);
    expect(check({ ...base, params: { section: 3 } })).toBe(false);
    expect(check({ ...base, params: { section: "other", extra: 1 } })).toBe(false);
  });

  it("a model error of the report itself is typed as well", () => {
    const parsed = parseReport("{");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) for (const d of parsed.diagnostics) expect(check(d), d.code).toBe(true);
  });
});
