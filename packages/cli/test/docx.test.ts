import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zfxxgk } from "./support.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zfxxgk-cli-docx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("Word documents on the command line", () => {
  it("docx writes the .docx, which validate, cells, parse and render read back", async () => {
    const out = join(dir, "jingzhou.docx");
    const made = await zfxxgk(["docx", "examples/seed-002-jingzhou-2024.json", "-o", out]);
    expect(made.status, made.stderr).toBe(0);
    expect(
      Buffer.from(await readFile(out))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");

    const checked = await zfxxgk(["validate", out]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const fromJson = await zfxxgk(["cells", "examples/seed-002-jingzhou-2024.json"]);
    const fromDocx = await zfxxgk(["cells", out]);
    expect(fromDocx.status).toBe(0);
    expect(JSON.parse(fromDocx.stdout)).toEqual(JSON.parse(fromJson.stdout));
    const parsed = await zfxxgk(["parse", out]);
    expect(JSON.parse(parsed.stdout).meta.agency).toBe("靖州县");
    const html = await zfxxgk(["render", out]);
    expect(html.stdout).toContain("<table");
  });

  it("init --format docx writes the template; a filled one validates with the typed value", async () => {
    const template = join(dir, "template.docx");
    const made = await zfxxgk([
      "init",
      "--agency",
      "某市某局",
      "--year",
      "2025",
      "--format",
      "docx",
      "-o",
      template,
    ]);
    expect(made.status, made.stderr).toBe(0);
    const parts = unzipSync(new Uint8Array(await readFile(template)));
    const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
    const at = xml.indexOf(">行政许可<");
    const cell = xml.indexOf('<w:t xml:space="preserve"></w:t>', at);
    parts["word/document.xml"] = strToU8(
      `${xml.slice(0, cell)}<w:t xml:space="preserve">17件</w:t>${xml.slice(cell + 32)}`,
    );
    const filled = join(dir, "filled.docx");
    await writeFile(filled, zipSync(parts));
    const cells = await zfxxgk(["cells", filled]);
    expect(JSON.parse(cells.stdout)["T2.licensing"]).toBe(17);
    const checked = await zfxxgk(["validate", filled]);
    expect(checked.stdout).toContain("数值带有单位「件」");
  });

  it("init --format docx needs -o; a file that is not Word is an input error (2) in both languages", async () => {
    const noOut = await zfxxgk([
      "init",
      "--agency",
      "某市某局",
      "--year",
      "2025",
      "--format",
      "docx",
    ]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("-o");
    const bad = join(dir, "bad.docx");
    await writeFile(bad, "一、总体情况");
    const run = await zfxxgk(["validate", bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不是 Word 文档");
    expect(run.stderr).toContain("Not a Word document");
  });

  it("docx writes a 2008–2018 report with its statistics table, and cells reads it back", async () => {
    const file = "examples/transcribed/seed-003-xishan-2018.json";
    const out = join(dir, "2018.docx");
    const written = await zfxxgk(["docx", file, "-o", out]);
    expect(written.status, written.stderr).toBe(0);
    const cells = await zfxxgk(["cells", out]);
    expect(cells.status, cells.stderr).toBe(0);
    const fromJson = await zfxxgk(["cells", file]);
    expect(JSON.parse(cells.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it("docx keeps an existing file unless --force; a Word file under another name is known by its bytes", async () => {
    const out = join(dir, "kept.docx");
    await writeFile(out, "earlier");
    const refused = await zfxxgk(["docx", "examples/seed-002-jingzhou-2024.json", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("已存在");
    expect(await readFile(out, "utf8")).toBe("earlier");
    const forced = await zfxxgk([
      "docx",
      "examples/seed-002-jingzhou-2024.json",
      "-o",
      out,
      "--force",
    ]);
    expect(forced.status, forced.stderr).toBe(0);
    const renamed = join(dir, "attachment.bin");
    await writeFile(renamed, await readFile(out));
    const cells = await zfxxgk(["cells", renamed]);
    expect(cells.status, cells.stderr).toBe(0);
    const fromJson = await zfxxgk(["cells", "examples/seed-002-jingzhou-2024.json"]);
    expect(JSON.parse(cells.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it("publish --no-pdf writes each report's HTML and Word document and lists both", async () => {
    const site = join(dir, "site");
    const run = await zfxxgk([
      "publish",
      "examples/seed-002-jingzhou-2024.json",
      "examples/region/bodies/14-stone-bridge-town.json",
      "-o",
      site,
      "--no-pdf",
    ]);
    expect(run.status, run.stderr).not.toBe(2);
    for (const name of ["seed-002-jingzhou-2024", "14-stone-bridge-town"]) {
      expect(run.stdout).toContain(join(site, `${name}.docx`));
      const docx = await readFile(join(site, `${name}.docx`));
      expect(docx.subarray(0, 2).toString()).toBe("PK");
    }
    expect(run.stderr).toContain("HTML 与 Word");
  });
});
