import {
  appendixView,
  CONTACT_KEYS,
  chineseDate,
  RenderInputError,
  scriptText,
  UI_TEXT,
} from "@zfxxgk/render";
import {
  editionOf,
  isEdition,
  type Locale,
  parseReport,
  type Report,
  type TableGrid,
} from "@zfxxgk/schema";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { appendixBlocks } from "./appendix.js";
import { DocxError, docxError } from "./errors.js";
import { metaProperties } from "./meta-properties.js";
import { type Block, type NumberedPart, reportParts, unsupported } from "./report-parts.js";
import { reproducible } from "./reproducible.js";
import { wordTable } from "./tables.js";
import { DATE_FIELD } from "./template-fields.js";
import { type Typography, typography, type WordFont } from "./typography.js";

export interface DocxOptions {
  /** `zh-Hant`: labels from the grid's zh-Hant names, text converted as @zfxxgk/render does. */
  readonly locale?: Exclude<Locale, "en">;
}

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number) => Math.round(pt * 2);
const fontOf = (f: WordFont) => ({ eastAsia: f.name, ascii: f.name, hAnsi: f.name });
/** Two characters of body text, the first-line indent of GB/T 9704. */
const indent = (type: Typography) => Math.round(type.size.body * 2 * 20);

/**
 * The report as a Word document in the official layout of its edition: A4 with the margins and
 * type of GB/T 9704 (as the HTML of @zfxxgk/render), every table drawn from the edition's grid
 * with its merged cells and repeated header rows, "— 1 —" page numbers on the outer side.
 * The same report and options give the same bytes.
 * @throws DocxError when the report is not a valid report.
 */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const checked = parseReport(report);
  if (!checked.ok) {
    const first = checked.diagnostics[0];
    throw new DocxError("invalid-report", docxError("invalidReport", { first }));
  }
  return wordDocument(checked.report, options, false);
}

/**
 * The official template to fill in Word or WPS: the title of the body and year, every section
 * heading, every table with empty cells, and the contact block and date to complete.
 */
export async function renderDocxTemplate(
  report: Report,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  return wordDocument(report, options, true);
}

async function wordDocument(
  report: Report,
  { locale = "zh-Hans" }: DocxOptions,
  template: boolean,
): Promise<Uint8Array> {
  if (!isEdition(report.edition))
    throw new DocxError(
      "unknown-edition",
      docxError("unknownEdition", { edition: report.edition }),
    );
  const type = typography();
  const t = scriptText(locale);
  const { grid } = editionOf(report.edition);
  const meta = report.meta;
  const title = t(meta.title ?? `${meta.agency}${meta.year}${UI_TEXT.titleSuffix}`);

  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
  ];
  const appendix = appendixOf(report, locale, t, template);
  const parts = reportParts(report, appendix ? [APPENDIX_FIELD] : []);
  const heading = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const narrative = (blocks: readonly Block[]) => {
    for (const b of blocks)
      body.push(
        b.type === "heading"
          ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t(b.text))] })
          : new Paragraph({ children: [new TextRun(t(b.text))] }),
      );
  };
  const table = (grid: TableGrid) => {
    body.push(wordTable(grid, template ? undefined : report, { locale, text: t, type }));
    body.push(new Paragraph({ children: [] }));
  };
  narrative(parts.preamble);
  for (const section of grid.sections) {
    body.push(heading(section.heading[locale]));
    const placed = section.table && grid.tables.find((g) => g.id === section.table);
    if (placed) table(placed);
    narrative(parts.sections[section.key] ?? []);
  }
  for (const part of parts.body) {
    body.push(heading(t(numberedHeading(part))));
    narrative(part.blocks);
  }
  // other tables no section of the edition places follow the text under their title (the
  // appendix's table is left out when it has nothing to print, as in the HTML)
  const appendixTable = (appendix ?? appendixOf(report, locale, t, true))?.tableId;
  const unplacedTables = grid.tables.filter(
    (g) => g.id !== appendixTable && !grid.sections.some((s) => s.table === g.id),
  );
  for (const unplaced of unplacedTables) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun(unplaced.title[locale])],
      }),
    );
    table(unplaced);
  }
  if (parts.fee) {
    const { amount, unit } = parts.fee;
    body.push(
      new Paragraph({ children: [new TextRun(t(`${UI_TEXT.processingFee}：${amount}${unit}`))] }),
    );
  }

  const contact = meta.contact as Record<string, string | undefined> | undefined;
  for (const key of CONTACT_KEYS) {
    const value = contact?.[key];
    if (value === undefined && !template) continue;
    body.push(
      new Paragraph({ children: [new TextRun(t(`${UI_TEXT.contact[key]}：${value ?? ""}`))] }),
    );
  }
  const right = (s: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { firstLine: 0 },
      children: [new TextRun(s)],
    });
  body.push(new Paragraph({ children: [] }), right(t(meta.agency)));
  if (meta.publishedOn) body.push(right(chineseDate(meta.publishedOn)));
  else if (template) body.push(right(DATE_FIELD));
  if (appendix) body.push(...appendixBlocks(appendix, type, template));

  const pageNumber = (alignment: "left" | "right") =>
    new Footer({
      children: [
        new Paragraph({
          alignment: alignment === "left" ? AlignmentType.LEFT : AlignmentType.RIGHT,
          indent:
            alignment === "left"
              ? { left: halfPoints(type.size.pageNumber) * 10, firstLine: 0 }
              : { right: halfPoints(type.size.pageNumber) * 10, firstLine: 0 },
          children: [
            new TextRun({
              children: ["— ", PageNumber.CURRENT, " —"],
              font: fontOf(type.fonts.pageNumber),
              size: halfPoints(type.size.pageNumber),
            }),
          ],
        }),
      ],
    });

  const keywords = [UI_TEXT.titleSuffix.replace(/^年/, ""), meta.agency, String(meta.year)];
  const doc = new Document({
    title,
    subject: t(grid.name["zh-Hans"]),
    creator: t(meta.agency),
    lastModifiedBy: t(meta.agency),
    keywords: keywords.map(t).join("; "),
    description: t(grid.source),
    revision: 1,
    customProperties: metaProperties(meta),
    evenAndOddHeaderAndFooters: true,
    styles: styles(type),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(type.margin.top),
              right: twips(type.margin.right),
              bottom: twips(type.margin.bottom),
              left: twips(type.margin.left),
              // the page number's baseline block starts 7 mm below the text block (GB/T 9704 §7.5)
              footer: twips(type.margin.bottom - 7) - halfPoints(type.size.pageNumber) * 10,
              header: twips(15),
            },
          },
        },
        footers: { default: pageNumber("right"), even: pageNumber("left") },
        children: body,
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return reproducible(new Uint8Array(packed), { date: documentDate(report), type });
}

/** The field of a report holding its statistics table as printed, drawn with the table. */
const APPENDIX_FIELD = "statistics";

/** The statistics table attached as 附表, as @zfxxgk/render draws it (a template: even blank). */
function appendixOf(
  report: Report,
  locale: Exclude<Locale, "en">,
  t: (s: string) => string,
  template: boolean,
) {
  try {
    return appendixView(
      report as unknown as Record<string, unknown>,
      report.edition,
      locale,
      t,
      "docx",
      {
        always: template,
      },
    );
  } catch (e) {
    if (e instanceof RenderInputError) throw unsupported(report.edition, e.path);
    throw e;
  }
}

/** 「一、总体情况」: the report's own number, joined as it is printed. */
function numberedHeading({ number, heading }: NumberedPart): string {
  if (!number) return heading;
  return /[、.．)）]$/.test(number) ? `${number}${heading}` : `${number}、${heading}`;
}

/** The date written as the document's creation and modification time: fixed by the report. */
function documentDate(report: Report): string {
  const day = report.meta.publishedOn ?? report.meta.period?.end ?? `${report.meta.year}-12-31`;
  return `${day}T00:00:00Z`;
}

function styles(type: Typography) {
  const line = { line: Math.round(type.lineHeight * 20), lineRule: LineRuleType.EXACT };
  const textStyle = (id: string, name: string, font: WordFont, extra: object = {}) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: fontOf(font), size: halfPoints(type.size.body), color: "000000", bold: false },
    paragraph: { spacing: { before: 0, after: 0, ...line }, keepNext: true, ...extra },
  });
  return {
    default: {
      document: {
        run: { font: fontOf(type.fonts.body), size: halfPoints(type.size.body) },
        paragraph: {
          spacing: { before: 0, after: 0, ...line },
          indent: { firstLine: indent(type) },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
    },
    paragraphStyles: [
      {
        id: "Title",
        name: "Title",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: {
          font: fontOf(type.fonts.title),
          size: halfPoints(type.size.title),
          bold: true,
          color: "000000",
        },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: {
            before: 0,
            after: Math.round(type.lineHeight * 20),
            line: 360,
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      textStyle("Heading1", "heading 1", type.fonts.heading, { outlineLevel: 0 }),
      textStyle("Heading2", "heading 2", type.fonts.subheading, { outlineLevel: 1 }),
    ],
  };
}
