import { parseReport, type Report } from "@zfxxgk/schema";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { loadExamples } from "../../../test/support/examples.js";

export const examples = loadExamples().map((e) => {
  const parsed = parseReport(e.json);
  if (!parsed.ok) throw new Error(`example ${e.name} does not parse`);
  return { name: e.name, report: parsed.report as Report };
});

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
