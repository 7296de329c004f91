// Writes each edition's JSON Schema and the TypeScript types generated from it into dist/.
import { mkdir, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import { EDITIONS, jsonSchemaOf } from "../dist/index.js";

const out = new URL("../dist/", import.meta.url);
await mkdir(out, { recursive: true });
for (const edition of Object.keys(EDITIONS)) {
  const schema = jsonSchemaOf(edition);
  await writeFile(
    new URL(`report-${edition}.schema.json`, out),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  const { $id, ...forTypes } = schema;
  const types = await compile(withoutTitles(forTypes), `Report${edition}`, {
    bannerComment: `/* Generated from report-${edition}.schema.json by json-schema-to-typescript. Do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: false,
    format: false,
  });
  await writeFile(new URL(`report-${edition}.schema.d.ts`, out), types);
}

/** json-schema-to-typescript names types after `title`; the Chinese titles would make poor names. */
function withoutTitles(node) {
  if (Array.isArray(node)) return node.map(withoutTitles);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== "title")
      .map(([k, v]) => [k, withoutTitles(v)]),
  );
}
