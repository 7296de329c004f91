import {
  EDITIONS,
  type Edition,
  type EditionDefinition,
  editionForYear,
  hasSections,
} from "@zfxxgk/schema";
import { BLANK, CELLS } from "../engine/cells.js";
import type { Rule } from "../engine/rule.js";
import { forms } from "../narrative/normalize.js";
import { fromOverview } from "../narrative/overview.js";
import { isGovernment } from "./agency.js";

const ALL_CELLS = CELLS.map((c) => c.id);
/** Sections a body must write itself (the others hold a table). */
const writtenSections = (edition: EditionDefinition) =>
  edition.grid.sections.filter((s) => !("table" in s));

/** The distinctive tail of each aspect's label (主动公开, 平台建设 …), as reports shorten them. */
const aspectsOf = (() => {
  const cache = new WeakMap<
    EditionDefinition,
    { label: EditionDefinition["vocabulary"]["overviewAspects"][number]; key: RegExp }[]
  >();
  return (edition: EditionDefinition) => {
    let aspects = cache.get(edition);
    if (!aspects) {
      aspects = edition.vocabulary.overviewAspects.map((a) => ({
        label: a,
        /** Looked for in the published text, in every form that normalizes to it. */
        key: new RegExp(forms(a["zh-Hans"].slice(-4))),
      }));
      cache.set(edition, aspects);
    }
    return aspects;
  };
})();

/** The aspects 一、总体情况 does not mention (none when it is blank), once per text and edition. */
const missingAspects = fromOverview(({ published }, report) =>
  published.trim() === ""
    ? []
    : aspectsOf(EDITIONS[report.edition as Edition]).filter((a) => !a.key.test(published)),
);

export const reportRules: readonly Rule[] = [
  {
    id: "X-01",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "格式与报告年度相符", en: "Format matches the report year" },
    description: {
      "zh-Hans":
        "每种格式适用于特定年度：2021 年格式（国办公开办函〔2021〕30号）适用于 2021 年度及以后，2019 年格式（国办公开办函〔2019〕60号）适用于 2019、2020 年度。报告使用的格式与其年度不符时报出（2019 年度可参照统一格式，仍按不符报出以便复核）。",
      en: "Each format applies to certain report years: the 2021 format (国办公开办函〔2021〕30号) to 2021 and later, the 2019 format (国办公开办函〔2019〕60号) to 2019 and 2020. A report whose format does not match its year is reported.",
    },
    source: "国办公开办函〔2019〕60号、〔2021〕30号",
    cells: [],
    check({ report, edition }, emit) {
      const year = report.meta.year;
      const { from, to } = edition.years;
      if (year >= from && (to === undefined || year <= to)) return;
      const expected = editionForYear(year);
      emit({
        path: "/meta/year",
        cells: [],
        actual: year,
        ...(expected ? { expected } : {}),
        params: { edition: edition.id },
      });
    },
  },
  {
    id: "X-02",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "六个部分齐全", en: "All six sections are written" },
    description: {
      "zh-Hans":
        "年度报告由六个部分组成；一、总体情况，五、存在的主要问题及改进情况，六、其他需要报告的事项须有文字。",
      en: "A report has six sections; 一 (overview), 五 (problems and improvements) and 六 (other matters) must have text.",
    },
    source: "《政府信息公开条例》第五十条; 国办公开办函〔2021〕30号",
    cells: [],
    check({ report, edition }, emit) {
      for (const s of writtenSections(edition)) {
        if (!hasSections(report)) return;
        const blocks = (report.sections as Record<string, readonly { text: string }[]>)[s.key];
        if (!blocks || blocks.every((b) => b.text.trim() === ""))
          emit({ path: `/sections/${s.key}`, cells: [], params: { section: s.key } });
      }
    },
  },
  {
    id: "X-03",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "总体情况涵盖五个方面", en: "Section 一 covers the five aspects" },
    description: {
      "zh-Hans":
        "一、总体情况应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。",
      en: "Section 一 covers proactive disclosure, disclosure on application, information management, disclosure platforms and supervision.",
    },
    source: "国办公开办函〔2021〕30号 一、总体情况; 条例第五十条",
    cells: [],
    check({ report }, emit) {
      for (const a of missingAspects(report))
        emit({
          path: "/sections/overview",
          cells: [],
          // The official label identifies the aspect; messages word it in each language.
          params: { aspect: a.label["zh-Hans"] },
        });
    },
  },
  {
    id: "X-04",
    type: "official",
    severity: "warning",
    title: {
      "zh-Hans": "统计期限为报告年度全年",
      en: "The statistical period is the calendar year",
    },
    description: {
      "zh-Hans": "统计期限应为报告年度的 1 月 1 日至 12 月 31 日。",
      en: "The statistical period is 1 January to 31 December of the report year.",
    },
    source: "DB51/T 2660—2019 §2.1; reports state it in the preamble",
    cells: [],
    check({ report }, emit) {
      const { period, year } = report.meta;
      if (!period) return;
      const expected = `${year}-01-01—${year}-12-31`;
      const actual = `${period.start}—${period.end}`;
      if (actual !== expected) emit({ path: "/meta/period", cells: [], actual, expected });
    },
  },
  {
    id: "X-05",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "按时发布", en: "Published on time" },
    description: {
      "zh-Hans":
        "县级以上政府部门应于次年 1 月 31 日前、各级政府应于次年 3 月 31 日前公布年度报告；晚于 3 月 31 日为警告，政府部门（按名称判断）介于两者之间为提示，早于报告年度结束亦为警告。",
      en: "Departments publish by 31 January and governments by 31 March of the next year; after 31 March is a warning, between the two a note for a department (judged from the name), before the year ends a warning.",
    },
    source: "《政府信息公开条例》第四十九条",
    cells: [],
    check({ report, edition }, emit) {
      const { publishedOn, year } = report.meta;
      if (!publishedOn) return;
      const by = edition.publishBy ?? { department: "01-31", government: "03-31" };
      const path = "/meta/publishedOn";
      if (publishedOn <= `${year}-12-31`)
        emit({
          path,
          cells: [],
          actual: publishedOn,
          expected: `${year}-12-31`,
          params: { reason: "before-year-end" },
        });
      else if (publishedOn > `${year + 1}-${by.government}`)
        emit({
          path,
          cells: [],
          actual: publishedOn,
          expected: `${year + 1}-${by.government}`,
          params: { reason: "after-government-deadline" },
        });
      else if (publishedOn > `${year + 1}-${by.department}` && !isGovernment(report.meta.agency))
        emit({
          path,
          cells: [],
          actual: publishedOn,
          expected: `${year + 1}-${by.department}`,
          severity: "info",
          params: { reason: "after-department-deadline" },
        });
    },
  },
  {
    id: "X-08",
    type: "official",
    severity: "warning",
    title: { "zh-Hans": "表格不得留空", en: "No blank table cells" },
    description: {
      "zh-Hans":
        "统一格式的每一行、每一列都应填报；数值为零应写 0。空白单元格在核验勾稽关系时按 0 计算，并单独报出。",
      en: "Every row and column of the unified format is filled in; zero is written as 0. Blank cells are read as 0 by the identities and reported here.",
    },
    source: "《政府信息公开条例》第五十条第二款（统一格式）; 国办公开办函〔2021〕30号",
    cells: ALL_CELLS,
    check({ cells }, emit) {
      for (let i = 0; i < CELLS.length; i++) {
        if (cells.state[i] !== BLANK) continue;
        const cell = CELLS[i];
        if (cell) emit({ path: cell.pointer, cells: [cell.id] });
      }
    },
  },
];
