import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocxError, renderDocx } from "@zfxxgk/docx";
import {
  type CellKind,
  editionIds,
  editionOf,
  emptyReport,
  parseReport,
  type Report,
  writeCell,
} from "@zfxxgk/schema";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { EXAMPLES_DIR, loadExamples } from "../../../test/support/examples.js";

const checked = (name: string, json: unknown) => {
  const parsed = parseReport(json);
  if (!parsed.ok) throw new Error(`example ${name} does not parse`);
  return { name, report: parsed.report as Report };
};

/**
 * A report of each registered edition with every cell filled: both signs of a change, amounts,
 * money; `digits` sets how wide every figure is (five: the widest a value column must hold whole).
 */
export function everyCellFilled(edition: (typeof editionIds)[number], digits?: number) {
  const spec = editionOf(edition);
  const report = emptyReport({ agency: "某市人民政府办公室", year: spec.years.from, edition });
  spec.cells.forEach((cell, i) => {
    const n = digits === undefined ? i * 7 : 10 ** (digits - 1) + i * 7;
    const value: Record<CellKind, unknown> = {
      count: n,
      signed: i % 2 ? -n : n,
      amount: digits === undefined ? "0.020" : String(n),
      money: `${digits === undefined ? 251000 : n}元`,
    };
    writeCell(report, cell, value[cell.kind]);
  });
  return checked(
    digits === undefined
      ? `every cell filled, edition ${edition}`
      : `every cell ${digits} digits, edition ${edition}`,
    report,
  );
}

/** The region's body still in the 2019 layout: a real example of the older edition. */
const OLDER_LAYOUT = join(EXAMPLES_DIR, "region/bodies/14-stone-bridge-town.json");

/**
 * Every bundled example (the transcribed ones too: the 2008–2018 report with its statistics table
 * among them), the region's 2019-layout body, and a report of each registered edition
 * with every cell filled (so an edition added to the registry is exported and read back here).
 */
const all = [
  ...loadExamples().map((e) => checked(e.name, e.json)),
  checked("region-14-stone-bridge-town", JSON.parse(readFileSync(OLDER_LAYOUT, "utf8"))),
  ...editionIds.map((edition) => everyCellFilled(edition)),
];

/**
 * The report as a Word document (default options), or undefined when the Word writer cannot draw
 * it: a report with a part it cannot draw is refused with `unsupported-shape`, left out here, said
 * aloud.
 */
async function writable({ name, report }: { name: string; report: Report }) {
  try {
    return await renderDocx(report);
  } catch (error) {
    if (!(error instanceof DocxError) || error.code !== "unsupported-shape") throw error;
    console.warn(`known gap (#14): the Word writer refuses ${name}: ${error.en}`);
    return undefined;
  }
}

const rendered = await Promise.all(all.map(writable));
/** The editions Word export and import cover: every registered edition. */
export const wordEditions = editionIds;
/** The examples the Word writer draws, each with its document, rendered once for all the tests. */
export const examples = all.flatMap((example, i) => {
  const docx = rendered[i];
  return docx ? [{ ...example, docx }] : [];
});
/** The reports the Word writer refuses (each must be refused, never half drawn). */
export const refused = all.filter((_, i) => !rendered[i]);

export const part = (docx: Uint8Array, name: string): string => {
  const bytes = unzipSync(docx)[name];
  if (!bytes) throw new Error(`no ${name} in the package`);
  return strFromU8(bytes);
};

/** The package with one part's text changed, as an office suite would save it. */
export function withPart(
  docx: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Uint8Array {
  const parts = unzipSync(docx);
  parts[name] = strToU8(edit(strFromU8(parts[name] ?? new Uint8Array())));
  return zipSync(parts);
}

/** Date and time of every entry in the zip's central directory, as `YYYY-MM-DD hh:mm:ss`. */
export function zipEntryDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const time = view.getUint16(i + 12, true);
    const date = view.getUint16(i + 14, true);
    const pad = (n: number) => String(n).padStart(2, "0");
    dates.push(
      `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ` +
        `${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
    );
    i += 45;
  }
  return dates;
}
