import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type {} from "@zfxxgk/form";
import { demoFiles } from "@zfxxgk/form/demo";
import { editionOf, emptyReport, type Report, toCells, writeCell } from "@zfxxgk/schema";
import type { Page } from "puppeteer-core";
import { loadExamples } from "../../../../test/support/examples.js";

/** Writes the demo page (as `zfxxgk form -o` does) into a fresh folder; returns its file:// URL. */
export function writeDemo(example?: Report): { url: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-form-"));
  for (const [name, content] of Object.entries(demoFiles(example ? { example } : {})))
    writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, "downloads"));
  return { url: pathToFileURL(join(dir, "index.html")).href, dir };
}

export function example(prefix: string): Report {
  const found = loadExamples().find((e) => e.name.startsWith(prefix));
  if (!found) throw new Error(`no example ${prefix}`);
  return found.json as Report;
}

/** The report with every table cell blank, the rest (metadata, text) kept. */
export function withBlankTables(report: Report): Report {
  const blank = structuredClone(report);
  blank.tables = emptyReport({
    agency: "x",
    year: report.meta.year,
    edition: report.edition,
  }).tables;
  return blank;
}

export function withCells(report: Report, values: Record<string, unknown>): Report {
  const next = structuredClone(report);
  const cells = new Map(editionOf(report.edition).cells.map((c) => [c.id, c]));
  for (const [id, value] of Object.entries(values)) {
    const cell = cells.get(id);
    if (!cell) throw new Error(`no cell ${id}`);
    writeCell(next, cell, value);
  }
  return next;
}

export { toCells };

// ── page helpers ──────────────────────────────────────────────────────────

export const cellSel = (id: string) => `zfxxgk-form [data-cell="${id}"]`;

export async function formValue(page: Page): Promise<Report> {
  return page.evaluate(() => document.querySelector("zfxxgk-form")?.value as Report);
}

export async function setFormValue(page: Page, report: Report): Promise<void> {
  await page.evaluate((r) => {
    const form = document.querySelector("zfxxgk-form");
    if (form) form.value = r;
  }, report);
}

/** Replaces a cell's text by typing, as a clerk does: focus, select all, type. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await page.focus(cellSel(id));
  await page.evaluate(
    (sel) => document.querySelector<HTMLInputElement>(sel)?.select(),
    cellSel(id),
  );
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
}

export async function attr(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, n) => el.getAttribute(n), name);
}

/** The text of the elements an element's aria-describedby names. */
export async function description(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join("\n"),
  );
}
