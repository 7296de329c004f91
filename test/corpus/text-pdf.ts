import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

/**
 * Published text printed as a PDF, as an office suite prints a `.txt` file: every line of the text
 * set from the left margin and wrapped at the right one (so long table rows run onto the next
 * line, mid-cell), digits set apart by a space's width either side as a Latin face is in Chinese
 * text, untagged, with a bare page number at each page's foot. The face is Noto Sans SC, taken
 * from the slices of @fontsource/noto-sans-sc by their unicode ranges, so traditional characters
 * are drawn too.
 */

const require = createRequire(import.meta.url);
const FONTSOURCE = dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
const A4: [number, number] = [595, 842];
const MARGIN = 50;
const SIZE = 10;
const PITCH = SIZE * 1.5;

/** Each slice's file and the code points it holds, read from the package's CSS. */
const slices: { file: string; ranges: [number, number][] }[] = [];
for (const face of readFileSync(join(FONTSOURCE, "400.css"), "utf8").split("@font-face").slice(1)) {
  const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
  const ranges = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
  if (!file || !ranges) continue;
  slices.push({
    file,
    ranges: ranges.split(",").map((r) => {
      const [from, to] = r.trim().slice(2).split("-");
      return [Number.parseInt(from as string, 16), Number.parseInt(to ?? (from as string), 16)];
    }),
  });
}
const sliceOf = (ch: string) => {
  const c = ch.codePointAt(0) as number;
  return slices.find((s) => s.ranges.some(([a, b]) => c >= a && c <= b))?.file;
};
const bytes = new Map<string, Buffer>();
const fileBytes = (file: string) => {
  const known = bytes.get(file);
  if (known) return known;
  const read = readFileSync(join(FONTSOURCE, "files", file));
  bytes.set(file, read);
  return read;
};

export async function textAsPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = new Map<string, PDFFont>();
  const fontFor = async (ch: string) => {
    const file = sliceOf(ch) ?? sliceOf("0");
    if (!file) throw new Error(`no slice of Noto Sans SC holds ${ch}`);
    const known = fonts.get(file);
    if (known) return known;
    const font = await doc.embedFont(fileBytes(file), { subset: true });
    fonts.set(file, font);
    return font;
  };
  const latin = await fontFor("0");
  const space = latin.widthOfTextAtSize(" ", SIZE);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  let pageNo = 1;
  const footer = () => page.drawText(`${pageNo}`, { x: A4[0] / 2, y: 25, size: 9, font: latin });
  const newLine = () => {
    y -= PITCH;
    if (y < MARGIN) {
      footer();
      page = doc.addPage(A4);
      pageNo++;
      y = A4[1] - MARGIN - PITCH;
    }
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    newLine();
    let x = MARGIN;
    // runs of digits and of other characters; each character drawn in the slice that holds it
    for (const run of line.match(/\d+|\D+/g) ?? []) {
      const digits = /^\d/.test(run);
      const pad = digits ? space : 0;
      for (const piece of digits ? [run] : [...run]) {
        const font = await fontFor(piece[0] as string);
        const w = font.widthOfTextAtSize(piece, SIZE) + 2 * pad;
        if (x + w > A4[0] - MARGIN) {
          newLine();
          x = MARGIN;
        }
        page.drawText(piece, { x: x + pad, y, size: SIZE, font });
        x += w;
      }
    }
  }
  footer();
  return doc.save();
}
