import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "@zfxxgk/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { zfxxgk } from "./support.js";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zfxxgk-rollup-"));
});

const BODIES = "examples/region/bodies/*.json";

describe("zfxxgk rollup", () => {
  it("writes the aggregate, the breakdown, and findings like validate", async () => {
    const out = join(tmp, "aggregate.json");
    const csv = join(tmp, "breakdown.csv");
    const run = await zfxxgk([
      "rollup",
      BODIES,
      "--agency",
      "青禾区人民政府",
      "--year",
      "2024",
      "--expected",
      "examples/region/expected.txt",
      "-o",
      out,
      "--breakdown",
      csv,
      "--format",
      "json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const findings = JSON.parse(run.stdout) as {
      files: { file: string; diagnostics: { code: string; message: string }[] }[];
    };
    expect(findings.files).toHaveLength(15);
    const own = findings.files[0]?.diagnostics ?? [];
    expect(own.find((d) => d.code === "rollup/missing")?.message).toContain("青禾区审计局");
    expect(own.map((d) => d.code)).toContain("rollup/edition-mapped");
    const aggregate = parseReport(JSON.parse(await readFile(out, "utf8")));
    expect(aggregate.report?.meta.scope).toBe("aggregate");
    expect(aggregate.report?.meta.constituents).toHaveLength(14);
    const lines = (await readFile(csv, "utf8")).trim().split("\r\n");
    expect(lines).toHaveLength(16);
  });

  it("checks a published aggregate with validate --constituents, naming the cell", async () => {
    const published = JSON.parse(await readFile("examples/region/aggregate-2024.json", "utf8"));
    const clean = await zfxxgk([
      "validate",
      "examples/region/aggregate-2024.json",
      "--constituents",
      BODIES,
      "--format",
      "json",
    ]);
    const codes = (s: string) =>
      (JSON.parse(s).files[0].diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes(clean.stdout).filter((c) => c === "X-10" || c === "R-01")).toEqual([]);
    published.tables.T4.RV.keep += 2;
    published.tables.T4.RV.tot += 2;
    const file = join(tmp, "wrong.json");
    await writeFile(file, JSON.stringify(published));
    const wrong = await zfxxgk(["validate", file, "--constituents", BODIES, "--lang", "en"]);
    expect(wrong.stdout).toMatch(/X-10 {2}\/tables\/T4\/RV\/keep/);
    expect(wrong.stdout).toMatch(/largest contributors: 青禾区/);
  });

  it("words its findings in --locale (zh-Hant, en), the old --lang en still accepted", async () => {
    const run = (...flags: string[]) =>
      zfxxgk(["rollup", BODIES, "--agency", "青禾区人民政府", "--year", "2024", ...flags]);
    const [hans, hant, en, lang, bad] = await Promise.all([
      run(),
      run("--locale", "zh-TW"),
      run("--locale", "en"),
      run("--lang", "en"),
      run("--locale", "fr"),
    ]);
    expect(hans.stdout).toContain("已按格式对应关系换算");
    expect(hant.stdout).toContain("已按格式對應關係換算");
    expect(en.stdout).toMatch(/uses the 2019 format/);
    expect(en.stdout).not.toContain("已按格式");
    expect(lang.stdout).toBe(en.stdout);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("fr");
  });

  it("refuses bad usage with exit status 2", async () => {
    const run = await zfxxgk([
      "rollup",
      BODIES,
      "--agency",
      "区",
      "--year",
      "2024",
      "--breakdown",
      "x.pdf",
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.csv 或 \.html/);
  });
});
