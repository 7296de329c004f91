import { readFileSync } from "node:fs";
import { bilingual, LOCALES } from "@zfxxgk/schema";
import type { DemoTexts } from "./messages/types.js";
import { DEMO_TEXTS as WORDS } from "./messages.js";

export interface DemoOptions {
  /** A report offered by the page's "load the example" button (object or JSON text). */
  readonly example?: unknown;
  /** Page title; defaults to a bilingual one. */
  readonly title?: string;
}

/** File name → content of the demo page: it works from `file://`, with no server and no network. */
export type DemoFiles = Readonly<Record<string, string>>;

const DEMO_SCRIPT = `// The demo page's controls: language, read-only, example, and the host-page events.
const form = document.querySelector("zfxxgk-form");
document.getElementById("locale").addEventListener("change", (e) => { form.locale = e.target.value; });
document.getElementById("readonly").addEventListener("change", (e) => { form.readOnly = e.target.checked; });
const example = document.getElementById("example-report");
const load = document.getElementById("load-example");
if (example) load.addEventListener("click", () => { form.value = example.textContent; });
else load.hidden = true;
const out = document.getElementById("host-events");
form.addEventListener("validate", (e) => {
  out.textContent = "validate: " + e.detail.errorCount + " / " + e.detail.warningCount + " / " + e.detail.infoCount;
});
`;

/** A control's label as the page shows it: zh-Hans, then en (「中文 English」). */
const label = (word: keyof DemoTexts, between = " ") =>
  bilingual({ "zh-Hans": WORDS["zh-Hans"][word], en: WORDS.en[word] }, between);

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"]/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string,
  );

/** The demo page and its assets: `index.html`, `zfxxgk-form.js` (the element with its validator), `demo.js`. */
export function demoFiles(options: DemoOptions = {}): DemoFiles {
  const bundle = readFileSync(new URL("./browser/zfxxgk-form.js", import.meta.url), "utf8");
  const title = options.title ?? label("title", " · ");
  const languages = LOCALES.map(
    (l) => `<option value="${l}">${escapeHtml(WORDS[l].languageName)}</option>`,
  ).join("");
  const example =
    options.example === undefined
      ? ""
      : `<script type="application/json" id="example-report">${(
          typeof options.example === "string"
            ? JSON.stringify(JSON.parse(options.example))
            : JSON.stringify(options.example)
        ).replaceAll("<", "\\u003c")}</script>\n`;
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif; color: #1b1b1b; }
header, main { padding: 0 1rem; }
header { border-bottom: 1px solid #767676; }
h1 { font-size: 1.3rem; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.controls button, .controls select { font: inherit; }
#host-events { color: #4d4d4d; }
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="controls">
<label>${escapeHtml(label("language"))} <select id="locale">${languages}</select></label>
<label><input type="checkbox" id="readonly"> ${escapeHtml(label("readOnly"))}</label>
<button type="button" id="load-example">${escapeHtml(label("loadExample"))}</button>
<output id="host-events" aria-live="off"></output>
</p>
</header>
<main>
<zfxxgk-form draft-key="demo"></zfxxgk-form>
</main>
${example}<script src="zfxxgk-form.js"></script>
<script src="demo.js"></script>
</body>
</html>
`;
  return { "index.html": html, "zfxxgk-form.js": bundle, "demo.js": DEMO_SCRIPT };
}
