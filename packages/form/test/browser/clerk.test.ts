import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Report as AnyReport,
  EDITIONS,
  type Edition,
  editionOf,
  emptyReport,
  fillTotals,
  type SectionedReport as Report,
} from "@zfxxgk/schema";
import { validate } from "@zfxxgk/validate";
import type { Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import { TEXTS } from "../../src/messages.js";
import {
  attr,
  cellSel,
  description,
  example,
  formValue,
  setFormValue,
  toCells,
  typeInto,
  withBlankTables,
  withCells,
  writeDemo,
} from "../support/demo-page.js";

const available = browserAvailable();
const seed = example("seed-000") as Report;

describe.skipIf(!available)("<zfxxgk-form> driven as a clerk would, in Chromium", () => {
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
    await page.goto(demo.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  /** A fresh form on the demo page, with no draft offered. */
  const fresh = async (report?: AnyReport) => {
    await page.evaluate(() => localStorage.clear());
    await page.goto(demo.url);
    if (report) await setFormValue(page, report);
  };

  it("draws every cell of the edition as an input with data-cell, labelled row · column", async () => {
    await fresh();
    const ids = await page.$$eval("zfxxgk-form [data-cell]", (els) =>
      els.map((e) => (e as HTMLElement).dataset.cell),
    );
    expect(ids).toEqual(editionOf(seed.edition).cells.map((c) => c.id));
    expect(await attr(page, cellSel("T3.R1.NP"), "aria-label")).toBe(
      "一、本年新收政府信息公开申请数量 · 自然人",
    );
    expect(await attr(page, cellSel("T4.RV.keep"), "aria-label")).toBe("行政复议 / 结果维持");
    expect(await attr(page, cellSel("T3.N1.CE"), "aria-label")).toMatch(
      /^三、本年度办理结果 \/ （三）不予公开 \/ 1\.属于国家秘密 · 法人或其他组织 \/ 商业企业$/,
    );
    expect(errors).toEqual([]);
  });

  // 2008–2018 (2007) has no grid sections: its own are in edition-2007.test.ts.
  it.each(Object.keys(EDITIONS) as Edition[])(
    "edition %s: drawn from its own grid, every cell typed back into its own model",
    async (edition) => {
      const blank = emptyReport({ agency: "某县人民政府", year: 2020, edition });
      await fresh(blank);
      const cells = editionOf(edition).cells;
      const ids = await page.$$eval("zfxxgk-form [data-cell]", (els) =>
        els.map((e) => (e as HTMLElement).dataset.cell),
      );
      expect(ids).toEqual(cells.map((c) => c.id));
      const headings = await page.$$eval("zfxxgk-form .zf-section > h2", (els) =>
        els.map((e) => e.textContent),
      );
      expect(headings).toEqual(
        expect.arrayContaining(editionOf(edition).grid.sections.map((s) => s.heading["zh-Hans"])),
      );
      // one figure of each kind of cell, as a clerk types it, read as the model holds it
      const typed: Record<string, [string, unknown]> = {
        count: ["１２件", 12],
        signed: ["-3", -3],
        amount: ["0.50", "0.50"],
        money: ["25.1万元", "25.1万元"],
      };
      const samples = [...new Map(cells.map((c) => [c.kind, c])).values()];
      for (const cell of samples) await typeInto(page, cell.id, typed[cell.kind]?.[0] ?? "");
      const values = toCells(await formValue(page));
      for (const cell of samples) expect(values[cell.id], cell.id).toEqual(typed[cell.kind]?.[1]);
      expect(errors).toEqual([]);
    },
  );

  it("types every figure of a seed example cell by cell: the exported JSON equals the example", async () => {
    await fresh(withBlankTables(seed));
    for (const [id, value] of Object.entries(toCells(seed))) {
      if (value === null) continue;
      await page.focus(cellSel(id));
      await page.keyboard.type(String(value));
    }
    expect(await formValue(page)).toEqual(seed);

    const cdp = await page.createCDPSession();
    const downloads = join(demo.dir, "downloads");
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
    await page.click('zfxxgk-form [data-action="export"]');
    const file = join(downloads, `${seed.meta.agency}-${seed.meta.year}.json`);
    for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(downloads)).toContain(`${seed.meta.agency}-${seed.meta.year}.json`);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(seed);

    const counts = await page.evaluate(() => {
      const check = document.querySelector("zfxxgk-form")?.check;
      return {
        errorCount: check?.errorCount,
        warningCount: check?.warningCount,
        infoCount: check?.infoCount,
      };
    });
    const expected = validate(seed);
    expect(counts).toEqual({
      errorCount: expected.errorCount,
      warningCount: expected.warningCount,
      infoCount: expected.infoCount,
    });
  });

  it("metadata fields, section text areas and the fee: typed into the model, findings at the field", async () => {
    await fresh();
    const agency = 'zfxxgk-form [data-path="/meta/agency"]';
    expect(await attr(page, agency, "aria-invalid")).toBe("true"); // 报告机关 is required
    expect(await description(page, agency)).toContain("不能为空");
    await page.type(agency, "某县人民政府");
    expect(await attr(page, agency, "aria-invalid")).toBeNull();

    const email = 'zfxxgk-form [data-path="/meta/contact/email"]';
    await page.type(email, "gk@example.org");
    expect((await formValue(page)).meta.contact).toEqual({ email: "gk@example.org" });
    await page.$eval(email, (e) => (e as HTMLInputElement).select());
    await page.keyboard.press("Backspace");
    expect((await formValue(page)).meta).not.toHaveProperty("contact");

    const published = 'zfxxgk-form [data-path="/meta/publishedOn"]';
    // a blank form is for last year; it is published in January of this year
    await page.type(published, `${new Date().getFullYear()}-0`);
    expect(await attr(page, published, "aria-invalid")).toBe("true");
    await page.type(published, "1-20");
    expect(await attr(page, published, "aria-invalid")).toBeNull();

    const problems = 'zfxxgk-form [data-path="/sections/problems"]';
    await page.type(problems, "（一）存在的主要问题\n部分栏目更新不及时。");
    expect(((await formValue(page)) as Report).sections.problems).toEqual([
      { type: "heading", text: "（一）存在的主要问题" },
      { type: "paragraph", text: "部分栏目更新不及时。" },
    ]);
    expect(
      await page.$eval(problems, (e) => (e as HTMLTextAreaElement).labels?.[0]?.textContent),
    ).toBe(
      editionOf(seed.edition).grid.sections.find((s) => s.key === "problems")?.heading["zh-Hans"],
    );

    await page.type('zfxxgk-form [data-path="/processingFee/amount"]', "1.5");
    await page.select('zfxxgk-form [data-path="/processingFee/unit"]', "万元");
    const value = (await formValue(page)) as { processingFee?: unknown };
    expect(value.processingFee).toEqual({ amount: "1.5", unit: "万元" });
  });

  it("arrows, Enter and Tab move between cells as in a spreadsheet", async () => {
    await fresh();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    await page.focus(cellSel("T3.R1.NP"));
    await page.keyboard.type("7");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("T3.R1.CE");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("T3.R2.CE");
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("T3.A.CE");
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("T3.R2.CE");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("T3.R2.NP");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("T3.R2.CE");
    // Left inside typed text moves the caret, not the focus
    await page.keyboard.type("12");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("T3.R2.CE");
    // Table 二: down from a three-column row lands on the one wide cell below
    await page.focus(cellSel("T2.normativeDocs.inForce"));
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("T2.licensing");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("T2.penalties");
  });

  it("pastes a TSV block from the focused cell, normalising or flagging each value, and undoes it", async () => {
    await fresh(seed);
    const before = await formValue(page);
    const block = "１２\t3件\t-1\r\nabc\t0\t—\r\n";
    await page.focus(cellSel("T3.R1.NP"));
    await page.evaluate(
      (sel, text) => {
        const data = new DataTransfer();
        data.setData("text/plain", text);
        document
          .querySelector(sel)
          ?.dispatchEvent(
            new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
          );
      },
      cellSel("T3.R1.NP"),
      block,
    );
    const t3 = ((await formValue(page)) as Report).tables.T3;
    expect([t3.R1.NP, t3.R1.CE, t3.R1.RI]).toEqual([12, 3, null]);
    expect([t3.R2.NP, t3.R2.CE, t3.R2.RI]).toEqual([null, 0, "—"]);
    // the full-width figure and the unit are read, with a visible note at the cell
    expect(await page.$eval(cellSel("T3.R1.NP"), (e) => (e as HTMLInputElement).value)).toBe("12");
    expect(await description(page, cellSel("T3.R1.NP"))).toContain("全角");
    expect(await description(page, cellSel("T3.R1.CE"))).toContain("单位");
    // the negative and the letters are kept as typed and flagged at their cells
    expect(await page.$eval(cellSel("T3.R1.RI"), (e) => (e as HTMLInputElement).value)).toBe("-1");
    expect(await attr(page, cellSel("T3.R1.RI"), "aria-invalid")).toBe("true");
    expect(await description(page, cellSel("T3.R1.RI"))).toContain("负数");
    expect(await attr(page, cellSel("T3.R2.NP"), "aria-invalid")).toBe("true");
    expect(await description(page, cellSel("T3.R2.NP"))).toContain("不是数字");
    expect(await page.$eval("zfxxgk-form .zf-status", (e) => e.textContent)).toContain(
      "2 行 × 3 列",
    );

    await page.keyboard.down("Control");
    await page.keyboard.press("z");
    await page.keyboard.up("Control");
    expect(await formValue(page)).toEqual(before);
    expect(await attr(page, cellSel("T3.R1.RI"), "aria-invalid")).toBeNull();
  });

  it("a block running past the table's edge is entered as far as it fits, and the rest is reported", async () => {
    await fresh();
    await page.evaluate((sel) => {
      const form = document.querySelector("zfxxgk-form");
      form?.pasteBlock(sel, "1\t2\t3");
    }, "T3.R1.OT");
    const t3 = ((await formValue(page)) as Report).tables.T3;
    expect([t3.R1.OT, t3.R1.TOT]).toEqual([1, 2]);
    expect(await page.$eval("zfxxgk-form .zf-status", (e) => e.textContent)).toContain(
      "1 个值超出表格范围",
    );
  });

  it("a broken identity is shown at every cell it names and in the summary, which jumps to the cell", async () => {
    await fresh(seed);
    const r1 = seed.tables.T3.R1.NP as number;
    await typeInto(page, "T3.R1.NP", String(r1 + 1));
    const broken = withCells(seed, { "T3.R1.NP": r1 + 1 });
    const named = validate(broken).diagnostics.filter(
      (d) => d.severity !== "info" && d.code !== "X-08",
    );
    expect(named.map((d) => d.code)).toContain("T3-01");
    for (const d of named)
      for (const id of d.cells) {
        expect(await attr(page, cellSel(id), "aria-invalid"), id).toBe("true");
        expect(await description(page, cellSel(id)), id).toContain(
          d.code === "T3-01" ? "一、本年新收" : "",
        );
      }
    const invalid = await page.$$eval("zfxxgk-form [data-cell][aria-invalid]", (els) =>
      els.map((e) => (e as HTMLElement).dataset.cell),
    );
    expect(new Set(invalid)).toEqual(new Set(named.flatMap((d) => d.cells)));
    // the summary lists the finding; choosing it puts the focus on the cell
    const target = named.find((d) => d.code === "T3-01")?.cells[0] as string;
    await page.focus("body");
    await page.click(`zfxxgk-form .zf-summary [data-jump="${target}"]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe(
      target,
    );
    // mending it clears the marks
    await typeInto(page, "T3.R1.NP", String(r1));
    expect(await page.$$eval("zfxxgk-form [aria-invalid]", (els) => els.length)).toBe(0);
  });

  it("fills totals from their parts on request, shows which, and undoes it", async () => {
    // The seed with every 总计 cell blank: fillTotals (from @zfxxgk/schema) says which it can fill.
    const totalIds = Object.keys(toCells(seed)).filter((id) => /\.(TOT|tot)$|^T3\.T\./.test(id));
    const withoutTotals = withCells(seed, Object.fromEntries(totalIds.map((id) => [id, null])));
    const filledIds = fillTotals(withoutTotals).filled.map((f) => f.id);
    expect(filledIds.length).toBeGreaterThan(10);
    await fresh(withoutTotals);
    await page.click('zfxxgk-form [data-action="fill-totals"]');
    expect(await formValue(page)).toEqual(fillTotals(withoutTotals).report);
    for (const id of filledIds) {
      expect(await page.$eval(cellSel(id), (e) => e.closest("td")?.dataset.state), id).toBe(
        "filled",
      );
      expect(await description(page, cellSel(id)), id).toContain("由分项相加补齐");
    }
    expect(await page.$eval("zfxxgk-form .zf-status", (e) => e.textContent)).toContain(
      `已由分项补齐 ${filledIds.length} 个总计`,
    );
    await page.click('zfxxgk-form [data-action="undo"]');
    expect(await formValue(page)).toEqual(withoutTotals);
  });

  it("blank, 0 and a written dash stay different", async () => {
    await fresh(withBlankTables(seed));
    await typeInto(page, "T3.R1.NP", "0");
    await typeInto(page, "T3.R1.CE", "－");
    await typeInto(page, "T3.R1.RI", "无");
    const t3 = ((await formValue(page)) as Report).tables.T3;
    expect([t3.R1.NP, t3.R1.CE, t3.R1.RI, t3.R1.SW]).toEqual([0, "—", "无", null]);
  });

  it("a blank cell is marked once the clerk leaves it blank, or when asked to mark every blank cell", async () => {
    // three cells that are 0 in the seed, so that blanking them breaks no identity
    const [a, b, c] = Object.entries(toCells(seed))
      .filter(([id, v]) => v === 0 && id.startsWith("T3."))
      .map(([id]) => id) as [string, string, string];
    await fresh(withCells(seed, { [a]: null, [b]: null, [c]: null }));
    const marked = async (id: string) => (await attr(page, cellSel(id), "aria-invalid")) === "true";
    const blanks = () => page.$eval("zfxxgk-form .zf-blanks", (e) => e.textContent ?? "");
    // untouched blank cells are counted in the summary, not marked
    expect(await blanks()).toMatch(/^3 个单元格为空白/);
    for (const id of [a, b, c]) expect(await marked(id), id).toBe(false);
    await page.focus(cellSel(a));
    await page.focus(cellSel(b));
    expect(await marked(a)).toBe(true);
    expect(await description(page, cellSel(a))).toContain("空白");
    expect(await marked(b)).toBe(false); // the clerk is still in it
    expect(await marked(c)).toBe(false);
    await typeInto(page, a, "0");
    await page.focus(cellSel(b));
    expect(await marked(a)).toBe(false);
    await page.click("zfxxgk-form .zf-blanks button");
    expect(await marked(c)).toBe(true);
    expect(await blanks()).toContain("2 个单元格为空白，已在表中标出");
    // and the button takes the clerk to the first blank cell
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe(b);
  });

  it("bad input never breaks the page: each value is read with a note or flagged at its cell", async () => {
    await fresh(withBlankTables(seed));
    const cases: [string, string, unknown, "note" | "error"][] = [
      ["T3.R1.NP", "abc", null, "error"],
      ["T3.R1.CE", "１２", 12, "note"],
      ["T3.R1.RI", "12件", 12, "note"],
      ["T3.R1.SW", "-5", null, "error"],
      ["T3.R1.LS", "99999999999999999999", null, "error"],
      ["T3.R1.OT", "123456789", 123456789, "note"],
      ["T2.fees", "０.５万元", "0.5", "note"],
    ];
    for (const [id, text] of cases) await typeInto(page, id, text);
    await page.focus(cellSel("T3.R2.NP")); // commits the last one
    const cells = toCells(await formValue(page));
    for (const [id, text, value, state] of cases) {
      expect(cells[id], `${id} ${text}`).toEqual(value);
      expect(await description(page, cellSel(id)), id).not.toBe("");
      if (state === "error") {
        expect(await attr(page, cellSel(id), "aria-invalid"), id).toBe("true");
        expect(await page.$eval(cellSel(id), (e) => (e as HTMLInputElement).value)).toBe(text);
      }
    }
    const unreadable = await page.evaluate(
      () => document.querySelector("zfxxgk-form")?.check.unreadable.length,
    );
    expect(unreadable).toBe(3);
    expect(errors).toEqual([]);
  });

  it("keeps a draft: after a reload it offers it, and restores figures and unreadable text", async () => {
    await fresh(seed);
    await typeInto(page, "T3.R1.NP", "999");
    await typeInto(page, "T3.R1.CE", "12a");
    await page.focus(cellSel("T3.R2.NP"));
    const typed = await formValue(page);
    await page.reload(); // at once: leaving the page saves the pending draft
    expect(await page.$eval("zfxxgk-form .zf-draft", (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(toCells(await formValue(page))["T3.R1.NP"]).toBeNull(); // not restored until asked
    await page.click('zfxxgk-form .zf-draft [data-action="restore"]');
    expect(await formValue(page)).toEqual(typed);
    expect(await page.$eval(cellSel("T3.R1.CE"), (e) => (e as HTMLInputElement).value)).toBe("12a");
    expect(await attr(page, cellSel("T3.R1.CE"), "aria-invalid")).toBe("true");
    // discarding removes it
    await page.reload();
    await page.click('zfxxgk-form .zf-draft [data-action="discard"]');
    await page.reload();
    expect(await page.$eval("zfxxgk-form .zf-draft", (e) => (e as HTMLElement).hidden)).toBe(true);
  });

  it("switches language by attribute: labels from the grid, messages and the form's own words", async () => {
    await fresh(withCells(seed, { "T3.R1.NP": (seed.tables.T3.R1.NP as number) + 1 }));
    const cell = editionOf(seed.edition).cells.find((c) => c.id === "T3.R1.NP");
    if (!cell) throw new Error("no T3.R1.NP");
    const leaf = (l: "en" | "zh-Hant") => `${cell.row[0]?.label[l]} · ${cell.column.at(-1)?.[l]}`;

    await page.$eval("zfxxgk-form", (e) => e.setAttribute("locale", "en"));
    expect(await attr(page, cellSel("T3.R1.NP"), "aria-label")).toBe(leaf("en"));
    expect(await page.$eval("zfxxgk-form .zf-summary h2", (e) => e.textContent)).toBe(
      "Check results",
    );
    expect(await description(page, cellSel("T3.R1.NP"))).toMatch(/New applications|Table/i);
    expect(await page.$eval("zfxxgk-form .zf-root", (e) => e.getAttribute("lang"))).toBe("en");

    await page.select("#locale", "zh-Hant");
    expect(await attr(page, cellSel("T3.R1.NP"), "aria-label")).toBe(leaf("zh-Hant"));
    expect(await page.$eval("zfxxgk-form .zf-summary h2", (e) => e.textContent)).toBe("核驗結果");
    // the element's own words from its zh-Hant file (Taiwan terms: 匯入, 復原)
    const toolbar = await page.$$eval("zfxxgk-form .zf-toolbar button", (b) =>
      b.map((e) => e.textContent),
    );
    const { ui } = TEXTS["zh-Hant"];
    expect(toolbar).toEqual([ui.import, ui.export, ui.fillTotals, ui.undo]);
    expect(toolbar).toContain("匯入 JSON");
    // the state survives the redraw
    expect(await attr(page, cellSel("T3.R1.NP"), "aria-invalid")).toBe("true");
    expect(toCells(await formValue(page))["T3.R1.NP"]).toBe((seed.tables.T3.R1.NP as number) + 1);
  });

  it("imports a report file and tells the host through change and validate events", async () => {
    await fresh();
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const form = document.querySelector("zfxxgk-form");
      form?.addEventListener("change", (e) =>
        w.seen.push(`change:${(e as CustomEvent).detail?.value?.meta?.agency}`),
      );
      form?.addEventListener("validate", (e) =>
        w.seen.push(`validate:${(e as CustomEvent).detail?.errorCount}`),
      );
    });
    const file = join(demo.dir, "import.json");
    writeFileSync(file, JSON.stringify(seed));
    const [chooser] = await Promise.all([
      page.waitForFileChooser(),
      page.click('zfxxgk-form [data-action="import"]'),
    ]);
    await chooser.accept([file]);
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.length >= 2);
    expect(await formValue(page)).toEqual(seed);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual([`change:${seed.meta.agency}`, `validate:${validate(seed).errorCount}`]);
    // typing into a cell fires them again; the inner inputs' own change events stay inside
    await typeInto(page, "T3.R1.NP", "5");
    await page.focus(cellSel("T3.R1.CE"));
    const after = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(
      after
        .slice(2)
        .filter((s) => s.startsWith("change:"))
        .every((s) => s === `change:${seed.meta.agency}`),
    ).toBe(true);
    expect(after.length).toBeGreaterThan(2);

    writeFileSync(file, "{ not json");
    const [again] = await Promise.all([
      page.waitForFileChooser(),
      page.click('zfxxgk-form [data-action="import"]'),
    ]);
    await again.accept([file]);
    await page.waitForFunction(() =>
      document.querySelector("zfxxgk-form .zf-status")?.textContent?.includes("无法导入"),
    );
    expect(await formValue(page)).toEqual(withCells(seed, { "T3.R1.NP": 5 }));
  });

  it("read-only: nothing can be typed, pasted or filled, and export still works", async () => {
    await fresh(seed);
    await page.click("#readonly");
    expect(await page.$eval(cellSel("T3.R1.NP"), (e) => (e as HTMLInputElement).readOnly)).toBe(
      true,
    );
    await page.focus(cellSel("T3.R1.NP"));
    await page.keyboard.type("9");
    expect(
      await page.$eval(
        'zfxxgk-form [data-action="fill-totals"]',
        (e) => (e as HTMLButtonElement).disabled,
      ),
    ).toBe(true);
    expect(
      await page.$eval(
        'zfxxgk-form [data-action="export"]',
        (e) => (e as HTMLButtonElement).disabled,
      ),
    ).toBe(false);
    const pasted = await page.evaluate(
      (id) => document.querySelector("zfxxgk-form")?.pasteBlock(id, "1\t2"),
      "T3.R1.NP",
    );
    expect(pasted).toBe(0);
    expect(await formValue(page)).toEqual(seed);
    expect(errors).toEqual([]);
  });
});
