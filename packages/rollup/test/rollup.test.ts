import { readdirSync, readFileSync } from "node:fs";
import {
  contentHash,
  EDITIONS,
  emptyReport,
  LOCALES,
  type SectionedReport as Report,
  readCell,
  writeCell,
} from "@zfxxgk/schema";
import { validate } from "@zfxxgk/validate";
import Big from "big.js";
import { describe, expect, it } from "vitest";
import {
  breakdownCsv,
  breakdownHtml,
  formatProvenance,
  parseExpected,
  provenanceOf,
  RollupError,
  rollup,
  rollupErrorMessages,
} from "../src/index.js";

const REGION = new URL("../../../examples/region/", import.meta.url);
const files = readdirSync(new URL("bodies/", REGION)).sort();
const bodies = (): Report[] =>
  files.map((f) => JSON.parse(readFileSync(new URL(`bodies/${f}`, REGION), "utf8")) as Report);
const clone = <T>(x: T): T => structuredClone(x);
const codes = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.map((d) => d.code);

/** A small consistent report of one body: every cell 0 but those set. */
function body(agency: string, edition: "2021" | "2019" = "2021", year = 2024): Report {
  const r = emptyReport({ agency, year, edition });
  for (const cell of EDITIONS[edition].cells)
    writeCell(r, cell, cell.kind === "amount" || cell.kind === "money" ? "0" : 0);
  return r;
}

describe("roll-up of the example region", () => {
  const reports = bodies();
  const result = rollup(reports, { agency: "青禾区人民政府", year: 2024, labels: files });
  const target = EDITIONS["2021"];

  it("equals an independent per-cell sum (the older-layout township through the crosswalk)", () => {
    expect(result.report?.meta.scope).toBe("aggregate");
    expect(result.report?.meta.constituents?.map((c) => c.name)).toEqual(
      reports.map((r) => r.meta.agency),
    );
    for (const cell of target.cells) {
      let exact = new Big(0);
      for (const r of reports) {
        const sources = r.edition === "2021" ? [cell.id] : (target.crosswalk?.cells[cell.id] ?? []);
        for (const id of sources) {
          const v = readCell(r, EDITIONS[r.edition].cellIndex.get(id) as never);
          if (typeof v === "number") exact = exact.plus(v);
          else if (typeof v === "string" && /^[0-9.]+$/.test(v)) exact = exact.plus(v);
        }
      }
      const published = readCell(result.report, cell);
      expect(new Big(String(published).replace("万元", "")).eq(exact), cell.id).toBe(true);
    }
  });

  it("keeps provenance that adds back up to every cell", () => {
    for (const s of result.sum.cells) {
      const p = provenanceOf(result, s.cell.id);
      const back = (p?.parts ?? []).reduce((a, x) => a.plus(x.value), new Big(0));
      expect(back.eq(String(s.total).replace("万元", "")), s.cell.id).toBe(true);
      expect(p?.parts.every((x) => Number(x.value) !== 0)).toBe(true);
    }
    const line = formatProvenance(provenanceOf(result, "T3.R1.NP") as never, 2);
    expect(line).toMatch(/^T3\.R1\.NP = \d+: 青禾区\S+ \d+, 青禾区\S+ \d+, …$/);
  });

  it("says what it mapped, what was blank, and that narrative is not summed", () => {
    const mapped = result.diagnostics.find((d) => d.code === "rollup/edition-mapped");
    expect(mapped?.params?.constituent).toBe("青禾区石桥镇人民政府");
    expect(mapped?.cells).toContain("T3.A.NP".replace("A", "O1"));
    const blank = result.diagnostics.find((d) => d.code === "rollup/blank");
    expect(blank?.cells).toEqual(["T2.coercion"]);
    expect(codes(result)).toContain("rollup/narrative");
    expect(result.constituents.map((c) => c.status)).toEqual([...Array(13).fill("same"), "mapped"]);
  });

  it("refuses the older edition when asked to", () => {
    const refused = rollup(reports, { agency: "区", year: 2024, editions: "refuse" });
    expect(refused.summed).toHaveLength(13);
    const d = refused.diagnostics.find((x) => x.code === "rollup/edition-refused");
    expect(d).toMatchObject({ severity: "error", expected: "2021", actual: "2019" });
  });

  it("is checked back by X-10 and R-01 of the validator", () => {
    const aggregate = clone(result.report as Report);
    expect(
      codes(validate(aggregate, { constituents: reports })).filter((c) => /X-10|R-01/.test(c)),
    ).toEqual([]);
    const t3 = aggregate.tables.T3 as Record<string, Record<string, number>>;
    t3.R1 = { ...t3.R1, NP: (t3.R1?.NP ?? 0) + 7 };
    const changed = clone(reports);
    Object.assign((changed[3] as Report).meta, { title: "修订后的报告" });
    const found = validate(aggregate, { constituents: changed }).diagnostics;
    const x10 = found.filter((d) => d.code === "X-10");
    expect(x10.map((d) => d.cells[0])).toEqual(["T3.R1.NP"]);
    expect(x10[0]).toMatchObject({ difference: 7 });
    expect(String(x10[0]?.params?.top)).toMatch(/^青禾区/);
    expect(found.find((d) => d.code === "R-01")).toMatchObject({
      params: { kind: "changed", name: reports[3]?.meta.agency },
      expected: contentHash(reports[3]),
    });
  });

  it("writes the breakdown as CSV and as escaped HTML", () => {
    const csv = breakdownCsv(result);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(reports.length + 2);
    expect(lines.at(-1)).toMatch(/^合计 total,,/);
    const evil = bodies().slice(0, 3);
    Object.assign((evil[0] as Report).meta, { agency: '<script>alert("x")</script>' });
    const html = breakdownHtml(rollup(evil, { agency: "区", year: 2024 }));
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("position:sticky");
    expect(html).toMatch(/<td class="blank"|<tfoot>/);
  });
});

describe("problems a roll-up meets, each built here", () => {
  it("missing expected bodies, by name or credit code; unexpected ones", () => {
    const a = body("区教育局");
    const expected = parseExpected(
      "区教育局\n区卫健委\n# comment\n\n区审计局\t11330199700002740R\n",
    );
    const r = rollup([a], { agency: "区", year: 2024, expected });
    const missing = r.diagnostics.filter((d) => d.code === "rollup/missing");
    expect(missing.map((d) => d.params?.name)).toEqual(["区卫健委", "区审计局"]);
    expect(missing[1]?.params?.line).toBe(5);
    const other = rollup([body("区财政局")], { agency: "区", year: 2024, expected });
    expect(codes(other)).toContain("rollup/unexpected");
  });

  it("the same file twice, and the same body twice", () => {
    const a = body("区教育局");
    const b = body("区教育局");
    Object.assign(b.tables.T3.A, { NP: 1 });
    const r = rollup([a, clone(a), b], { agency: "区", year: 2024 });
    expect(codes(r).filter((c) => c.startsWith("rollup/duplicate"))).toEqual([
      "rollup/duplicate-content",
      "rollup/duplicate-body",
    ]);
    expect(r.summed).toEqual([0]);
  });

  it("mixed years", () => {
    const r = rollup([body("区教育局"), body("区卫健委", "2021", 2023)], {
      agency: "区",
      year: 2024,
    });
    expect(r.diagnostics.find((d) => d.code === "rollup/year")).toMatchObject({
      expected: 2024,
      actual: 2023,
    });
    expect(r.summed).toEqual([0]);
  });

  it("over-counted joint documents in table 二", () => {
    const a = body("区教育局");
    const b = body("区卫健委");
    const issued = EDITIONS["2021"].cellIndex.get("T2.normativeDocs.issued") as never;
    writeCell(a, issued, 2);
    writeCell(b, issued, 1);
    const r = rollup([a, b], { agency: "区", year: 2024 });
    const joint = r.diagnostics.filter((d) => d.code === "rollup/joint-documents");
    expect(joint.map((d) => d.cells[0])).toEqual(["T2.normativeDocs.issued"]);
    expect(joint[0]).toMatchObject({ actual: 3, params: { bodies: 2 } });
  });

  it("unit problems: 元 entered in a 万元 cell, money in 元 converted, money without a unit", () => {
    const fees = ["1.20", "0.80", "2.00", "15000"].map((fee, i) => {
      const r = body(`区第${i}局`);
      r.tables.T2.fees = fee;
      return r;
    });
    const r = rollup(fees, { agency: "区", year: 2024 });
    const slip = r.diagnostics.filter((d) => d.code === "rollup/unit-slip");
    expect(slip).toHaveLength(1);
    expect(slip[0]).toMatchObject({ actual: "15000", cells: ["T2.fees"], params: { index: 3 } });
    expect((r.report as Report | undefined)?.tables.T2.fees).toBe("15004");

    const older = ["386000元", "12.5", "3.25万元"].map((amount, i) => {
      const t = body(`某镇${i}`, "2019");
      Object.assign((t.tables.T2 as Record<string, object>).procurement as object, { amount });
      return t;
    });
    const o = rollup(older, { agency: "区", year: 2024, edition: "2019" });
    expect((o.report as Report | undefined)?.tables.T2).toMatchObject({
      procurement: { amount: "54.35万元" },
    });
    expect(o.diagnostics.find((d) => d.code === "rollup/unit-converted")).toMatchObject({
      actual: "386000元",
      params: { wan: "38.6" },
    });
    expect(o.diagnostics.find((d) => d.code === "rollup/unit-missing")).toMatchObject({
      actual: "12.5",
      severity: "warning",
    });
  });

  it("blanks and marks summed as 0 but recorded; invalid constituents left out; findings carried", () => {
    const a = body("区教育局");
    const b = body("区卫健委");
    a.tables.T3.A.NP = null;
    (b.tables.T3.A as Record<string, unknown>).NP = "—";
    a.tables.T4.RV.keep = 3; // T4 总计 no longer adds up: a finding of the constituent
    const r = rollup([a, b, { edition: "2021" }], { agency: "区", year: 2024 });
    expect(r.diagnostics.find((d) => d.code === "rollup/blank")?.cells).toContain("T3.A.NP");
    expect(r.diagnostics.find((d) => d.code === "rollup/mark")?.cells).toEqual(["T3.A.NP"]);
    expect(r.diagnostics.find((d) => d.code === "rollup/invalid")?.severity).toBe("error");
    expect(codes(r)).toContain("rollup/constituent-errors");
    expect(r.constituents[0]?.validation.diagnostics.some((d) => d.code.startsWith("T4-"))).toBe(
      true,
    );
    expect(r.constituents.map((c) => c.status)).toEqual(["same", "same", "invalid"]);
  });
});

describe("exact amounts", () => {
  it("adds 3,000 amounts with 4 decimal places exactly (no float drift)", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let expected = 0n;
    const reports = Array.from({ length: 3000 }, (_, i) => {
      const r = body(`单位${i}`);
      const tenThousandths = BigInt(next() % 100_000_000);
      expected += tenThousandths;
      const whole = tenThousandths / 10000n;
      const frac = String(tenThousandths % 10000n).padStart(4, "0");
      r.tables.T2.fees = `${whole}.${frac}`;
      return r;
    });
    const r = rollup(reports, { agency: "省", year: 2024, validate: { preset: "official" } });
    const total = `${expected / 10000n}.${String(expected % 10000n).padStart(4, "0")}`;
    expect(new Big((r.report as Report | undefined)?.tables.T2.fees as string).eq(total)).toBe(
      true,
    );
  });
});

describe("expected lists", () => {
  it("reads CSV with a name column and a credit code column", () => {
    expect(
      parseExpected(
        '\uFEFFname,统一社会信用代码\n区教育局,\n"区卫健委, 本级",11330199700002740R\n',
      ),
    ).toEqual([
      { name: "区教育局", line: 2 },
      { name: "区卫健委, 本级", creditCode: "11330199700002740R", line: 3 },
    ]);
    expect(() => parseExpected("name,code\n,\n")).toThrow(/line 2/);
  });

  it("words its refusals from the locale files, in every locale, still as RangeErrors", () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(RollupError);
        expect(e).toBeInstanceOf(RangeError);
        return e as RollupError;
      }
      throw new Error("nothing thrown");
    };
    const noName = refused(() => parseExpected("name,code\n,\n"));
    expect(noName.code).toBe("rollup/expected-no-name");
    for (const l of LOCALES)
      expect(noName.messages[l]).toBe(rollupErrorMessages[l].expectedNoName({ line: 2 }));
    expect(noName.message).toBe(`${noName.messages["zh-Hans"]} / ${noName.messages.en}`);
    const noEdition = refused(() => rollup([], { agency: "某区", year: 1990 }));
    expect(noEdition.code).toBe("rollup/no-edition");
    expect(noEdition.messages["zh-Hant"]).toContain("1990 年度沒有對應的報告格式版本");
  });
});
