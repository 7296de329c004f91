// Writes PNGs of the fill-in form's demo page into screenshots/form/ at the repository root, for a
// person to look at (not compared by any test): blank, with findings at cells, after filling
// totals, in English and traditional Chinese, read-only, and a 2008–2018 report. CJK text uses the open-licence fonts
// the PDF package installs, added to the screenshot page only.
// Usage: npm run screenshots -w packages/form (after npm run build)
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { demoFiles } from "@zfxxgk/form/demo";
import { CHROMIUM_ARGS, findChromium } from "@zfxxgk/pdf";
import puppeteer from "puppeteer-core";

const repo = new URL("../../../", import.meta.url);
const outDir = fileURLToPath(new URL("screenshots/form/", repo));
mkdirSync(outDir, { recursive: true });
const report = JSON.parse(readFileSync(new URL("examples/synthetic-city-2024.json", repo), "utf8"));

const require = createRequire(fileURLToPath(new URL("packages/pdf/package.json", repo)));
const fonts = ["@fontsource/noto-sans-sc/400.css"].flatMap((css) => {
  try {
    return [pathToFileURL(require.resolve(css)).href];
  } catch {
    console.warn(`font stylesheet ${css} not installed; CJK text may show as boxes`);
    return [];
  }
});

const dir = mkdtempSync(join(tmpdir(), "zfxxgk-form-shots-"));
for (const [name, content] of Object.entries(demoFiles({ example: report })))
  writeFileSync(join(dir, name), content);

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ["--headless=new", ...CHROMIUM_ARGS],
});
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 1000 });
const open = async () => {
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  for (const href of fonts) await page.addStyleTag({ url: href });
  await page.addStyleTag({
    content: "zfxxgk-form, body { font-family: 'Noto Sans SC', sans-serif; }",
  });
  await page.evaluate(() => document.fonts.ready);
};
const shot = async (name, selector = "body") => {
  const el = await page.$(selector);
  await el.screenshot({ path: join(outDir, `${name}.png`) });
  console.log(join(outDir, `${name}.png`));
};
const type = async (id, text) => {
  const sel = `[data-cell="${id}"]`;
  await page.focus(sel);
  await page.$eval(sel, (e) => e.select());
  await page.keyboard.type(text);
};

await open();
await page.screenshot({ path: join(outDir, "blank.png") });
console.log(join(outDir, "blank.png"));

await page.click("#load-example");
await type("T3.R1.NP", String(report.tables.T3.R1.NP + 5));
await type("T3.R1.CE", "１２件");
await type("T3.R2.NP", "abc");
await page.focus('[data-cell="T3.R1.NP"]');
await shot("findings-summary", "zfxxgk-form .zf-summary");
await shot("findings-table-3", 'zfxxgk-form table[data-table="T3"]');

await page.click("#load-example");
for (const id of ["T3.R1.TOT", "T3.T.NP", "T3.T.TOT", "T4.RV.tot"]) await type(id, "");
await page.click('zfxxgk-form [data-action="fill-totals"]');
await shot("filled-totals", 'zfxxgk-form table[data-table="T3"]');

await page.select("#locale", "en");
await shot("english-table-3", 'zfxxgk-form table[data-table="T3"]');
await page.select("#locale", "zh-Hant");
await page.click("#readonly");
await page.screenshot({ path: join(outDir, "traditional-read-only.png") });
console.log(join(outDir, "traditional-read-only.png"));

// A 2008–2018 report (seed 003) with a local row and an extra column, and a broken sum (S-01).
const old = JSON.parse(
  readFileSync(new URL("examples/transcribed/seed-003-xishan-2018.json", repo), "utf8"),
);
old.statistics.columns.push("其中：乡镇街道");
old.statistics.rows.splice(10, 0, {
  label: "6.政务客户端公开政府信息数",
  unit: "条",
  values: [7, "—"],
});
await open();
await page.evaluate((r) => {
  document.querySelector("zfxxgk-form").value = r;
}, old);
await type("S.3.1", "5");
await shot("edition-2007-statistics", 'zfxxgk-form table[data-table="S"]');
await shot("edition-2007-section", "zfxxgk-form .zf-body:nth-of-type(5)");
await browser.close();
