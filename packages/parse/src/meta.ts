import type { Diagnostic, Report } from "@zfxxgk/schema";
import { at, diagnostic } from "./located.js";
import { bodyTitle, fromOpening, fromSignature } from "./meta-sources.js";
import { labelKey, simplify, stripPinyinArtefacts } from "./normalise.js";
import type { Line } from "./types.js";

/** Agency or year taken from somewhere other than the title, and where. */
function inferred(
  field: "agency" | "year",
  value: string | number,
  from: "sentence" | "signature" | "paragraph",
  line: Line,
): Diagnostic {
  return diagnostic(`parse/${field}-inferred`, "warning", {
    path: `/meta/${field}`,
    actual: value,
    params: { ...at(line.where), from },
  });
}

type Meta = Report["meta"];
type Block = { type: "heading" | "paragraph"; text: string };

const TITLE =
  /^(.*?)\s*((?:19|20)\d{2})\s*年度?\s*(?:的\s*)?(?:政府信息公[开開]|政[务務]公[开開]|信息公[开開])[^\n]{0,12}?[报報]告\s*$/u;
/** `2019年上海市人民政府办公厅政府信息公开工作年度报告`: the year first, then the body. */
const TITLE_YEAR_FIRST =
  /^((?:19|20)\d{2})\s*年度?\s*(\S.{0,40}?)\s*(?:政府信息公[开開]|政[务務]公[开開]|信息公[开開])[^\n]{0,12}?[报報]告\s*$/u;

/** The body (when the title names it) and the year (when it gives one) of a report title. */
function titleParts(text: string): { agency: string | undefined; year?: number } | undefined {
  const plain = stripPinyinArtefacts(text);
  const m = TITLE.exec(plain);
  if (m) return { agency: m[1] ? metaText(m[1].trim()) : undefined, year: Number(m[2]) };
  const y = TITLE_YEAR_FIRST.exec(plain);
  if (y) return { agency: metaText((y[2] as string).trim()), year: Number(y[1]) };
  const body = bodyTitle(plain);
  return body ? { agency: metaText(body) } : undefined;
}
const PERIOD =
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起\s*)?(?:至|到|—+|–|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const PUBLISHED =
  /(?:[发發]布|[发發]表|成文)\s*(?:[时時][间間]|日期)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u;
/** The body a paragraph starts with, after an opening `2019年，` if there is one. */
const AGENCY_AT_START =
  /^(?:(?:19|20)\d{2}\s*年度?\s*[,，、]\s*)?(.{2,40}?(?:人民政府办公室|人民政府|办事处|委员会|管理局|办公室|局|厅|委|中心|院|署|所|站|队|处))/u;
/** Agency and title are kept in simplified characters, the form the model compares them in. */
const metaText = (s: string) => simplify(stripPinyinArtefacts(s));
const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/gu;

export interface MetaRead {
  readonly meta: Meta;
  readonly year: number | undefined;
  readonly preamble: Block[];
  readonly diagnostics: Diagnostic[];
}

const pad = (n: string) => n.padStart(2, "0");
const isoDate = (y: string, m: string, d: string) => {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
};

/**
 * Metadata from the lines before 一、总体情况: the title (agency and year), the statistical period
 * and the publication date. What has to be inferred from elsewhere says so in a diagnostic.
 */
export function readMeta(
  front: readonly Line[],
  all: readonly Line[],
  bodyStart: number,
  pageTitle: string | undefined,
  clean: (s: string) => string,
): MetaRead {
  const diagnostics: Diagnostic[] = [];
  let agency: string | undefined;
  let year: number | undefined;
  let title: string | undefined;
  let titleLine: Line | undefined;
  let wrapped: Line | undefined;
  const candidates = [...front.slice(0, 8)];
  for (const line of candidates) {
    if (line.row || line.text.length > 80) continue;
    const parts = titleParts(line.text);
    if (parts) {
      titleLine = line;
      title = metaText(line.text);
      ({ agency, year } = parts);
      break;
    }
  }
  if (!titleLine) {
    // a title wrapped over two lines (text extracted from a PDF)
    for (let i = 0; i + 1 < candidates.length && !titleLine; i++) {
      const [a, b] = [candidates[i] as Line, candidates[i + 1] as Line];
      if (a.row || b.row || a.text.length + b.text.length > 80) continue;
      const parts = titleParts(a.text + b.text);
      if (parts) {
        titleLine = a;
        wrapped = b;
        title = metaText(a.text + b.text);
        ({ agency, year } = parts);
      }
    }
  }
  if (!titleLine && pageTitle) {
    const parts = titleParts(pageTitle);
    if (parts) {
      title = metaText(pageTitle);
      ({ agency, year } = parts);
    }
  }

  const preamble: Block[] = [];
  let period: Meta["period"];
  let publishedOn: string | undefined;
  const inFront = front.length > 0;
  const scan = inFront ? front : all.slice(bodyStart + 1, bodyStart + 3);
  for (const line of scan) {
    const text = stripPinyinArtefacts(line.text);
    if (!period) {
      const p = PERIOD.exec(text);
      if (p) {
        const [, y1 = "", m1 = "", d1 = "", y2, m2 = "", d2 = ""] = p;
        const start = isoDate(y1, m1, d1);
        const end = isoDate(y2 ?? y1, m2, d2);
        if (start && end) period = { start, end };
      }
    }
    const published = PUBLISHED.exec(text);
    if (published && inFront) {
      publishedOn ??= isoDate(published[1] ?? "", published[2] ?? "", published[3] ?? "");
      continue;
    }
    if (line === titleLine || line === wrapped || !inFront) continue;
    if (titleLine && labelKey(line.text) === labelKey(titleLine.text)) continue;
    const paragraph = clean(line.text).trim();
    if (paragraph) preamble.push({ type: "paragraph", text: paragraph });
  }

  if (!agency || year === undefined) {
    const opening = fromOpening([...front.slice(0, 12), ...all.slice(bodyStart, bodyStart + 4)]);
    if (opening?.agency && !agency) {
      agency = metaText(opening.agency);
      diagnostics.push(inferred("agency", agency, "sentence", opening.line));
    }
    if (opening?.year !== undefined && year === undefined) {
      year = opening.year;
      diagnostics.push(inferred("year", year, "sentence", opening.line));
    }
  }
  if (!agency) {
    const signed = fromSignature(all);
    if (signed?.agency) {
      agency = metaText(signed.agency);
      diagnostics.push(inferred("agency", agency, "signature", signed.line));
    }
  }
  if (year === undefined && period) {
    year = Number(period.start.slice(0, 4));
  }
  if (year === undefined) {
    const counts = new Map<number, number>();
    for (const line of all.slice(bodyStart, bodyStart + 12)) {
      for (const m of line.text.matchAll(YEAR_IN_TEXT)) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) {
      year = best[0];
      diagnostics.push(
        diagnostic("parse/year-inferred", "warning", { path: "/meta/year", actual: year }),
      );
    }
  }
  if (!agency) {
    const first = all[bodyStart + 1];
    const m = first && !first.row ? AGENCY_AT_START.exec(first.text) : null;
    if (m?.[1]) {
      agency = metaText(m[1]);
      diagnostics.push(inferred("agency", agency, "paragraph", first as Line));
    }
  }
  if (!titleLine && !pageTitle) {
    diagnostics.push(diagnostic("parse/missing-title", "warning", { path: "/meta/title" }));
  }
  if (!agency)
    diagnostics.push(diagnostic("parse/missing-agency", "error", { path: "/meta/agency" }));
  if (year === undefined)
    diagnostics.push(diagnostic("parse/missing-year", "error", { path: "/meta/year" }));

  const meta: Record<string, unknown> = { agency: agency ?? "", year: year ?? 0 };
  if (title) meta.title = title;
  if (period) meta.period = period;
  if (publishedOn) meta.publishedOn = publishedOn;
  return { meta: meta as Meta, year, preamble, diagnostics };
}
