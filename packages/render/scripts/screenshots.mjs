// Writes PNGs of every example (whole document, and the fragment inside a plain host page) into
// screenshots/ at the repository root, for a person to look at. No CJK system fonts are assumed:
// the open-licence fonts are loaded through local @font-face rules added to the screenshot page only.
// Usage: npm run screenshots -w packages/render [-- name-filter]
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { renderHtml } from "@zfxxgk/render";
import { emptyReport, parseReport } from "@zfxxgk/schema";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const repo = new URL("../../../", import.meta.url);
const outDir = new URL("screenshots/", repo);
const only = process.argv[2];

const chromium = [
  process.env.ZFXXGK_CHROMIUM,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].find((p) => p && existsSync(p));
if (!chromium) {
  console.error("no Chromium found (apt-get install chromium, or set ZFXXGK_CHROMIUM)");
  process.exit(1);
}

const fontLinks = [
  "@fontsource/noto-serif-sc/400.css",
  "@fontsource/noto-serif-sc/700.css",
  "@fontsource/noto-sans-sc/400.css",
  "lxgw-wenkai-webfont/lxgwwenkai-regular.css",
]
  .flatMap((css) => {
    try {
      return [`<link rel="stylesheet" href="${pathToFileURL(require.resolve(css)).href}">`];
    } catch {
      console.warn(`font stylesheet ${css} not installed; CJK text may show as boxes`);
      return [];
    }
  })
  .join("\n");

const hostPage = (fragment) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host portal</title>
${fontLinks}
<style>
body { font-family: "Noto Sans SC", sans-serif; font-size: 13px; margin: 0; color: #222; background: #eef1f4; }
nav { background: #2d5d8a; color: #fff; padding: 10px 24px; font-size: 15px; }
main { max-width: 880px; margin: 16px auto; padding: 24px; background: #fff; }
aside { color: #666; font-size: 12px; margin-bottom: 12px; }
</style></head>
<body><nav>Host portal · 政府信息公开专栏</nav>
<main><aside>Host page text before the embedded report.</aside>
${fragment}
<aside>Host page text after the embedded report.</aside></main></body></html>`;

async function reports() {
  const dir = new URL("examples/", repo);
  const files = existsSync(dir)
    ? (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()
    : [];
  const list = [];
  for (const file of files) {
    const parsed = parseReport(JSON.parse(await readFile(new URL(file, dir), "utf8")));
    if (parsed.ok) list.push([file.replace(/\.json$/, ""), parsed.report]);
    else console.warn(`examples/${file} does not parse; skipped`);
  }
  if (list.length === 0) list.push(["empty", emptyReport({ agency: "某县人民政府", year: 2024 })]);
  return list.filter(([name]) => !only || name.includes(only));
}

await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--allow-file-access-from-files",
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1200 });
  for (const [name, report] of await reports()) {
    const shots = {
      [`${name}.png`]: renderHtml(report).replace("</head>", `${fontLinks}\n</head>`),
      [`${name}-zh-Hant.png`]: renderHtml(report, { locale: "zh-Hant" }).replace(
        "</head>",
        `${fontLinks}\n</head>`,
      ),
      [`${name}-fragment.png`]: hostPage(renderHtml(report, { fragment: true })),
    };
    for (const [png, html] of Object.entries(shots)) {
      const file = new URL(png.replace(/\.png$/, ".html"), outDir);
      await writeFile(file, html);
      await page.goto(file.href, { waitUntil: "networkidle0" });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: new URL(png, outDir).pathname, fullPage: true });
      console.log(`screenshots/${png}`);
    }
  }
} finally {
  await browser.close();
}
