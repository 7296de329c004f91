import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyReport } from "@zfxxgk/schema";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, zfxxgk } from "./support.js";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "zfxxgk-files-"));
});

const EXAMPLE = join(ROOT, "examples", "seed-000-xishan-2024.json");
const SEED_TEXT = join(ROOT, "..", "shared", "seeds", "000_ed42f5da0ecb26d8.txt");
const AGENCY = "西山区政务服务管理局";

describe("nothing a user gave is written over", () => {
  it("render -o onto its own input is refused (2) and the input is unchanged", async () => {
    const file = join(tmp, "own.json");
    const original = await readFile(EXAMPLE, "utf8");
    await writeFile(file, original);
    for (const extra of [[], ["--force"]]) {
      const { status, stderr } = await zfxxgk(["render", file, "-o", file, ...extra]);
      expect(status).toBe(2);
      expect(stderr).toMatch(/也是本命令的输入文件，不会覆盖它.* is also an input of this command/);
      expect(await readFile(file, "utf8")).toBe(original);
    }
  });

  it("init -o onto a filled report is refused without --force, and says how", async () => {
    const file = join(tmp, "filled.json");
    const original = await readFile(EXAMPLE, "utf8");
    await writeFile(file, original);
    const refused = await zfxxgk(["init", "--agency", "某局", "--year", "2025", "-o", file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /已存在，未覆盖；如确需替换，请加 --force .* add --force to replace it/,
    );
    expect(await readFile(file, "utf8")).toBe(original);
    const forced = await zfxxgk([
      "init",
      "--agency",
      "某局",
      "--year",
      "2025",
      "-o",
      file,
      "--force",
    ]);
    expect(forced.status).toBe(0);
    expect(JSON.parse(await readFile(file, "utf8")).meta.agency).toBe("某局");
  });

  it("publish into a folder refuses files it would replace, before writing any; other files are never touched", async () => {
    const out = join(tmp, "site");
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "seed-000-xishan-2024.html"), "mine");
    await writeFile(join(out, "notes.txt"), "keep me");
    const args = ["publish", EXAMPLE, join(ROOT, "examples", "seed-002-jingzhou-2024.json")];
    const refused = await zfxxgk([...args, "-o", out, "--no-pdf"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/seed-000-xishan-2024\.html 已存在/);
    expect((await readdir(out)).sort()).toEqual(["notes.txt", "seed-000-xishan-2024.html"]);
    const forced = await zfxxgk([...args, "-o", out, "--no-pdf", "--force"]);
    expect(forced.status).toBe(0);
    expect(await readFile(join(out, "seed-000-xishan-2024.html"), "utf8")).toMatch(/^<!doctype/i);
    expect(await readFile(join(out, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("two inputs that would write the same file are refused", async () => {
    await mkdir(join(tmp, "a"), { recursive: true });
    await mkdir(join(tmp, "b"), { recursive: true });
    const text = await readFile(EXAMPLE, "utf8");
    await writeFile(join(tmp, "a", "r.json"), text);
    await writeFile(join(tmp, "b", "r.json"), text);
    const { status, stderr } = await zfxxgk([
      "publish",
      join(tmp, "a", "r.json"),
      join(tmp, "b", "r.json"),
      "-o",
      join(tmp, "same"),
      "--no-pdf",
    ]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/多个输入都会写到 .*r\.html.*several inputs would be written/);
    expect(existsSync(join(tmp, "same"))).toBe(false);
  });
});

describe("inputs are read by their encoding, or refused with the encoding they look like", () => {
  const report = async () => JSON.parse(await readFile(EXAMPLE, "utf8"));

  it.each([
    [
      "UTF-8 with a byte order mark (Notepad)",
      (t: string) => iconv.encode(t, "utf8", { addBOM: true }),
    ],
    [
      "UTF-16 LE with a byte order mark",
      (t: string) => iconv.encode(t, "utf16le", { addBOM: true }),
    ],
    [
      "UTF-16 BE with a byte order mark",
      (t: string) => iconv.encode(t, "utf16-be", { addBOM: true }),
    ],
  ])("JSON in %s is read as it is", async (name, encode) => {
    const file = join(tmp, `${name.replace(/\W+/g, "-")}.json`);
    await writeFile(file, encode(JSON.stringify(await report())));
    const { status, stdout, stderr } = await zfxxgk(["cells", file]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)["T2.licensing"]).toBe(214);
    const html = await zfxxgk(["render", file]);
    expect(html.stdout).toContain(`<title>${AGENCY}`);
  });

  it("a report saved as GBK is refused, naming GB18030 and how to convert, never rendered garbled", async () => {
    const file = join(tmp, "gbk.json");
    await writeFile(file, iconv.encode(JSON.stringify(await report()), "gbk"));
    for (const command of ["render", "validate"]) {
      const { status, stdout, stderr } = await zfxxgk([command, file]);
      expect(status).toBe(2);
      expect(stderr).toMatch(/不是 UTF-8，看起来是 GB18030 编码.*iconv -f GB18030 -t UTF-8/);
      expect(stderr).toMatch(/it looks like GB18030/);
      expect(stdout).not.toContain("\ufffd");
    }
  });

  it("a GBK page that declares <meta charset=gb2312> is read in that charset", async () => {
    const page = (await zfxxgk(["render", EXAMPLE])).stdout.replace(
      '<meta charset="utf-8">',
      "<meta charset=gb2312>",
    );
    const file = join(tmp, "gbk-page.html");
    await writeFile(file, iconv.encode(page, "gbk"));
    const { status, stdout, stderr } = await zfxxgk(["parse", file]);
    expect(stderr).not.toMatch(/parse\//);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.meta.agency).toBe(AGENCY);
    expect(parsed.tables).toEqual((await report()).tables);
  });

  it("and one that declares it through http-equiv, in GB18030", async () => {
    const page = (await zfxxgk(["render", EXAMPLE])).stdout.replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">',
    );
    const file = join(tmp, "gb18030-page.html");
    await writeFile(file, iconv.encode(page, "gb18030"));
    const { status, stdout } = await zfxxgk(["parse", file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).meta.agency).toBe(AGENCY);
  });

  it("published text: UTF-16 with a mark is read; GBK and UTF-16 without a mark are explained", async (ctx) => {
    if (!existsSync(SEED_TEXT)) {
      if (process.env.CI) throw new Error(`CI=true but the seed reports are missing: ${SEED_TEXT}`);
      console.warn(`skipping: the seed reports are not beside the repository (${SEED_TEXT})`);
      ctx.skip();
    }
    const text = await readFile(SEED_TEXT, "utf8");
    const utf16 = join(tmp, "seed-utf16.txt");
    await writeFile(utf16, iconv.encode(text, "utf16le", { addBOM: true }));
    const read = await zfxxgk(["cells", utf16]);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)["T2.licensing"]).toBe(214);

    const gbk = join(tmp, "seed-gbk.txt");
    await writeFile(gbk, iconv.encode(text, "gbk"));
    const refused = await zfxxgk(["parse", gbk]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/GB18030.*iconv -f GB18030 -t UTF-8/);
    expect(refused.stderr).not.toMatch(/binary|二进制/);

    const bare = join(tmp, "seed-utf16-nobom.txt");
    await writeFile(bare, iconv.encode(text, "utf16le"));
    const told = await zfxxgk(["parse", bare]);
    expect(told.status).toBe(2);
    expect(told.stderr).toMatch(/看起来是 UTF-16LE 编码.*iconv -f UTF-16LE -t UTF-8/);
  });
});

describe("size limits", () => {
  it("an input above --max-size is refused with the limit and how to raise it", async () => {
    const { status, stderr } = await zfxxgk(["validate", EXAMPLE, "--max-size", "0.004"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/超过上限 4\.1 KB，未读取；如确需处理，请用 --max-size <MB> 调高上限/);
    expect(stderr).toMatch(/raise it with --max-size <MB>/);
  });

  it("the default limit refuses a report of 50 MB", async () => {
    const big = emptyReport({ agency: "某局", year: 2024 });
    big.sections.other = [{ type: "paragraph", text: "很长的一段话。".repeat(2_500_000) }];
    const file = join(tmp, "big.json");
    await writeFile(file, JSON.stringify(big));
    const { status, stderr } = await zfxxgk(["render", file, "-o", join(tmp, "big.html")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/超过上限 20\.0 MB/);
    expect(existsSync(join(tmp, "big.html"))).toBe(false);
  });

  it("an output above --max-size is not written", async () => {
    const out = join(tmp, "too-big.html");
    const { status, stderr } = await zfxxgk(["render", EXAMPLE, "-o", out, "--max-size", "0.02"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/输出 .*too-big\.html 有 .*超过上限.*未写出.*--max-size/);
    expect(existsSync(out)).toBe(false);
  });
});
