import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cellsOf, emptyReport, parseReport } from "@zfxxgk/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { SEEDS_DIR, seedsPresent } from "../../../test/support/examples.js";
import { pdfText } from "../../pdf/test/support/poppler.js";
import { zfxxgk } from "./support.js";

const haveSeeds = seedsPresent("the CLI on published seed texts");

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zfxxgk-cli-"));
});

const write = async (name: string, content: unknown) => {
  const file = join(tmp, name);
  await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
};

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
  "serve",
  "form",
  "rollup",
  "docx",
];

describe("help and version", () => {
  it("prints help in Chinese and English, listing every command", async () => {
    const { status, stdout } = await zfxxgk(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("政府信息公开工作年度报告");
    expect(stdout).toContain("annual report on government information disclosure");
    for (const command of COMMANDS) {
      expect(stdout).toContain(command);
    }
  });

  it.each(COMMANDS)("%s --help", async (command) => {
    const { status, stdout } = await zfxxgk([command, "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Usage: zfxxgk /);
    expect(stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it("prints the version of the package", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    const { status, stdout } = await zfxxgk(["--version"]);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it("an unknown command or option is a usage error (2)", async () => {
    expect((await zfxxgk(["frobnicate"])).status).toBe(2);
    expect(
      (await zfxxgk(["validate", "--colour", "examples/seed-000-xishan-2024.json"])).status,
    ).toBe(2);
    expect((await zfxxgk(["validate"])).status).toBe(2);
  });
});

describe("validate", () => {
  it("passes every example, in Chinese by default, grouped per file", async () => {
    const { status, stdout, stderr } = await zfxxgk(["validate", "examples/*.json"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("seed-002-jingzhou-2024.json");
  });

  it("finds seed 003's published S-09 break in the 2018 report transcribed as published (exit 1)", async () => {
    const json = await zfxxgk([
      "validate",
      "examples/transcribed/seed-003-xishan-2018.json",
      "--format",
      "json",
    ]);
    expect(json.status).toBe(1);
    const failing = JSON.parse(json.stdout).files.flatMap(
      (f: { file: string; diagnostics: { severity: string; code: string }[] }) =>
        f.diagnostics.filter((d) => d.severity === "error").map((d) => `${f.file} ${d.code}`),
    );
    expect(failing).toEqual(["examples/transcribed/seed-003-xishan-2018.json S-09"]);
  });

  it("finds the blank totals of the 2019-format report transcribed as published (exit 1)", async () => {
    const file = "examples/transcribed/transcribed-2019-shanghai-office.json";
    const { status, stdout } = await zfxxgk(["validate", file, "--format", "json"]);
    expect(status).toBe(1);
    const found = JSON.parse(stdout).files[0].diagnostics as { code: string; cells: string[] }[];
    expect(found.filter((d) => d.code === "T3-02").flatMap((d) => d.cells)).toContain("T3.A.TOT");
  });

  it("--format json gives files → diagnostics with code, severity, path and cell ids", async () => {
    const report = emptyReport({ agency: "某局", year: 2024 });
    Object.assign(report.tables.T3.R1, { NP: 3, CE: 0, RI: 0, SW: 0, LS: 0, OT: 0, TOT: 4 });
    const file = await write("broken.json", report);
    const { status, stdout } = await zfxxgk(["validate", file, "--format", "json"]);
    expect(status).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.files).toHaveLength(1);
    expect(out.files[0].file).toBe(file);
    const rowTotal = out.files[0].diagnostics.find((d: { code: string }) => d.code === "T3-02");
    expect(rowTotal).toMatchObject({ severity: "error", path: "/tables/T3/R1/TOT" });
    expect(rowTotal.cells).toContain("T3.R1.TOT");
  });

  it("--lang en and --format sarif", async () => {
    const file = await write("sarif.json", {
      ...emptyReport({ agency: "某局", year: 2024 }),
      meta: { agency: "某局", year: 2024 },
    });
    const en = await zfxxgk(["validate", file, "--lang", "en"]);
    expect(en.stdout).toMatch(/[A-Za-z]{4,}/);
    const sarif = await zfxxgk(["validate", file, "--format", "sarif"]);
    expect(JSON.parse(sarif.stdout).version).toBe("2.1.0");
  });

  it.each([
    ["a missing file", ["validate", "no/such/file.json"], /找不到文件.*file not found/],
    ["a directory given as a file", ["validate", "examples"], /是目录.*is a directory/],
    [
      "a glob that matches nothing",
      ["validate", "nothing-here/*.json"],
      /没有文件匹配.*no file matches/,
    ],
  ])("%s is an input error (2) with a one-line message", async (_, args, message) => {
    const { status, stderr, stdout } = await zfxxgk(args);
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).not.toContain("Error:");
  });

  it("not JSON and an unknown edition are input errors (2)", async () => {
    const notJson = await write("not.json", "{ 这不是 JSON");
    const unknown = await write("unknown.json", {
      ...emptyReport({ agency: "某局", year: 2024 }),
      edition: "2035",
    });
    const a = await zfxxgk(["validate", notJson]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/不是有效的 JSON.*not valid JSON/);
    const b = await zfxxgk(["validate", unknown]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/2035/);
  });

  it.runIf(haveSeeds)(
    "published text goes through the parser; a 2018 report with its 统计表 is read and checked by the S rules",
    async () => {
      const ok = await zfxxgk([
        "validate",
        join(SEEDS_DIR, "000_ed42f5da0ecb26d8.txt"),
        "--format",
        "json",
      ]);
      expect(ok.status).toBe(0);
      expect(
        JSON.parse(ok.stdout).files[0].diagnostics.filter(
          (d: { severity: string }) => d.severity === "error",
        ),
      ).toEqual([]);
      const old = await zfxxgk(["validate", join(SEEDS_DIR, "003_a237b80e5b041341.txt")]);
      // as published, 主动公开政府信息数 28 is below the 140 of 其他方式 (S-09)
      expect(old.status).toBe(1);
      expect(old.stdout).toMatch(
        /S-09[\s\S]*（一）主动公开政府信息数[\s\S]*5\.其他方式公开政府信息数/,
      );
    },
  );

  it("--previous brings in the cross-year rules", async () => {
    const { status } = await zfxxgk([
      "validate",
      "examples/synthetic-city-2024.json",
      "--previous",
      "examples/synthetic-city-2023.json",
      "--format",
      "json",
    ]);
    expect(status).toBe(0);
    const previous = JSON.parse(await readFile("examples/synthetic-city-2023.json", "utf8"));
    const current = JSON.parse(await readFile("examples/synthetic-city-2024.json", "utf8"));
    current.tables.T3.R2.NP = previous.tables.T3.R4.NP + 5;
    current.tables.T3.R2.TOT += 5;
    current.tables.T3.T.NP += 5;
    current.tables.T3.T.TOT += 5;
    current.tables.T3.A.NP += 5;
    current.tables.T3.A.TOT += 5;
    const file = await write("city-2024-changed.json", current);
    const changed = await zfxxgk([
      "validate",
      file,
      "--previous",
      "examples/synthetic-city-2023.json",
      "--format",
      "json",
    ]);
    const codes = JSON.parse(changed.stdout).files[0].diagnostics.map(
      (d: { code: string }) => d.code,
    );
    expect(codes).toContain("T3-06");
  });
});

describe("validate --previous with a glob of last year's reports", () => {
  it("pairs each report with last year's of the same body, and says when there is none", async () => {
    const before = JSON.parse(await readFile("examples/synthetic-city-2023.json", "utf8"));
    const after = JSON.parse(await readFile("examples/synthetic-city-2024.json", "utf8"));
    const body = (report: typeof before, agency: string) => ({
      ...structuredClone(report),
      meta: { ...report.meta, agency },
    });
    await mkdir(join(tmp, "y2023"), { recursive: true });
    await mkdir(join(tmp, "y2024"), { recursive: true });
    // 乙市人民政府 carried over 5 more than it had left at the end of last year.
    const moved = body(before, "乙市人民政府");
    moved.tables.T3.R4.NP -= 5;
    moved.tables.T3.R4.TOT -= 5;
    await write("y2023/a.json", body(before, "甲市人民政府"));
    await write("y2023/b.json", moved);
    await write("y2024/a.json", body(after, "甲市人民政府"));
    await write("y2024/b.json", body(after, "乙市人民政府"));
    await write("y2024/c.json", body(after, "丙市人民政府"));
    const run = (lang: string) =>
      zfxxgk([
        "validate",
        join(tmp, "y2024/*.json"),
        "--previous",
        join(tmp, "y2023/*.json"),
        "--format",
        "json",
        "--lang",
        lang,
      ]);
    const { status, stdout } = await run("zh");
    expect(status).toBe(1);
    const files = JSON.parse(stdout).files as {
      file: string;
      diagnostics: { code: string; message: string }[];
    }[];
    const codes = (name: string) =>
      files.find((f) => f.file.endsWith(name))?.diagnostics.map((d) => d.code);
    // 甲 agrees with last year: what it raises is what the report raises on its own.
    const own = codes("a.json") ?? [];
    expect(own.filter((c) => c.startsWith("T3-06") || c.startsWith("input/"))).toEqual([]);
    expect(codes("b.json")).toContain("T3-06");
    expect(codes("c.json")).toEqual(["input/no-previous", ...own]);
    const none = files.find((f) => f.file.endsWith("c.json"))?.diagnostics[0];
    expect(none?.message).toMatch(/没有「丙市人民政府」2023 年度的报告，跨年度核验未进行$/);
    const english = JSON.parse((await run("en")).stdout).files.find((f: { file: string }) =>
      f.file.endsWith("c.json"),
    );
    expect(english.diagnostics[0].message).toMatch(/holds no 2023 report of "丙市人民政府"/);
  });
});

describe("cells, init, fill-totals, schema, rules", () => {
  it("cells --format json is one object keyed by cell id, blanks as null", async () => {
    const file = await write("blank.json", emptyReport({ agency: "某局", year: 2024 }));
    const { status, stdout } = await zfxxgk(["cells", file]);
    expect(status).toBe(0);
    const cells = JSON.parse(stdout);
    expect(Object.keys(cells)).toEqual(cellsOf("2021").map((c) => c.id));
    expect(cells["T3.R1.NP"]).toBeNull();
    const seed = JSON.parse(
      (await zfxxgk(["cells", "examples/seed-002-jingzhou-2024.json"])).stdout,
    );
    const example = JSON.parse(await readFile("examples/seed-002-jingzhou-2024.json", "utf8"));
    expect(seed["T3.R1.TOT"]).toBe(example.tables.T3.R1.TOT);
  });

  it("cells --format csv has a header and one line per cell with its labels", async () => {
    const { stdout } = await zfxxgk([
      "cells",
      "examples/seed-000-xishan-2024.json",
      "--format",
      "csv",
    ]);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("cell,value,table,row,column");
    expect(lines).toHaveLength(1 + 200);
    expect(stdout).toContain("T2.licensing,214,");
  });

  it.runIf(haveSeeds)("cells reads a published text report through the parser", async () => {
    const { stdout, status } = await zfxxgk(["cells", join(SEEDS_DIR, "000_ed42f5da0ecb26d8.txt")]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)["T2.licensing"]).toBe(214);
  });

  it("init writes a blank, valid report", async () => {
    const { status, stdout } = await zfxxgk(["init", "--agency", "某县某局", "--year", "2025"]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(parseReport(report).ok).toBe(true);
    expect(report.meta).toMatchObject({ agency: "某县某局", year: 2025 });
    expect((await zfxxgk(["init", "--agency", "x", "--year", "20x5"])).status).toBe(2);
    expect((await zfxxgk(["init", "--year", "2025"])).status).toBe(2);
  });

  it("init uses the edition issued for the year, or the one asked for, and says when they differ", async () => {
    const for2020 = await zfxxgk(["init", "--agency", "某县某局", "--year", "2020"]);
    expect(for2020.status).toBe(0);
    expect(JSON.parse(for2020.stdout).edition).toBe("2019");
    expect(JSON.parse(for2020.stdout).tables.T2.procurement).toEqual({ count: null, amount: null });
    const asked = await zfxxgk([
      "init",
      "--agency",
      "某县某局",
      "--year",
      "2022",
      "--edition",
      "2019",
    ]);
    expect(asked.status).toBe(0);
    const report = JSON.parse(asked.stdout);
    expect(report.edition).toBe("2019");
    expect(parseReport(report).ok).toBe(true);
    expect(asked.stderr).toContain("2022");
    expect(
      (await zfxxgk(["init", "--agency", "x", "--year", "2024", "--edition", "2030"])).status,
    ).toBe(2);
  });

  it("fill-totals fills blank totals and lists them on stderr", async () => {
    const report = emptyReport({ agency: "某局", year: 2024 });
    Object.assign(report.tables.T4.RV, { keep: 2, fix: 1, oth: 0, pend: 1 });
    const file = await write("totals.json", report);
    const { status, stdout, stderr } = await zfxxgk(["fill-totals", file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).tables.T4.RV.tot).toBe(4);
    expect(stderr).toContain("T4.RV.tot = 4");
  });

  it("schema prints the JSON Schema with its $id; rules prints the catalog", async () => {
    expect(JSON.parse((await zfxxgk(["schema"])).stdout).$id).toBe("urn:zfxxgk:schema:report:2021");
    expect((await zfxxgk(["schema", "--edition", "1999"])).status).toBe(2);
    expect(JSON.parse((await zfxxgk(["schema", "--edition", "2019"])).stdout).$id).toBe(
      "urn:zfxxgk:schema:report:2019",
    );
    expect((await zfxxgk(["rules"])).stdout).toMatch(/^T3-01 /m);
    const catalog = JSON.parse((await zfxxgk(["rules", "--format", "json"])).stdout);
    expect(catalog.rules.map((r: { id: string }) => r.id)).toContain("T4-01");
  });
});

describe("render and parse", () => {
  it("render writes the official HTML, whole or as a fragment, simplified or traditional", async () => {
    const out = join(tmp, "html", "r.html");
    expect((await zfxxgk(["render", "examples/seed-000-xishan-2024.json", "-o", out])).status).toBe(
      0,
    );
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('data-cell="T3.R1.NP"');
    // The bundled fonts the page links, copied beside it.
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1] ?? "";
    const fontsCss = await readFile(join(tmp, "html", href), "utf8");
    const first = /url\("\.\/([^"]+)"\)/.exec(fontsCss)?.[1] ?? "";
    expect(
      (await readFile(join(tmp, "html", dirname(href), first))).subarray(0, 4).toString(),
    ).toBe("wOF2");
    const bare = join(tmp, "html-bare", "r.html");
    await zfxxgk(["render", "examples/seed-000-xishan-2024.json", "-o", bare, "--no-fonts"]);
    expect(await readFile(bare, "utf8")).not.toContain("<link");
    expect(existsSync(join(tmp, "html-bare", dirname(href)))).toBe(false);
    const fragment = await zfxxgk(["render", "examples/seed-000-xishan-2024.json", "--fragment"]);
    expect(fragment.stdout).not.toMatch(/<html/i);
    const hant = await zfxxgk([
      "render",
      "examples/seed-000-xishan-2024.json",
      "--locale",
      "zh-Hant",
    ]);
    expect(hant.stdout).toContain("總體情況");
    // the aliases of localeOf, as the service's ?locale= takes them; English is no script
    const tw = await zfxxgk(["render", "examples/seed-000-xishan-2024.json", "--locale", "zh-TW"]);
    expect(tw.stdout).toBe(hant.stdout);
    const en = await zfxxgk(["render", "examples/seed-000-xishan-2024.json", "--locale", "en"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("不是简体或繁体");
  });

  it("render refuses an invalid report with a located message (2)", async () => {
    const report = emptyReport({ agency: "某局", year: 2024 }) as unknown as {
      tables: { T3: { R1: { NP: unknown } } };
    };
    report.tables.T3.R1.NP = 3.5;
    const file = await write("invalid.json", report);
    const { status, stderr } = await zfxxgk(["render", file]);
    expect(status).toBe(2);
    expect(stderr).toContain("一、本年新收政府信息公开申请数量");
  });

  it.runIf(haveSeeds)("parse turns a published text report into the model", async () => {
    const out = join(tmp, "parsed.json");
    const { status } = await zfxxgk([
      "parse",
      join(SEEDS_DIR, "002_286a028bd3e1a4eb.txt"),
      "-o",
      out,
    ]);
    expect(status).toBe(0);
    const report = JSON.parse(await readFile(out, "utf8"));
    const example = JSON.parse(await readFile("examples/seed-002-jingzhou-2024.json", "utf8"));
    expect(report.tables).toEqual(example.tables);
  });
});

describe("pdf", () => {
  it.runIf(browserAvailable())(
    "prints one report to a PDF file, in traditional characters with --locale zh-Hant",
    async () => {
      const out = join(tmp, "one.pdf");
      const { status, stderr } = await zfxxgk([
        "pdf",
        "examples/seed-001-linxiang-2021.json",
        "-o",
        out,
        "--locale",
        "zh-Hant",
        "--timeout",
        "120",
      ]);
      expect(stderr).not.toMatch(/internal error/);
      expect(status).toBe(0);
      const pdf = await readFile(out);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdfText(pdf)).toContain("總體情況");
    },
  );

  it("without a browser, says how to get one (2)", async () => {
    const { status, stderr } = await zfxxgk(
      ["pdf", "examples/seed-001-linxiang-2021.json", "-o", join(tmp, "none.pdf")],
      {
        env: { ZFXXGK_CHROMIUM: join(tmp, "no-such-browser") },
      },
    );
    expect(status).toBe(2);
    expect(stderr).toContain("apt-get install -y chromium");
  });

  it("several inputs need a folder for -o", async () => {
    const { status, stderr } = await zfxxgk([
      "pdf",
      "examples/seed-000-xishan-2024.json",
      "examples/seed-001-linxiang-2021.json",
      "-o",
      join(tmp, "x.pdf"),
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/目录.*folder/);
    await mkdir(join(tmp, "pdfs"), { recursive: true });
  });
});
