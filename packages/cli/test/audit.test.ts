import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { editionOf, isEdition, type SectionedReport as Report } from "@zfxxgk/schema";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textCorpus } from "../../../test/corpus/build.js";
import { pdfLibReport } from "../../../test/corpus/pdf-lib-writer.js";
import { browserAvailable, useBrowserPage } from "../../../test/support/browser.js";
import { loadExamples } from "../../../test/support/examples.js";
import { zfxxgk } from "./support.js";

/**
 * `zfxxgk audit` over the corpus of published shapes, with the files an audit meets besides
 * reports: an empty file, a binary file, a page without tables and a scanned PDF.
 */

const dir = mkdtempSync(join(tmpdir(), "zfxxgk-audit-"));
const input = join(dir, "in");
const out = join(dir, "out");
const files: string[] = [];
let run: Awaited<ReturnType<typeof zfxxgk>>;

beforeAll(async () => {
  const { mkdirSync } = await import("node:fs");
  mkdirSync(input);
  const docs = textCorpus();
  docs.forEach((doc, i) => {
    const name = `${String(i).padStart(3, "0")}.${doc.kind === "html" ? "html" : "txt"}`;
    writeFileSync(join(input, name), doc.content);
    files.push(name);
  });
  const example = loadExamples()[0]?.json as Report;
  writeFileSync(join(input, "report.pdf"), await pdfLibReport(example));
  writeFileSync(join(input, "scan.pdf"), await pdfLibReport(example, { text: false }));
  writeFileSync(join(input, "empty.txt"), "");
  writeFileSync(
    join(input, "binary.txt"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  );
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(docs[0]?.content as string, "utf16le"),
  ]);
  writeFileSync(join(input, "utf16.txt"), utf16);
  files.push("report.pdf", "scan.pdf", "empty.txt", "binary.txt", "utf16.txt");
  run = await zfxxgk(["audit", `${input}/*`, "-o", out]);
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Row {
  file: string;
  status: string;
  body: string;
  edition: string;
  tablesFound: number;
  cellsReadShare: number;
  timeliness: string;
  score: number;
  findings: { code: string; cells: string[] }[];
}
const rows = () =>
  (JSON.parse(readFileSync(join(out, "audit.json"), "utf8")) as { rows: Row[] }).rows;
const rowOf = (name: string) => rows().find((r) => r.file.endsWith(`/${name}`));

describe("zfxxgk audit", () => {
  it("writes the three outputs, one row per file, and finishes", () => {
    expect(run.stderr).toContain("audit.html");
    expect(run.status).toBe(0);
    expect(rows()).toHaveLength(files.length);
    const csv = readFileSync(join(out, "audit.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(files.length + 1);
    expect(csv[0]).toContain("cellsReadShare");
    // the page's headings and columns come from the locale files, Chinese then English
    const page = readFileSync(join(out, "audit.html"), "utf8");
    expect(page).toContain("<h1>政府信息公开工作年度报告审阅 / Audit of annual reports</h1>");
    expect(page).toContain(">读取比例 share read</th>");
    expect(page).toContain("<th>扣分 points</th>");
    expect(page).toContain("文件为空 / the file is empty");
  });

  it("reads every report of the corpus, with its tables", () => {
    const reports = rows().filter((r) => /^\d{3}\./.test(r.file.split("/").pop() ?? ""));
    const withTables = reports.filter((r) => r.status === "ok");
    expect(withTables.length).toBeGreaterThanOrEqual(70);
    // every table of the report's edition (three in 2019 on; the 统计表 alone in 2008–2018)
    for (const r of withTables) {
      expect(isEdition(r.edition), r.file).toBe(true);
      expect(r.tablesFound, r.file).toBe(
        editionOf(r.edition as Parameters<typeof editionOf>[0]).grid.tables.length,
      );
    }
    expect(rowOf("report.pdf")?.status).toBe("ok");
    expect(rowOf("report.pdf")?.cellsReadShare).toBe(1);
    expect(rowOf("utf16.txt")?.status).toBe("ok");
  });

  it("gives empty, binary, table-less and scanned files a row that says so", () => {
    expect(rowOf("empty.txt")?.status).toBe("empty");
    expect(rowOf("binary.txt")?.status).toBe("binary");
    expect(rowOf("scan.pdf")?.status).toBe("no-text-layer");
    expect(rows().some((r) => r.status === "no-tables")).toBe(true);
    for (const name of ["empty.txt", "binary.txt", "scan.pdf"]) expect(rowOf(name)?.score).toBe(0);
  });

  it("says cannot tell when there is no publication date, and deducts nothing for it", () => {
    const r = rowOf("000.txt");
    expect(r?.timeliness).toBe("cannot tell");
    expect(r?.score).toBeGreaterThan(90);
  });

  it("refuses a scoring profile that is not one, clearly", async () => {
    const bad = join(dir, "bad-profile.json");
    writeFileSync(
      bad,
      JSON.stringify({ name: "x", start: 100, deductions: { late: { points: "a" } } }),
    );
    const r = await zfxxgk([
      "audit",
      join(input, "000.txt"),
      "-o",
      join(dir, "o2"),
      "--profile",
      bad,
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("deductions.late.points");
  });
});

describe.runIf(browserAvailable())("audit.html in Chromium", () => {
  let page: Page;
  useBrowserPage(async (p) => {
    page = p;
    await page.goto(pathToFileURL(join(out, "audit.html")).href);
  });

  it("sorts by a column when its header is clicked, both ways", async () => {
    const scores = () =>
      page.$$eval("#audit tbody tr", (trs) =>
        trs.map((tr) => Number((tr as HTMLTableRowElement).cells[19]?.dataset.sort)),
      );
    await page.click('#audit th[data-key="score"]');
    const up = await scores();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click('#audit th[data-key="score"]');
    const down = await scores();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(
      await page.$eval('#audit th[data-key="score"]', (th) => th.getAttribute("aria-sort")),
    ).toBe("descending");
  });

  it("links each finding to its report and to its cell", async () => {
    const links = await page.$$eval("section li", (lis) =>
      lis.map((li) =>
        Array.from(li.querySelectorAll("a")).map((a) => a.getAttribute("href") ?? ""),
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const hrefs of links) expect(hrefs[0]).toMatch(/^(?:in\/|\.\.\/in\/)/);
    const cellLinks = links.flatMap((h) => h.slice(1));
    expect(cellLinks.length).toBeGreaterThan(0);
    const missing = await page.evaluate(
      (ids) => ids.filter((id) => !document.getElementById(id.slice(1))),
      cellLinks,
    );
    expect(missing).toEqual([]);
    // the report a finding names is the file that was audited
    const first = links[0]?.[0] ?? "";
    const target = decodeURIComponent(first.replace(/#.*$/, "").replace(/^\.\.\//, ""));
    expect(files.some((f) => target.endsWith(f))).toBe(true);
  });

  it("escapes what came from the reports", async () => {
    expect(await page.$$eval("script", (s) => s.length)).toBe(1);
  });
});
