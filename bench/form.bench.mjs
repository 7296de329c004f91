// The fill-in form in Chromium: the time from a keystroke to the finding shown at the cell, on the
// large example and on a 2008–2018 report (seed 003), beside the validator alone in the same page;
// and the size of the browser bundle (the element with @zfxxgk/validate, @zfxxgk/schema and zod
// inside), beside its goal.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { demoFiles } from "@zfxxgk/form/demo";
import { CHROMIUM_ARGS, findChromium } from "@zfxxgk/pdf";
import puppeteer from "puppeteer-core";

const KEYSTROKES = 200;
const FRAME_MS = 16;
const BUNDLE_GOAL_KB = 120;

// ── bundle size ──────────────────────────────────────────────────────────────
const bundleUrl = import.meta.resolve("@zfxxgk/form/browser");
const bundle = readFileSync(new URL(bundleUrl));
const kb = (n) => +(n / 1024).toFixed(1);
const metafile = JSON.parse(readFileSync(new URL("./metafile-iife.json", bundleUrl), "utf8"));
const inputs = Object.values(metafile.outputs)[0].inputs;
const part = (path) =>
  /node_modules[\\/]zod/.test(path)
    ? "zod"
    : /node_modules[\\/]big\.js/.test(path)
      ? "big.js"
      : /validate[\\/](dist|src)[\\/]/.test(path)
        ? "@zfxxgk/validate"
        : /schema[\\/](dist|src)[\\/]/.test(path)
          ? "@zfxxgk/schema"
          : "@zfxxgk/form (element, styles, words)";
const parts = {};
for (const [path, { bytesInOutput }] of Object.entries(inputs))
  parts[part(path)] = (parts[part(path)] ?? 0) + bytesInOutput;
console.log("\nBrowser bundle (dist/browser/zfxxgk-form.js):");
console.table({
  "whole bundle": {
    "KB minified": kb(bundle.length),
    "KB gzip -9": kb(gzipSync(bundle, { level: 9 }).length),
    "KB brotli": kb(brotliCompressSync(bundle).length),
    "goal KB gzip": BUNDLE_GOAL_KB,
  },
  ...Object.fromEntries(
    Object.entries(parts)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => [`  of which ${name}`, { "KB minified": kb(bytes) }]),
  ),
});

// ── keystroke → finding shown ───────────────────────────────────────────────
const report = JSON.parse(
  readFileSync(new URL("../examples/synthetic-city-2024.json", import.meta.url), "utf8"),
);
const old = JSON.parse(
  readFileSync(
    new URL("../examples/transcribed/seed-003-xishan-2018.json", import.meta.url),
    "utf8",
  ),
);
const dir = mkdtempSync(join(tmpdir(), "zfxxgk-form-bench-"));
for (const [name, content] of Object.entries(demoFiles())) writeFileSync(join(dir, name), content);

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ["--headless=new", ...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  await page.evaluate((r) => {
    localStorage.clear();
    const form = document.querySelector("zfxxgk-form");
    form.value = r;
    const w = window;
    w.samples = [];
    let start = 0;
    document.addEventListener(
      "keydown",
      // the first script to see the key
      () => {
        start = performance.now();
      },
      true,
    );
    form.addEventListener("validate", () => {
      const from = start; // read now: the next key may arrive before the frame
      const shown = performance.now(); // the cells and the summary are updated before this event
      requestAnimationFrame(() =>
        setTimeout(
          () => w.samples.push({ shown: shown - from, painted: performance.now() - from }),
          0,
        ),
      );
    });
  }, report);

  /** Types a digit at the end of a cell and takes it back, KEYSTROKES times; the samples. */
  const keystrokes = async (id) => {
    const cell = `[data-cell="${id}"]`;
    await page.evaluate(() => {
      window.samples = [];
    });
    await page.focus(cell);
    await page.$eval(cell, (e) => e.setSelectionRange(e.value.length, e.value.length));
    for (let i = 0; i < KEYSTROKES / 2; i++) {
      await page.keyboard.press("1"); // breaks a sum the cell is in
      const broken = await page.$eval(cell, (e) => e.getAttribute("aria-invalid"));
      await page.keyboard.press("Backspace"); // mends it
      const mended = await page.$eval(cell, (e) => e.getAttribute("aria-invalid"));
      if (broken !== "true" || mended !== null) throw new Error("the finding did not come and go");
    }
    await page.waitForFunction((n) => window.samples.length >= n, {}, KEYSTROKES);
    return page.evaluate(() => window.samples);
  };
  // 一 + 二 = （七）+ 四 of table 三, and the row total
  const samples = await keystrokes("T3.R1.NP");
  // A 2008–2018 report (seed 003, 统计表 and 13 sections of its own): 三（一）收到申请数 (S-01, S-14)
  await page.evaluate((r) => {
    document.querySelector("zfxxgk-form").value = r;
  }, old);
  const oldSamples = await keystrokes("S.3.1");

  // Beside it: the validator alone, in the same page, on the same report.
  const alone = await page.evaluate(
    (n, value) => {
      const { checkReport } = window.ZfxxgkForm;
      const times = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        checkReport(value);
        times.push(performance.now() - t);
      }
      return times;
    },
    KEYSTROKES,
    report,
  );

  // Beside it too: a bare <input> outside the form, keystroke → its input event → next frame, which
  // is what headless Chromium's input pipeline and frame scheduling cost before any of our work.
  await page.evaluate(() => {
    const bare = document.createElement("input");
    bare.id = "bare";
    bare.setAttribute("aria-label", "bare");
    document.body.append(bare);
    const w = window;
    w.bareSamples = [];
    let start = 0;
    document.addEventListener(
      "keydown",
      () => {
        start = performance.now();
      },
      true,
    );
    bare.addEventListener("input", () => {
      const from = start;
      const shown = performance.now();
      requestAnimationFrame(() =>
        setTimeout(
          () => w.bareSamples.push({ shown: shown - from, painted: performance.now() - from }),
          0,
        ),
      );
    });
  });
  await page.focus("#bare");
  for (let i = 0; i < KEYSTROKES / 2; i++) {
    await page.keyboard.press("1");
    await page.keyboard.press("Backspace");
  }
  await page.waitForFunction((n) => window.bareSamples.length >= n, {}, KEYSTROKES);
  const bare = await page.evaluate(() => window.bareSamples);

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
    return {
      "median ms": +at(0.5).toFixed(2),
      "p95 ms": +at(0.95).toFixed(2),
      "max ms": +at(1).toFixed(2),
    };
  };
  console.log(
    `\nKeystroke → finding shown, ${KEYSTROKES} keystrokes on examples/synthetic-city-2024.json (goal < ${FRAME_MS} ms):`,
  );
  console.table({
    "validator alone in the page (checkReport)": stats(alone),
    "bare <input>: keystroke → input event": stats(bare.map((s) => s.shown)),
    "form: keystroke → finding at the cell and in the summary": stats(samples.map((s) => s.shown)),
    "form, 2008–2018 report (seed 003): the same": stats(oldSamples.map((s) => s.shown)),
    "bare <input>: keystroke → next frame": stats(bare.map((s) => s.painted)),
    "form: keystroke → next frame": stats(samples.map((s) => s.painted)),
    "form, 2008–2018 report: keystroke → next frame": stats(oldSamples.map((s) => s.painted)),
  });
} finally {
  await browser.close();
}
