/** A plain portal page with its own styles, the fragment placed inside its main column. */
export function hostPage(fragment: string, extraHead = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host portal</title>
<style>
body { font-family: sans-serif; font-size: 13px; margin: 0; color: #222; }
.portal-nav { background: #2d5d8a; color: #fff; padding: 8px 16px; }
main { max-width: 900px; margin: 0 auto; padding: 16px; }
.host-note { font-size: 13px; line-height: 20px; }
.host-table td { border: 1px solid #999; padding: 2px; }
</style>
${extraHead}
</head>
<body>
<nav class="portal-nav">某市人民政府门户网站 · 政府信息公开</nav>
<main>
<p class="host-note" id="host-before">Host paragraph before the report.</p>
<table class="host-table" id="host-table"><tbody><tr><td>host</td><td>table</td></tr></tbody></table>
${fragment}
<p class="host-note" id="host-after">Host paragraph after the report.</p>
</main>
</body>
</html>`;
}
