import { EDITIONS, type Report } from "@zfxxgk/schema";
import {
  CLAIM_CODES,
  type Diagnostic,
  findingJsonSchema,
  IDENTITY_CODES,
  isFinding,
  rules,
  TYPED_CODES,
  validate,
} from "@zfxxgk/validate";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { bump, set } from "./support/cells.js";
import { goodReport } from "./support/reports.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(findingJsonSchema);

/** One report that raises every typed code the validator raises (schema/too-small is the model's). */
function broken(): Report {
  const r = goodReport(2024);
  bump(r, "T3.R1.NP", 5); // T3-01, T3-02 … and a culprit
  bump(r, "T4.RV.keep", 2); // T4-01
  set(r, "T3.R4.CE", null); // a blank: the identities are not fully assessable
  r.sections.overview = [
    { type: "paragraph", text: "本年度共收到政府信息公开申请9999件，其中予以公开占100%。" },
  ];
  r.sections.problems = [];
  r.meta.publishedOn = "2025-05-10";
  return r;
}

const findings = () => validate(broken()).diagnostics;

describe("typed findings", () => {
  it("the families name every rule that raises them: identities from the editions' data, claims from the narrative reader", () => {
    const identityRules = new Set(
      Object.values(EDITIONS).flatMap((e) => e.identities.map((i) => i.rule)),
    );
    expect([...IDENTITY_CODES].sort()).toEqual([...identityRules].sort());
    const ids = new Set(rules.map((r) => r.id));
    for (const code of [...IDENTITY_CODES, ...CLAIM_CODES]) expect(ids).toContain(code);
  });

  it("an identity names the cells of each side with their values, the sums and the difference", () => {
    const identities = findings().filter((d) =>
      (IDENTITY_CODES as readonly string[]).includes(d.code),
    );
    expect(identities.length).toBeGreaterThan(2);
    for (const d of identities) {
      if (!isFinding(d, "T3-01") && !isFinding(d, "T3-02") && !isFinding(d, "T4-01")) continue;
      const sum = (side: readonly { value: number | string | null }[]) =>
        side.reduce((s, t) => s + (typeof t.value === "number" ? t.value : 0), 0);
      expect(sum(d.params.left), d.code).toBe(d.actual);
      expect(sum(d.params.right), d.code).toBe(d.expected);
      expect(d.difference).toBe(d.actual - d.expected);
      expect([...d.params.left, ...d.params.right].map((t) => t.cell)).toEqual(d.cells);
    }
    const withBlank = identities.find((d) => JSON.stringify(d.params).includes('"T3.R4.CE"'));
    expect(withBlank?.params?.blanks).toContain("T3.R4.CE");
  });

  it("a narrative claim carries the quote and where it is in the paragraph", () => {
    const r = broken();
    const claim = validate(r).diagnostics.find((d) => d.code === "T3-10");
    expect(claim).toBeDefined();
    const d = claim as Diagnostic;
    if (!isFinding(d, "T3-10")) throw new Error("not narrowed");
    if (!("sections" in r)) throw new Error("expected a report with sections");
    const text = (r.sections.overview[0] as { text: string }).text;
    expect(text.slice(d.params.start, d.params.end).endsWith(d.params.quote)).toBe(true);
    expect(d.params.quote).toContain("9999件");
    expect(d.actual).toBe(9999);
  });

  it("X-05 gives the reason as a code and the deadline, no words", () => {
    const d = findings().find((x) => x.code === "X-05") as Diagnostic;
    expect(d.params).toEqual({ reason: "after-government-deadline" });
    expect(d.expected).toBe("2025-03-31");
  });

  it("every finding of the validator and of the model conforms to the JSON Schema of findings", () => {
    const all = [
      ...findings(),
      ...validate({ meta: { agency: "", year: 2024 } }).diagnostics,
      ...validate({ ...goodReport(2024), meta: { ...goodReport(2024).meta, year: 2019 } })
        .diagnostics,
    ];
    const codes = new Set(all.map((d) => d.code));
    for (const code of ["T3-01", "T4-01", "T3-10", "cell/culprit", "X-01", "X-02", "X-05"])
      expect(codes).toContain(code);
    for (const d of all) expect(check(d) ? [] : check.errors, d.code).toEqual([]);
    expect(TYPED_CODES.length).toBeGreaterThan(10);
  });

  it("the schema refuses an identity without its sides, and a claim without its offsets", () => {
    const identity = findings().find((d) => d.code === "T3-01") as Diagnostic;
    const { left: _, ...rest } = identity.params as Record<string, unknown>;
    expect(check({ ...identity, params: rest })).toBe(false);
    const claim = findings().find((d) => d.code === "T3-10") as Diagnostic;
    expect(check({ ...claim, params: { quote: "x" } })).toBe(false);
  });
});
