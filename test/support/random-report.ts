import {
  type CellKind,
  type CellValue,
  EDITIONS,
  type Edition,
  parseReport,
  type SectionedReport as Report,
  writeCell,
} from "@zfxxgk/schema";
import * as OpenCC from "opencc-js";
import { prng } from "../../examples/scripts/prng.mjs";

/** The seeded PRNG of the example scripts, for tests. */
export { prng };

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const toHant = OpenCC.Converter({ from: "cn", to: "tw" });
const toHans = OpenCC.Converter({ from: "tw", to: "cn" });
/** Text a zh-Hant rendering converts and the parser converts back unchanged. */
const survivesHant = (s: string) => toHans(toHant(s)) === s;

const WORDS = [
  "本机关",
  "认真落实",
  "政务公开",
  "工作要求",
  "进一步",
  "完善制度",
  "门户网站",
  "及时发布",
  "依法答复",
  "申请人",
  "保密审查",
  "专题栏目",
  "培训两次",
  "群众关切",
  "数据准确",
  "全年",
  "共计",
  "有序推进",
  "监督检查",
  "年度计划",
].filter(survivesHant);

/** Things a report's text may hold that a renderer or a parser could get wrong. */
const AWKWARD = [
  "<script>alert(1)</script>",
  "&amp;",
  "a < b && c > d",
  '"双引号"',
  "'单引号'",
  "“弯引号”",
  "《条例》",
  "——",
  "100%",
  "12.5万元",
  "x=1;y=2",
  "🙂",
  "𠮷",
  "C++",
  "{{helper}}",
  "\\n",
  "$&",
  "…",
].filter(survivesHant);

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八"];

function paragraph(r: Random): string {
  const parts: string[] = [];
  const n = int(r, 3, 12);
  for (let i = 0; i < n; i++) parts.push(r() < 0.2 ? pick(r, AWKWARD) : pick(r, WORDS));
  const text = `${parts.join(r() < 0.3 ? " " : "")}。`;
  return survivesHant(text) ? text : `${pick(r, WORDS)}${pick(r, WORDS)}。`;
}

function narrative(r: Random, max: number): Report["sections"]["overview"] {
  const blocks: Report["sections"]["overview"] = [];
  const n = int(r, 0, max);
  let heading = 0;
  for (let i = 0; i < n; i++) {
    if (r() < 0.3 && heading < NUMERALS.length) {
      blocks.push({
        type: "heading",
        text: `（${NUMERALS[heading++]}）${pick(r, WORDS)}${pick(r, WORDS)}`,
      });
    } else {
      blocks.push({ type: "paragraph", text: paragraph(r) });
    }
  }
  return blocks;
}

function count(r: Random): CellValue {
  const x = r();
  if (x < 0.08) return null;
  if (x < 0.12) return pick(r, ["—", "/", "无"] as const);
  if (x < 0.4) return 0;
  if (x < 0.9) return int(r, 1, 999);
  return int(r, 1000, 2_000_000_000);
}

function amount(r: Random): CellValue {
  const x = r();
  if (x < 0.08) return null;
  if (x < 0.12) return pick(r, ["—", "/", "无"] as const);
  if (x < 0.3) return "0";
  const whole = String(int(r, 0, x < 0.9 ? 999 : 99_999_999));
  const digits = int(r, 0, 4);
  const frac = Array.from({ length: digits }, () => String(int(r, 0, 9))).join("");
  return frac ? `${whole}.${frac}` : whole;
}

const PLACES = ["东城", "西山", "南湖", "北岭", "临江", "青石"].filter(survivesHant);
const UNITS = ["区政务服务管理局", "县人民政府", "市生态环境局", "街道办事处", "区教育局"].filter(
  survivesHant,
);

/**
 * A random valid report in the 2021 format: blanks, marks, zeros, large counts, fractional fees,
 * narrative with characters that need escaping. The same seed always gives the same report.
 */
function signedCount(r: Random): CellValue {
  const v = count(r);
  return typeof v === "number" && v > 0 && r() < 0.4 ? -v : v;
}

function money(r: Random): CellValue {
  const v = amount(r);
  return typeof v === "string" && /^[0-9]/.test(v) && r() < 0.8
    ? `${v}${pick(r, ["元", "万元"])}`
    : v;
}

const VALUE: Record<CellKind, (r: Random) => CellValue> = {
  count,
  signed: signedCount,
  amount,
  money,
};

export function randomReport(seed: number, edition: Edition = "2021"): Report {
  const r = prng(seed);
  const agency = `${pick(r, PLACES)}${pick(r, UNITS)}`;
  const year = int(r, 2021, 2030);
  const meta: Report["meta"] = {
    agency,
    year,
    title: `${agency}${year}年政府信息公开工作年度报告`,
  };
  if (r() < 0.5) meta.period = { start: `${year}-01-01`, end: `${year}-12-31` };
  if (r() < 0.5) meta.publishedOn = `${year + 1}-0${int(r, 1, 3)}-${String(int(r, 10, 28))}`;
  if (r() < 0.5) {
    meta.contact = { unit: agency, phone: `0${int(r, 100, 999)}-${int(r, 1000000, 9999999)}` };
    if (r() < 0.5) meta.contact.email = `gk${int(r, 1, 99)}@example.org`;
    if (r() < 0.5) meta.contact.postcode = String(int(r, 100000, 899999));
  }
  const report = {
    edition,
    meta,
    ...(r() < 0.6 ? { preamble: [{ type: "paragraph" as const, text: paragraph(r) }] } : {}),
    sections: {
      overview: narrative(r, 8),
      proactive: narrative(r, 2),
      applications: narrative(r, 2),
      reviews: narrative(r, 2),
      problems: narrative(r, 5),
      other: narrative(r, 3),
    },
    tables: {},
  } as Report;
  for (const cell of EDITIONS[edition].cells) writeCell(report, cell, VALUE[cell.kind](r));
  if (report.edition === "2021" && r() < 0.4) {
    const fee = amount(r);
    if (typeof fee === "string" && /^[0-9]/.test(fee))
      report.processingFee = { amount: fee, unit: r() < 0.5 ? "元" : "万元" };
  }
  const checked = parseReport(report);
  if (!checked.ok) {
    throw new Error(`random report ${seed} is invalid: ${JSON.stringify(checked.diagnostics)}`);
  }
  return checked.report as Report;
}
