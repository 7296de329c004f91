type Schema = Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

const json = (value: unknown) =>
  `<details><summary>schema</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;

/**
 * A readable page of the OpenAPI document that needs nothing from outside: no script, no CDN, styles inline.
 * Every text from the document is escaped.
 */
export function docsPage(document: Schema): string {
  const info = document.info as { title: string; version: string; description?: string };
  const paths = document.paths as Record<string, Record<string, Schema>>;
  const components = (document.components as { schemas: Record<string, unknown> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const parameters = (op.parameters ?? []) as Schema[];
      const body = (op.requestBody as { content: Record<string, { schema: unknown }> } | undefined)
        ?.content;
      const responses = op.responses as Record<
        string,
        { description: string; content?: Record<string, { schema: unknown }> }
      >;
      return `<section id="${escapeHtml(String(op.operationId))}">
<h2><span class="method">${escapeHtml(method.toUpperCase())}</span> ${code(path)}</h2>
<p><strong>${escapeHtml(String(op.summary ?? ""))}</strong></p>
${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ""}
${
  parameters.length
    ? `<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>schema</th><th>description</th></tr>${parameters
        .map(
          (p) =>
            `<tr><td>${code(String(p.name))}</td><td>${escapeHtml(String(p.in))}</td><td>${code(JSON.stringify(p.schema))}</td><td>${escapeHtml(String(p.description ?? ""))}</td></tr>`,
        )
        .join("")}</table>`
    : ""
}
${
  body
    ? `<h3>Request body</h3>${Object.entries(body)
        .map(([type, { schema }]) => `<p>${code(type)}</p>${json(schema)}`)
        .join("")}`
    : ""
}
<h3>Responses</h3><table><tr><th>status</th><th>content</th><th>description</th></tr>${Object.entries(
        responses,
      )
        .map(
          ([status, r]) =>
            `<tr><td>${escapeHtml(status)}</td><td>${Object.keys(r.content ?? {})
              .map(code)
              .join(" ")}</td><td>${escapeHtml(r.description)}</td></tr>`,
        )
        .join("")}</table>
</section>`;
    }),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title>
<style>
body{font:15px/1.5 system-ui,"Noto Sans SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-top:1px solid #ccc;padding-top:1rem;font-size:1.2rem}.method{background:#234;color:#fff;padding:0 .4rem;border-radius:3px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:30rem}code{background:#f3f3f3}
</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description ?? "")}</p>
<p>The machine-readable document: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${Object.entries(paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, op]) =>
          `<li><a href="#${escapeHtml(String(op.operationId))}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a> — ${escapeHtml(String(op.summary ?? ""))}</li>`,
      ),
    )
    .join("")}</ul></nav>
${operations.join("\n")}
<h2>Schemas</h2>
${Object.entries(components)
  .map(
    ([name, schema]) =>
      `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${json(schema)}`,
  )
  .join("\n")}
</body></html>
`;
}
