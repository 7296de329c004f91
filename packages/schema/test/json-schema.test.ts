import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { EDITIONS, type Edition, emptyReport, JSON_SCHEMA_IDS, jsonSchemaOf } from "@zfxxgk/schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: the tests break documents on purpose
type Doc = any;

const require = createRequire(import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);

describe.each(Object.keys(EDITIONS) as Edition[])(
  "the published JSON Schema of edition %s (draft 2020-12)",
  (edition) => {
    const published = JSON.parse(
      readFileSync(require.resolve(`@zfxxgk/schema/schema/${edition}.json`), "utf8"),
    );
    const check = ajv.compile(published);
    const errorsOf = (doc: unknown) => {
      expect(check(doc)).toBe(false);
      return (check.errors ?? []).map((e) => e.instancePath);
    };
    const year = EDITIONS[edition].years.from;

    it("is the schema generated from the zod model, guarded by a file snapshot", async () => {
      const generated = jsonSchemaOf(edition);
      expect(published).toEqual(generated);
      await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot(
        `./__snapshots__/report-${edition}.schema.json`,
      );
    });

    it("names its edition in a stable $id", () => {
      expect(published.$id).toBe(JSON_SCHEMA_IDS[edition]);
      expect(published.$id).toBe(`urn:zfxxgk:schema:report:${edition}`);
      expect(published.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    });

    it("accepts a valid report", () => {
      const report = emptyReport({ agency: "某局", year, edition });
      expect(check(report), ajv.errorsText(check.errors)).toBe(true);
    });

    const broken = (edit: (r: Doc) => void) => {
      const report = structuredClone(emptyReport({ agency: "某局", year, edition })) as Doc;
      edit(report);
      return report;
    };

    // A cell of table 二 of this edition, of each kind the edition uses.
    const t2 = EDITIONS[edition].cells.filter((c) => c.table.id === "T2");
    const firstOf = (kind: string) => t2.find((c) => c.kind === kind);
    const setAt = (r: Doc, path: readonly string[], value: unknown) => {
      let node = r;
      for (const key of path.slice(0, -1)) node = node[key];
      node[path.at(-1) as string] = value;
    };
    const kindCases = (["count", "signed", "amount", "money"] as const).flatMap((kind) => {
      const cell = firstOf(kind);
      if (!cell) return [];
      const bad = { count: -1, signed: 1.5, amount: "251000元", money: "12 元" }[kind];
      return [
        [
          `a bad ${kind} cell (${JSON.stringify(bad)})`,
          (r: Doc) => setAt(r, cell.path, bad),
          cell.pointer,
        ] as const,
      ];
    });
    it.each(kindCases)("rejects %s at the right instancePath", (_, edit, path) => {
      expect(errorsOf(broken(edit))).toContain(path);
    });

    // Two count cells of the edition's own tables, and the part of the body its grid requires.
    const counts = EDITIONS[edition].cells.filter((c) => c.kind === "count");
    const [fractional, negative] = [counts[0], counts.at(-1)];
    const [section] = EDITIONS[edition].grid.sections.slice(-1);
    type Case = readonly [string, (r: Doc) => void, string | undefined];
    const missingBody: Case = section
      ? ([
          `a missing section (${section.key})`,
          (r: Doc) => {
            delete r.sections[section.key];
          },
          "/sections",
        ] as const)
      : ([
          "a missing body",
          (r: Doc) => {
            delete r.body;
          },
          "",
        ] as const);
    it.each<Case>([
      [
        `3.5 in a count cell (${fractional?.id})`,
        (r: Doc) => setAt(r, fractional?.path ?? [], 3.5),
        fractional?.pointer,
      ],
      [
        `a negative count (${negative?.id})`,
        (r: Doc) => setAt(r, negative?.path ?? [], -1),
        negative?.pointer,
      ],
      missingBody,
      [
        "a wrong type",
        (r: Doc) => {
          r.meta.year = "2024";
        },
        "/meta/year",
      ],
      [
        "an unknown edition",
        (r: Doc) => {
          r.edition = "2030";
        },
        "/edition",
      ],
      [
        "a bad date",
        (r: Doc) => {
          r.meta.publishedOn = "2024-02-30";
        },
        "/meta/publishedOn",
      ],
    ])("rejects %s at the right instancePath", (_, edit, path) => {
      expect(errorsOf(broken(edit))).toContain(path);
    });
  },
);
