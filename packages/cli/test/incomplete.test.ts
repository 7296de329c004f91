import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "@zfxxgk/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { pipeText } from "../../parse/test/published.js";
import { ROOT, zfxxgk } from "./support.js";

/**
 * A published document the parser reads without its agency or year: it is checked (the parse
 * findings say what is missing) but nothing is written out or rolled up with invented metadata.
 */

const PLACEHOLDER = /未能确定的机关|body not determined/;
const GUESSED_YEAR = new Date().getUTCFullYear() - 1;

let tmp: string;
let example: Report;
let full: string;
let noAgency: string;
let noYear: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zfxxgk-incomplete-"));
  example = JSON.parse(
    await readFile(join(ROOT, "examples", "synthetic-city-2024.json"), "utf8"),
  ) as Report;
  const [title = "", ...rest] = pipeText(example).split("\n");
  const year = String(example.meta.year);
  full = join(tmp, "full.txt");
  await writeFile(full, [title, ...rest].join("\n"));
  // no title, the body's name and the year nowhere
  noAgency = join(tmp, "no-agency.txt");
  await writeFile(
    noAgency,
    rest.join("\n").replaceAll(example.meta.agency, "本机关").replaceAll(year, "本"),
  );
  // the body named, the year nowhere
  noYear = join(tmp, "no-year.txt");
  await writeFile(noYear, [title, ...rest].join("\n").replaceAll(year, "本"));
});

const codesOf = (stdout: string, file: string) =>
  (JSON.parse(stdout) as { files: { file: string; diagnostics: { code: string }[] }[] }).files
    .find((f) => f.file === file)
    ?.diagnostics.map((d) => d.code) ?? [];

describe("a document read without its agency or year", () => {
  it("is still checked by validate, the parse findings reported", async () => {
    const run = await zfxxgk(["validate", noAgency, "--format", "json"]);
    expect(run.status).toBe(1);
    const codes = codesOf(run.stdout, noAgency);
    expect(codes).toContain("parse/missing-agency");
    expect(codes).toContain("parse/missing-year");
  });

  it.each([
    ["render", []],
    ["fill-totals", []],
    ["docx", ["-o", "out.docx"]],
  ])("is refused by %s (2), naming the file and the parse finding", async (command, extra) => {
    const run = await zfxxgk([command, noAgency, ...extra], { cwd: tmp });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stdout + run.stderr).not.toMatch(PLACEHOLDER);
    expect(run.stderr).toContain(noAgency);
    expect(run.stderr).toContain("未能确定报告机关名称（parse/missing-agency，/meta/agency）");
    expect(run.stderr).toContain(
      "The reporting body could not be determined (parse/missing-agency at /meta/agency)",
    );
    expect(existsSync(join(tmp, "out.docx"))).toBe(false);
  });

  it("has its cells listed by cells, as read (cells carry no metadata)", async () => {
    const [cut, whole] = await Promise.all([zfxxgk(["cells", noAgency]), zfxxgk(["cells", full])]);
    expect(cut.status).toBe(0);
    expect(cut.stdout).not.toMatch(PLACEHOLDER);
    expect(JSON.parse(cut.stdout)).toEqual(JSON.parse(whole.stdout));
  });

  it("is refused by render when only the year is missing, the year not guessed", async () => {
    const run = await zfxxgk(["render", noYear]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("parse/missing-year，/meta/year");
    expect(run.stderr).not.toContain("parse/missing-agency");
  });

  it("is checked but not published by publish, which says why", async () => {
    const out = join(tmp, "site");
    const run = await zfxxgk(["publish", noAgency, "-o", out, "--no-pdf"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("parse/missing-agency");
    expect(run.stdout).toMatch(/未生成|not rendered/i);
    expect(existsSync(join(out, "no-agency.html"))).toBe(false);
    expect(existsSync(join(out, "no-agency.docx"))).toBe(false);
  });

  it("is not summed into a roll-up of the year it would have been guessed as", async () => {
    const out = join(tmp, "guessed.json");
    const run = await zfxxgk([
      "rollup",
      noYear,
      "--agency",
      "示例市",
      "--year",
      String(GUESSED_YEAR),
      "-o",
      out,
      "--format",
      "json",
    ]);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(codesOf(run.stdout, out)).toContain("rollup/invalid");
    expect(codesOf(run.stdout, noYear)).toContain("parse/missing-year");
  });

  it("is left out of a roll-up as invalid, not as a report of another year", async () => {
    const out = join(tmp, "aggregate.json");
    const run = await zfxxgk([
      "rollup",
      full,
      noYear,
      "--agency",
      "示例市",
      "--year",
      String(example.meta.year),
      "-o",
      out,
      "--format",
      "json",
    ]);
    expect(run.status).toBe(1);
    const own = codesOf(run.stdout, out);
    expect(own).toContain("rollup/invalid");
    expect(own).not.toContain("rollup/year");
    expect(run.stdout).not.toContain(String(GUESSED_YEAR));
    const aggregate = JSON.parse(await readFile(out, "utf8")) as Report;
    expect(aggregate.meta.constituents).toHaveLength(1);
  });
});
