import type { Report } from "@zfxxgk/schema";
import { type CellView, idx, NUMBER } from "../../engine/cells.js";
import type { Rule } from "../../engine/rule.js";
import { chineseNumber, NUMERAL_CHARS } from "../../narrative/numerals.js";

const S = (key: string) => `S.${key}`;
const FIGURE = `([0-9]+|[${NUMERAL_CHARS}]+)`;
const CHANNELS = ["1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5"].map(S);

/** A figure the text gives for a row, and the rows whose value would make it true. */
interface Claim {
  readonly cell: string;
  readonly accepts: readonly string[];
  readonly value: number;
  readonly quote: string;
  readonly path: string;
}

/** Phrases that state a row's figure; a `none` phrase states that it is 0. */
const PHRASES: readonly {
  cell: string;
  accepts?: readonly string[];
  figure?: RegExp;
  none?: RegExp;
}[] = [
  // Text often names the figure of one channel (政府网站): any channel row or the total agrees.
  {
    cell: S("1.1"),
    accepts: [S("1.1"), ...CHANNELS],
    figure: new RegExp(`主动公开(?:政府)?信息(?:共计|共)?${FIGURE}条`),
  },
  {
    cell: S("3.1"),
    figure: new RegExp(`收到[^。；，]{0,12}?申请(?:共计|共)?${FIGURE}件`),
    none: /(?:未|没有)收到[^。；，复议诉讼]{0,16}申请(?![^。；]*(?:复议|诉讼))/,
  },
  {
    cell: S("4"),
    figure: new RegExp(`行政复议(?:案件)?(?:共计|共)?${FIGURE}件`),
    none: /(?:未|没有)(?:收到|发生)[^。；]{0,24}行政复议/,
  },
  {
    cell: S("5"),
    figure: new RegExp(`行政诉讼(?:案件)?(?:共计|共)?${FIGURE}件`),
    none: /(?:未|没有)(?:收到|发生)[^。；]{0,24}行政诉讼/,
  },
  { cell: S("6"), figure: new RegExp(`举报投诉(?:共计|共)?${FIGURE}件`) },
  { cell: S("9.3"), figure: new RegExp(`培训[^。；]{0,16}?${FIGURE}人次`) },
];

const toNumber = (text: string) => (/^[0-9]+$/.test(text) ? Number(text) : chineseNumber(text));

/** Every figure the report's own sections give for a row of the statistics table. */
export function claimsOf(report: Report): Claim[] {
  if (!("body" in report)) return [];
  const out: Claim[] = [];
  report.body.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      const path = `/body/${s}/blocks/${b}/text`;
      for (const sentence of block.text.split(/[。；;]/)) {
        for (const p of PHRASES) {
          const hit = p.figure?.exec(sentence);
          const value = hit?.[1] === undefined ? undefined : toNumber(hit[1]);
          if (hit && value !== undefined)
            out.push({ cell: p.cell, accepts: p.accepts ?? [p.cell], value, quote: hit[0], path });
          else if (p.none?.test(sentence))
            out.push({ cell: p.cell, accepts: [p.cell], value: 0, quote: sentence.trim(), path });
        }
      }
    });
  });
  return out;
}

const agrees = (claim: Claim, view: CellView) =>
  claim.accepts.some((id) => view.num[idx(id)] === claim.value);

export const narrativeRule2007: Rule = {
  id: "S-14",
  type: "heuristic",
  severity: "warning",
  title: {
    "zh-Hans": "正文所述数字与统计表一致",
    en: "Figures in the text match the statistics table",
  },
  description: {
    "zh-Hans":
      "正文中写出的主动公开信息条数、收到申请件数、行政复议和行政诉讼件数、举报投诉件数、培训人次（阿拉伯数字或汉字数字，「未收到……」为 0）应与统计表相应行一致。",
    en: "The figures the text gives (information disclosed, applications received, reconsiderations, lawsuits, complaints, training attendances; in digits or Chinese numerals, 'none received' as 0) match the table's rows.",
  },
  source: "广东省 2010 年政府信息公开工作通报「数据失准」（heuristic）",
  cells: [S("1.1"), S("3.1"), S("4"), S("5"), S("6"), S("9.3")],
  check({ report, cells }, emit) {
    if (!("statistics" in report) || !report.statistics) return;
    for (const claim of claimsOf(report)) {
      const i = idx(claim.cell);
      if (cells.state[i] !== NUMBER || agrees(claim, cells)) continue;
      emit({
        path: claim.path,
        cells: [claim.cell],
        actual: claim.value,
        expected: cells.num[i] as number,
        difference: claim.value - (cells.num[i] as number),
        params: { quote: claim.quote },
      });
    }
  },
};
