import { existsSync } from "node:fs";
import { chmod, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, zfxxgk } from "./support.js";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zfxxgk-commands-"));
});

const COMMANDS = [
  "validate",
  "render",
  "pdf",
  "parse",
  "cells",
  "fill-totals",
  "init",
  "schema",
  "rules",
  "publish",
];

describe("help", () => {
  it.each(["", ...COMMANDS])("zfxxgk %s --help lists the exit codes", async (command) => {
    const { status, stdout } = await zfxxgk([...(command ? [command] : []), "--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("退出状态 / Exit status:");
    expect(stdout).toMatch(/^用法 \/ Usage: zfxxgk/);
    expect(stdout).toContain("选项 / Options:");
    for (const code of ["0", "1", "2", "70"])
      expect(stdout).toMatch(new RegExp(`^ {2}${code} +\\S`, "m"));
    expect(stdout).toContain("--force");
    expect(stdout).toContain("--max-size <MB>");
  });

  it("the commands speak of language with one word, --locale", async () => {
    for (const command of [...COMMANDS, "rollup"]) {
      const { stdout } = await zfxxgk([command, "--help"]);
      expect(stdout, command).not.toContain("--lang");
    }
    expect((await zfxxgk(["rollup", "--help"])).stdout).toMatch(/--locale <locale>/);
    const pdf = (await zfxxgk(["pdf", "--help"])).stdout;
    expect(pdf).toMatch(/--timeout <seconds>/);
    expect(pdf).toMatch(/--locale <locale>/);
    const publish = (await zfxxgk(["publish", "--help"])).stdout;
    for (const option of [
      "--no-pdf",
      "--locale <locale>",
      "--previous <file>",
      "--timeout <seconds>",
    ])
      expect(publish).toContain(option);
  });

  it("--locale en gives English messages; the old --lang en still works", async () => {
    const file = join(ROOT, "examples", "seed-000-xishan-2024.json");
    const locale = await zfxxgk(["rules", "--locale", "en"]);
    const lang = await zfxxgk(["rules", "--lang", "en"]);
    expect(locale.stdout).toMatch(/^T3-01 .*[A-Za-z]{5}/m);
    expect(lang.stdout).toBe(locale.stdout);
    expect((await zfxxgk(["validate", file, "--locale", "en"])).stdout).toContain("no findings");
  });
});

describe("the argument parser's own errors are in Chinese and English", () => {
  it.each([
    [
      ["validate", "--colour", "x.json"],
      /^zfxxgk: 未知选项 --colour.* \/ unknown option '--colour'/,
    ],
    [["frobnicate"], /^zfxxgk: 未知命令 frobnicate \/ unknown command 'frobnicate'/],
    [["validate"], /^zfxxgk: 缺少必需的参数 files \/ missing required argument 'files'/],
    [["init", "--year", "2025"], /^zfxxgk: 缺少必需的选项 --agency <name> \/ required option/],
    [
      ["validate", "x.json", "--format", "xml"],
      /^zfxxgk: 选项 --format <format> 的取值 xml 无效，可选：text, json, sarif \/ option/,
    ],
    [["schema", "extra"], /^zfxxgk: schema 参数过多：应为 0 个，实为 1 个 \/ too many arguments/],
  ])("%j", async (args, message) => {
    const { status, stderr } = await zfxxgk(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("pdf and publish without a working browser", () => {
  it("a browser that exists but does not start: what failed and how to fix it (2), no stack", async () => {
    const fake = join(tmp, "broken-chrome");
    await writeFile(
      fake,
      '#!/bin/sh\necho "error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n',
    );
    await chmod(fake, 0o755);
    const { status, stderr } = await zfxxgk(
      ["pdf", "examples/seed-000-xishan-2024.json", "-o", join(tmp, "x.pdf")],
      { env: { ZFXXGK_CHROMIUM: fake } },
    );
    expect(status).toBe(2);
    expect(stderr).not.toMatch(/internal error|内部错误|\n\s+at /);
    expect(stderr).toContain(`浏览器无法启动：${fake}`);
    expect(stderr).toContain("libnss3.so");
    expect(stderr).toContain(`The browser did not start: ${fake}`);
    expect(stderr).toMatch(/apt-get install -y chromium/);
  });

  it("publish, as `npm run demo` runs it, still writes the HTML and says how to get PDFs", async () => {
    const demo = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).scripts.demo;
    const [, glob = ""] = /publish "([^"]+)"/.exec(demo) ?? [];
    expect(glob).toBe("examples/*.json");
    const out = join(tmp, "demo");
    const { status, stdout, stderr } = await zfxxgk(["publish", glob, "-o", out, "--force"], {
      env: { ZFXXGK_CHROMIUM: join(tmp, "no-such-browser") },
    });
    const examples = (await readdir(join(ROOT, "examples"))).filter((f) => f.endsWith(".json"));
    const written = (await readdir(out)).filter((f) => f.endsWith(".html")).sort();
    expect(written).toEqual(examples.map((f) => f.replace(/\.json$/, ".html")).sort());
    expect(stdout).toContain("（无 PDF / no PDF）");
    expect(stderr).toMatch(/未生成 PDF：HTML 已写出，PDF 需要浏览器/);
    expect(stderr).toMatch(/No PDF written: the HTML is, but PDFs need a browser/);
    expect(stderr).toMatch(/apt-get install -y chromium/);
    expect(stderr).toMatch(/--no-pdf/);
    // the summary from the locale files: each half names what was written in its own language
    expect(stderr).toMatch(
      /共 \d+ 份报告，错误 \d+ 处；HTML 与 Word 在 \S+\/ \/ \d+ report\(s\), \d+ error\(s\); HTML and Word in \S+\//,
    );
    expect(status).toBe(2);
  });

  it("publish --no-pdf needs no browser and exits 0; --locale zh-Hant writes traditional characters", async () => {
    const out = join(tmp, "hant");
    const { status } = await zfxxgk(
      [
        "publish",
        "examples/seed-000-xishan-2024.json",
        "-o",
        out,
        "--no-pdf",
        "--locale",
        "zh-Hant",
      ],
      { env: { ZFXXGK_CHROMIUM: join(tmp, "no-such-browser") } },
    );
    expect(status).toBe(0);
    expect((await readdir(out)).filter((f) => !f.startsWith("zfxxgk-fonts")).sort()).toEqual([
      "seed-000-xishan-2024.docx",
      "seed-000-xishan-2024.html",
    ]);
    expect(await readFile(join(out, "seed-000-xishan-2024.html"), "utf8")).toContain("總體情況");
  });

  it("publish --previous brings in the cross-year rules", async () => {
    const previous = JSON.parse(
      await readFile(join(ROOT, "examples/synthetic-city-2023.json"), "utf8"),
    );
    const current = JSON.parse(
      await readFile(join(ROOT, "examples/synthetic-city-2024.json"), "utf8"),
    );
    current.tables.T3.R2.NP = previous.tables.T3.R4.NP + 5;
    current.tables.T3.R2.TOT += 5;
    current.tables.T3.T.NP += 5;
    current.tables.T3.T.TOT += 5;
    current.tables.T3.A.NP += 5;
    current.tables.T3.A.TOT += 5;
    const file = join(tmp, "city-2024.json");
    await writeFile(file, JSON.stringify(current));
    const alone = await zfxxgk(["publish", file, "-o", join(tmp, "p1"), "--no-pdf"]);
    expect(alone.status).toBe(0);
    const paired = await zfxxgk([
      "publish",
      file,
      "-o",
      join(tmp, "p2"),
      "--no-pdf",
      "--previous",
      "examples/synthetic-city-2023.json",
    ]);
    expect(paired.status).toBe(1);
    expect(paired.stdout).toMatch(/错误 errors [1-9]/);
    expect(existsSync(join(tmp, "p2", "city-2024.html"))).toBe(true);
  });

  it("pdf --timeout must be a number of seconds", async () => {
    const { status, stderr } = await zfxxgk([
      "pdf",
      "examples/seed-000-xishan-2024.json",
      "--timeout",
      "soon",
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--timeout 应为.*--timeout must be/);
  });
});
