import type { Page } from "puppeteer-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../../../../test/support/axe.js";
import { browserAvailable, useBrowserPage } from "../../../../test/support/browser.js";
import {
  cellSel,
  example,
  setFormValue,
  typeInto,
  withCells,
  writeDemo,
} from "../support/demo-page.js";

const available = browserAvailable();
const seed = example("seed-000");

describe.skipIf(!available)("<zfxxgk-form>: axe-core in Chromium", () => {
  let page: Page;
  let url: string;
  useBrowserPage(async (p) => {
    page = p;
  });
  beforeAll(async () => {
    url = writeDemo(seed).url;
  });

  const violations = () => axeViolations(page);
  const open = async (setup: (p: Page) => Promise<void> = async () => {}) => {
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(url);
    await setup(page);
  };

  it("a blank form: no violation at all", async () => {
    await open();
    expect(await violations()).toEqual([]);
  });

  it("with findings at cells, notes, unreadable text and the draft offer: no violation", async () => {
    await open(async (p) => {
      await setFormValue(p, withCells(seed, { "T3.R1.NP": 999 }));
      await typeInto(p, "T3.R1.CE", "１２件");
      await typeInto(p, "T3.R1.RI", "abc");
      await p.focus(cellSel("T3.R2.NP"));
      await new Promise((r) => setTimeout(r, 500));
      await p.reload(); // the draft offer is on screen
    });
    await setFormValue(page, withCells(seed, { "T3.R1.NP": 999, "T3.R1.RI": "x" }));
    expect(await page.$$eval("zfxxgk-form [aria-invalid]", (els) => els.length)).toBeGreaterThan(1);
    expect(await page.$eval("zfxxgk-form .zf-draft", (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(await violations()).toEqual([]);
  });

  it.each(["en", "zh-Hant"])("in %s, read-only: no violation", async (locale) => {
    await open(async (p) => {
      await setFormValue(p, seed);
      await p.$eval("zfxxgk-form", (e, l) => e.setAttribute("locale", l), locale);
      await p.click("#readonly");
    });
    expect(await violations()).toEqual([]);
  });

  it("the check can fail: an input whose label is removed is reported", async () => {
    await open();
    await page.$eval(cellSel("T3.R1.NP"), (e) => e.removeAttribute("aria-label"));
    expect((await violations()).map((v) => v.id)).toContain("label");
  });

  it("every cell can be reached with the keyboard alone, and focus is visible", async () => {
    await open();
    await page.focus(cellSel("T2.regulations.issued"));
    const outline = await page.$eval(cellSel("T2.regulations.issued"), (e) => {
      const style = getComputedStyle(e);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline.style).toBe("solid");
    expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    const total = await page.$$eval("zfxxgk-form [data-cell]", (els) => els.length);
    for (let i = 0; i < total + 40 && seen.size < total; i++) {
      const id = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.cell,
      );
      if (id) seen.add(id);
      await page.keyboard.press("Tab");
    }
    expect(seen.size).toBe(total);
  });
});
