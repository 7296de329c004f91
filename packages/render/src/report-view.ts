import { type CellDef, EDITIONS, HTML_LANG, type Locale, readCell } from "@zfxxgk/schema";
import { checkNarrative, checkShape, optionalString } from "./input-check.js";
import { appendixView, bodySections } from "./old-report-view.js";
import { tableView } from "./table-view.js";
import { scriptText } from "./traditional.js";
import { CONTACT_KEYS, chineseDate, UI_TEXT } from "./ui-text.js";

export interface ViewOptions {
  readonly locale: Exclude<Locale, "en">;
  readonly fragment: boolean;
  readonly idPrefix: string;
}

/** Everything the templates read, built from an unchecked report; throws RenderInputError. */
export function reportView(report: unknown, { locale, fragment, idPrefix }: ViewOptions) {
  const r = checkShape(report);
  const t = scriptText(locale);
  const cellValue = (cell: CellDef) => readCell(report, cell);

  const { grid: editionGrid } = EDITIONS[r.edition];
  // Editions without a section grid (2008–2018) number their own sections in `body`.
  const numbered = editionGrid.sections.length ? undefined : bodySections(r.body, t, idPrefix);
  const sections =
    numbered ??
    editionGrid.sections.map((grid) => {
      const headingId = `${idPrefix}-${grid.key}`;
      const blocks = checkNarrative(r.sections[grid.key], `/sections/${grid.key}`);
      const table =
        "table" in grid ? editionGrid.tables.find((t) => t.id === grid.table) : undefined;
      return {
        key: grid.key,
        headingId,
        heading: grid.heading[locale],
        blocks: blocks.map((b) => ({ heading: b.type === "heading", text: t(b.text) })),
        table: table && tableView(table, locale, cellValue, headingId),
        fee:
          grid.key === "other" && r.fee
            ? {
                amount: r.fee.amount,
                unit: r.fee.unit,
                text: t(`${UI_TEXT.processingFee}：${r.fee.amount}${r.fee.unit}`),
              }
            : undefined,
      };
    });

  const contact = r.contact
    ? CONTACT_KEYS.flatMap((key) => {
        const value = optionalString(r.contact?.[key], `/meta/contact/${key}`);
        return value === undefined
          ? []
          : [{ key, label: t(UI_TEXT.contact[key]), value: t(value) }];
      })
    : [];

  return {
    scope: scopeView(report, t),
    edition: r.edition,
    lang: HTML_LANG[locale],
    fragment,
    title: t(r.title ?? `${r.agency}${r.year}${UI_TEXT.titleSuffix}`),
    agency: t(r.agency),
    publishedOn: r.publishedOn && { iso: r.publishedOn, text: chineseDate(r.publishedOn) },
    contact: contact.length ? contact : undefined,
    preamble: r.preamble?.length
      ? r.preamble.map((b) => ({ heading: b.type === "heading", text: t(b.text) }))
      : undefined,
    sections,
    appendix: appendixView(report as Record<string, unknown>, r.edition, locale, t, idPrefix),
    ids: { data: `${idPrefix}-report` },
    data: report,
  };
}

/** What an aggregate says of its scope, and the bodies it sums for the appendix; nothing for one body. */
function scopeView(report: unknown, t: (text: string) => string) {
  const meta = (report as { meta?: Record<string, unknown> }).meta ?? {};
  if (meta.scope !== "aggregate") return undefined;
  const listed = Array.isArray(meta.constituents) ? meta.constituents : [];
  const names = listed.flatMap((c, i) => {
    const name = optionalString((c as { name?: unknown })?.name, `/meta/constituents/${i}/name`);
    return name === undefined ? [] : [t(name)];
  });
  const note = optionalString(meta.scopeNote, "/meta/scopeNote");
  return {
    text: t(
      names.length
        ? `本报告为汇总报告，汇总了本地区${names.length}个单位的政府信息公开工作年度报告数据。`
        : "本报告为汇总报告，汇总了本地区所属单位的政府信息公开工作年度报告数据。",
    ),
    note: note === undefined ? undefined : t(note),
    appendixHeading: t("附：汇总所含单位"),
    constituents: names.length ? names : undefined,
  };
}
