import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { emptyReport, JSON_SCHEMA_IDS, jsonSchemaOf } from "@zfxxgk/schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: the tests break documents on purpose
type Doc = any;

const require = createRequire(import.meta.url);
const published = JSON.parse(
  await readFile(require.resolve("@zfxxgk/schema/schema/2021.json"), "utf8"),
);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const check = ajv.compile(published);

const errorsOf = (doc: unknown) => {
  expect(check(doc)).toBe(false);
  return (check.errors ?? []).map((e) => e.instancePath);
};

describe("the published JSON Schema (draft 2020-12)", () => {
  it("is the schema generated from the zod model, guarded by a file snapshot", async () => {
    const generated = jsonSchemaOf("2021");
    expect(published).toEqual(generated);
    await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot(
      "./__snapshots__/report-2021.schema.json",
    );
  });

  it("names its edition in a stable $id", () => {
    expect(published.$id).toBe(JSON_SCHEMA_IDS["2021"]);
    expect(published.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts a valid report", () => {
    expect(check(emptyReport({ agency: "某局", year: 2024 })), ajv.errorsText(check.errors)).toBe(
      true,
    );
  });

  const broken = (edit: (r: Doc) => void) => {
    const report = structuredClone(emptyReport({ agency: "某局", year: 2024 })) as Doc;
    edit(report);
    return report;
  };

  it.each([
    [
      "3.5 applications",
      (r: Doc) => {
        r.tables.T3.R1.NP = 3.5;
      },
      "/tables/T3/R1/NP",
    ],
    [
      "a negative count",
      (r: Doc) => {
        r.tables.T4.RV.pend = -1;
      },
      "/tables/T4/RV/pend",
    ],
    [
      "a fee with a unit",
      (r: Doc) => {
        r.tables.T2.fees = "251000元";
      },
      "/tables/T2/fees",
    ],
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
      "a missing section",
      (r: Doc) => {
        delete r.sections.problems;
      },
      "/sections",
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
});
