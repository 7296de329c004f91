import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { editionOf, type Report, type ReportOf, toCells } from "@zfxxgk/schema";
import { validate } from "@zfxxgk/validate";
import type { Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../../../../test/support/axe.js";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import {
  attr,
  cellSel,
  description,
  example,
  formValue,
  setFormValue,
  typeInto,
  withBlankTables,
  withCells,
  writeDemo,
} from "../support/demo-page.js";

const available = browserAvailable();
/** seed 003: a 2018 report with its own 13 sections and the 统计表 printed in full. */
const seed = example("seed-003") as ReportOf<"2007">;
const cells2007 = editionOf("2007").cells;

/** The seed with a local row and an extra value column, as some regions printed the table. */
function withLocalRowAndColumn(): ReportOf<"2007"> {
  const report = structuredClone(seed);
  const statistics = report.statistics;
  if (!statistics) throw new Error("seed 003 has a statistics table");
  statistics.columns = ["统计数", "其中：乡镇街道"];
  for (const row of statistics.rows) if (row.key === "1.1") row.values = [12];
  statistics.rows.splice(10, 0, {
    label: "6.政务客户端公开政府信息数",
    unit: "条",
    values: [7, "—"],
  });
  return report;
}

describe.skipIf(!available)("<zfxxgk-form> with a 2008–2018 report (edition 2007)", () => {
  let page: Page;
  let demo: { url: string; dir: string };
  const errors: string[] = [];
  useBrowserPage(async (p) => {
    page = p;
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
  });
  beforeAll(async () => {
    demo = writeDemo(seed);
  });

  const fresh = async (report?: Report) => {
    await page.goto(demo.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(demo.url);
    if (report) await setFormValue(page, report);
  };
  const ids = () =>
    page.$$eval("zfxxgk-form [data-cell]", (els) =>
      els.map((e) => (e as HTMLElement).dataset.cell),
    );
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);

  it('a blank form by edition="2007": metadata, no section yet, the 统计表 from the grid', async () => {
    await fresh();
    await page.$eval("zfxxgk-form", (e) => e.setAttribute("edition", "2007"));
    expect(await ids()).toEqual(cells2007.map((c) => c.id));
    const value = (await formValue(page)) as ReportOf<"2007">;
    expect(value.edition).toBe("2007");
    expect(value.body).toEqual([]);
    expect(value).not.toHaveProperty("statistics");
    expect(await page.$$eval('zfxxgk-form [data-path^="/meta/"]', (e) => e.length)).toBeGreaterThan(
      5,
    );
    // each row's label and unit as the grid gives them; the value cell named by row and column
    expect(await attr(page, cellSel("S.3.1"), "aria-label")).toBe("（一）收到申请数 · 统计数");
    const row = await page.$eval(cellSel("S.8.4"), (e) =>
      Array.from(e.closest("tr")?.children ?? [], (c) => c.textContent),
    );
    expect(row[0]).toContain("（四）政府信息公开专项经费（不包括");
    expect(row[1]).toBe("万元");
    expect(errors).toEqual([]);
  });

  it("types every 统计表 figure and every section's text: the exported JSON equals the example", async () => {
    const blank = withBlankTables(seed) as ReportOf<"2007">;
    for (const section of blank.body) section.blocks = [];
    await fresh(blank);
    for (const [id, value] of Object.entries(toCells(seed))) {
      if (value === null) continue;
      await page.focus(cellSel(id));
      await page.keyboard.type(String(value));
    }
    for (const [i, section] of seed.body.entries())
      await page.type(
        `zfxxgk-form [data-path="/body/${i}/blocks"]`,
        section.blocks.map((b) => b.text).join("\n"),
      );
    expect(await formValue(page)).toEqual(seed);

    const cdp = await page.createCDPSession();
    const downloads = join(demo.dir, "downloads");
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
    await page.click('zfxxgk-form [data-action="export"]');
    const name = `${seed.meta.agency}-${seed.meta.year}.json`;
    const file = join(downloads, name);
    for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(downloads)).toContain(name);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(seed);
    const counts = await page.evaluate(() => {
      const check = document.querySelector("zfxxgk-form")?.check;
      return [check?.errorCount, check?.warningCount, check?.infoCount];
    });
    const expected = validate(seed);
    expect(counts).toEqual([expected.errorCount, expected.warningCount, expected.infoCount]);
    expect(errors).toEqual([]);
  });

  it("sections: the report's own numbers and headings, editable, and sections added and removed", async () => {
    await fresh(seed);
    const headings = await page.$$eval("zfxxgk-form .zf-body > h2", (els) =>
      els.map((e) => e.textContent),
    );
    expect(headings).toEqual(seed.body.map((s) => `${s.number}、${s.heading}`));
    const heading = 'zfxxgk-form [data-path="/body/1/heading"]';
    await page.$eval(heading, (e) => (e as HTMLInputElement).select());
    await page.keyboard.type("主动公开情况");
    expect(((await formValue(page)) as ReportOf<"2007">).body[1]?.heading).toBe("主动公开情况");
    expect(
      await page.$$eval("zfxxgk-form .zf-body > h2", (els) => els.map((e) => e.textContent)[1]),
    ).toBe("二、主动公开情况");
    // an emptied heading is flagged at its field
    await page.$eval(heading, (e) => (e as HTMLInputElement).select());
    await page.keyboard.press("Backspace");
    expect(await attr(page, heading, "aria-invalid")).toBe("true");
    // the table is still checked meanwhile
    await typeInto(page, "S.3.1", "3");
    expect(await attr(page, cellSel("S.3.1"), "aria-invalid")).toBe("true");
    await typeInto(page, "S.3.1", "0");
    await page.type(heading, "主动公开情况");

    await page.click('zfxxgk-form [data-action="add-section"]');
    const added = `zfxxgk-form [data-path="/body/${seed.body.length}/heading"]`;
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe(
      `/body/${seed.body.length}/heading`,
    );
    expect(await attr(page, added, "aria-invalid")).toBe("true");
    await page.keyboard.type("其他需要报告的事项");
    await page.type(`zfxxgk-form [data-path="/body/${seed.body.length}/blocks"]`, "无。");
    let body = ((await formValue(page)) as ReportOf<"2007">).body;
    expect(body.at(-1)).toEqual({
      number: "十四",
      heading: "其他需要报告的事项",
      blocks: [{ type: "paragraph", text: "无。" }],
    });
    await page.click(
      `zfxxgk-form [data-action="remove-section"][data-index="${seed.body.length}"]`,
    );
    body = ((await formValue(page)) as ReportOf<"2007">).body;
    expect(body).toHaveLength(seed.body.length);
    // removing a section can be undone
    await page.click('zfxxgk-form [data-action="remove-section"][data-index="0"]');
    expect(await page.$eval("zfxxgk-form .zf-status", (e) => e.textContent)).toContain(
      "已删除正文第 1 部分「一、总体公开情况说明」",
    );
    expect(((await formValue(page)) as ReportOf<"2007">).body[0]?.heading).toBe(body[1]?.heading);
    // text typed into another section meanwhile stays when the removal is undone
    await page.type('zfxxgk-form [data-path="/body/0/blocks"]', "\n另有一段。");
    await page.click('zfxxgk-form [data-action="undo"]');
    const restored = ((await formValue(page)) as ReportOf<"2007">).body;
    expect(restored[0]).toEqual(body[0]);
    expect(restored[1]?.blocks.at(-1)).toEqual({ type: "paragraph", text: "另有一段。" });
    expect(restored.map((s) => s.heading)).toEqual(body.map((s) => s.heading));
    expect(errors).toEqual([]);
  });

  it("a broken sum (S-01) is shown at every cell it names and in the summary", async () => {
    await fresh(seed);
    await typeInto(page, "S.3.1", "5");
    const named = validate(withCells(seed, { "S.3.1": 5 })).diagnostics.filter(
      (d) => d.severity !== "info" && d.code !== "X-08",
    );
    expect(named.map((d) => d.code)).toContain("S-01");
    for (const d of named)
      for (const id of d.cells) {
        expect(await attr(page, cellSel(id), "aria-invalid"), id).toBe("true");
        if (d.code === "S-01")
          expect(await description(page, cellSel(id)), id).toContain("收到申请");
      }
    const invalid = await page.$$eval("zfxxgk-form [data-cell][aria-invalid]", (els) =>
      els.map((e) => (e as HTMLElement).dataset.cell),
    );
    expect(new Set(invalid)).toEqual(new Set(named.flatMap((d) => d.cells)));
    await page.focus("body");
    await page.click('zfxxgk-form .zf-summary [data-jump="S.3.1"]');
    expect(await focused()).toBe("S.3.1");
    // blank, 0 and a written dash stay different
    await typeInto(page, "S.3.1.1", "－");
    await typeInto(page, "S.3.1.2", "");
    await typeInto(page, "S.3.1", "0");
    const s = ((await formValue(page)) as ReportOf<"2007">).tables.S;
    expect([s["3.1"], s["3.1.1"], s["3.1.2"]]).toEqual([0, "—", null]);
  });

  it("keys and a pasted column move down the 统计数 column as in the other tables", async () => {
    await fresh(withBlankTables(seed));
    await page.focus(cellSel("S.3.1"));
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("S.3.1.1");
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("S.3.1.2");
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("S.3.1.1");
    const entered = await page.evaluate(() =>
      document.querySelector("zfxxgk-form")?.pasteBlock("S.3.1", "4\n1\n1\n1\n1\t9"),
    );
    expect(entered).toBe(5);
    const s = ((await formValue(page)) as ReportOf<"2007">).tables.S;
    expect([s["3.1"], s["3.1.1"], s["3.1.2"], s["3.1.3"], s["3.1.4"]]).toEqual([4, 1, 1, 1, 1]);
    expect(await page.$eval("zfxxgk-form .zf-status", (e) => e.textContent)).toContain(
      "1 个值超出表格范围",
    );
    await page.click('zfxxgk-form [data-action="undo"]');
    expect(((await formValue(page)) as ReportOf<"2007">).tables.S["3.1"]).toBeNull();
  });

  it("a report with a local row and an extra column round-trips unchanged, its own values shown read-only", async () => {
    const report = withLocalRowAndColumn();
    await fresh(report);
    expect(await formValue(page)).toEqual(report);
    const local = await page.$eval("zfxxgk-form tr[data-local]", (tr) =>
      Array.from(tr.children, (c) => c.textContent),
    );
    expect(local[0]).toContain("6.政务客户端公开政府信息数");
    expect(local.slice(1)).toEqual(["条", "7", "—"]);
    expect(await page.$$eval("zfxxgk-form tr[data-local] input", (e) => e.length)).toBe(0);
    expect(await attr(page, cellSel("S.1.1"), "aria-label")).toBe(
      "(一)主动公开政府信息数 · 统计数",
    );
    const extra = await page.$eval(
      cellSel("S.1.1"),
      (e) => e.closest("tr")?.lastElementChild?.textContent,
    );
    expect(extra).toBe("12");
    // editing a national figure keeps everything else as imported
    await typeInto(page, "S.9.3", "5");
    await typeInto(page, "S.9.3", "4");
    expect(await formValue(page)).toEqual(report);
    expect(
      JSON.parse(
        await page.evaluate(() => document.querySelector("zfxxgk-form")?.exportJson() ?? ""),
      ),
    ).toEqual(report);
    // and so does its draft, after a reload
    await page.reload();
    await page.click('zfxxgk-form .zf-draft [data-action="restore"]');
    expect(await formValue(page)).toEqual(report);
    expect(await page.$$eval("zfxxgk-form tr[data-local]", (e) => e.length)).toBe(1);
  });

  it("axe-core: no violation on a blank 2007 form, on the example with findings, and read-only in English", async () => {
    await fresh();
    await page.$eval("zfxxgk-form", (e) => e.setAttribute("edition", "2007"));
    expect(await axeViolations(page)).toEqual([]);
    await setFormValue(page, withCells(withLocalRowAndColumn(), { "S.3.1": 5 }));
    await typeInto(page, "S.3.2", "abc");
    expect(await page.$$eval("zfxxgk-form [aria-invalid]", (els) => els.length)).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval("zfxxgk-form", (e) => e.setAttribute("locale", "en"));
    await page.click("#readonly");
    expect(await axeViolations(page)).toEqual([]);
  });
});
