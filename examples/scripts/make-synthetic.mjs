/**
 * Writes examples/synthetic-city-2023.json and examples/synthetic-city-2024.json: a fictional city
 * (示例市) with thousands of applications, every table cell non-zero, every identity exact, and
 * the two years consistent with each other. Deterministic (seeded PRNG); rerun after changing it:
 *
 *   npm run build -w packages/schema && node examples/scripts/make-synthetic.mjs
 */
import { writeFileSync } from "node:fs";
import { creditCodeCheckChar, parseReport, sums2021, t3Balance2021, toCells } from "@zfxxgk/schema";
import { stringifyReport } from "./report-json.mjs";

const OUT_DIR = new URL("../", import.meta.url);
const SEED = 20241231;

/** mulberry32: a small, well-known seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const APPLICANTS = ["NP", "CE", "RI", "SW", "LS", "OT"];
const RESULTS = [
  ["A", 40],
  ["B", 8],
  ["N1", 0.2],
  ["N2", 0.5],
  ["N3", 0.5],
  ["N4", 2],
  ["N5", 1],
  ["N6", 1.5],
  ["N7", 1],
  ["N8", 2],
  ["U1", 18],
  ["U2", 4],
  ["U3", 2],
  ["P1", 4],
  ["P2", 3],
  ["P3", 0.8],
  ["P4", 0.5],
  ["P5", 1.5],
  ["O1", 4],
  ["O2", 0.5],
  ["O3", 4],
];

/** Splits `total` over weighted slots, at least 1 each, exactly (largest remainder). */
function allocate(total, weights) {
  const rest = total - weights.length;
  if (rest < 0) throw new Error(`cannot give ${weights.length} slots at least 1 from ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (rest * w) / sum);
  const out = shares.map((s) => 1 + Math.floor(s));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => [s - Math.floor(s), i])
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (left === 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

/** Table 三 from new and carried-over applications per applicant column. */
function table3(newByColumn, carriedByColumn) {
  const table = {};
  const rows = ["R1", "R2", ...RESULTS.map(([key]) => key), "T", "R4"];
  for (const row of rows) table[row] = {};
  for (const col of APPLICANTS) {
    const inflow = newByColumn[col] + carriedByColumn[col];
    const carryOut = Math.max(1, Math.round(inflow * (0.03 + random() * 0.03)));
    const concluded = inflow - carryOut;
    const weights = RESULTS.map(([, w]) => w * (0.7 + random() * 0.6));
    const split = allocate(concluded, weights);
    table.R1[col] = newByColumn[col];
    table.R2[col] = carriedByColumn[col];
    RESULTS.forEach(([key], i) => {
      table[key][col] = split[i];
    });
    table.T[col] = concluded;
    table.R4[col] = carryOut;
  }
  for (const row of rows) {
    table[row].TOT = APPLICANTS.reduce((sum, col) => sum + table[row][col], 0);
  }
  return table;
}

function outcomes(keep, fix, oth, pend) {
  return { keep, fix, oth, pend, tot: keep + fix + oth + pend };
}

function table4() {
  return {
    RV: outcomes(between(38, 60), between(8, 16), between(3, 9), between(2, 7)),
    LD: outcomes(between(12, 24), between(2, 6), between(1, 5), between(1, 4)),
    LR: outcomes(between(6, 14), between(1, 4), between(1, 3), between(1, 3)),
  };
}

/** An amount in 万元 with four decimals, the last one non-zero so the precision shows. */
function feeAmount(lo, hi) {
  return `${between(lo, hi)}.${String(between(0, 999)).padStart(3, "0")}${between(1, 9)}`;
}

/** GB 11714 organisation code (8 characters + check character). */
function organisationCode() {
  const body = Array.from({ length: 8 }, () => String(between(0, 9))).join("");
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i], 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? "X" : check === 11 ? "0" : String(check));
}

const DIVISION = "379900"; // fictional prefecture-level code (province 37, city 99 is unassigned)
const creditBody = `11${DIVISION}${organisationCode()}`;
const CREDIT_CODE = creditBody + creditCodeCheckChar(creditBody);

const AGENCY = "示例市人民政府";
const CONTACT = {
  unit: "示例市人民政府办公室",
  address: "示例市中心大道1号市民中心",
  postcode: "379900",
  phone: "0000-12345678",
  email: "zwgk@example.org",
  website: "https://www.example.org/zfxxgk",
};

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 0–99 in Chinese numerals (两 for a lone 2). */
function chinese(n) {
  if (n === 2) return "两";
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** The figures the narrative quotes, read from the tables so they agree by construction. */
function figures(report) {
  const { T2, T3, T4 } = report.tables;
  const sum = (keys) => keys.reduce((acc, k) => acc + T3[k].TOT, 0);
  const group = (prefix) => sum(RESULTS.map(([k]) => k).filter((k) => k.startsWith(prefix)));
  return {
    T2,
    T4,
    newApps: T3.R1.TOT,
    byPersons: T3.R1.NP,
    byOrganisations: T3.R1.TOT - T3.R1.NP,
    byCompanies: T3.R1.CE,
    byLawFirms: T3.R1.LS,
    carriedIn: T3.R2.TOT,
    concluded: T3.T.TOT,
    carriedOut: T3.R4.TOT,
    disclosed: T3.A.TOT,
    partly: T3.B.TOT,
    refused: group("N"),
    unavailable: group("U"),
    notProcessed: group("P"),
    other: group("O"),
    disclosedShare: (((T3.A.TOT + T3.B.TOT) * 100) / T3.T.TOT).toFixed(1),
    lawsuits: T4.LD.tot + T4.LR.tot,
  };
}

const h = (text) => ({ type: "heading", text });
const p = (text) => ({ type: "paragraph", text });

function narrative2024(f, fee) {
  const { T2, T4 } = f;
  return {
    preamble: [
      p(
        "本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号规定的格式编制，统计期限为2024年1月1日至12月31日。对本报告如有疑问，请与示例市人民政府办公室联系。",
      ),
    ],
    sections: {
      overview: [
        p(
          "2024年，示例市人民政府坚持以公开为常态、不公开为例外，围绕优化营商环境和民生保障推进政务公开，全市政府信息公开工作总体平稳有序。",
        ),
        h("（一）主动公开"),
        p(
          `全年制发规章${T2.regulations.issued}件、废止${T2.regulations.repealed}件，年末现行有效规章${T2.regulations.inForce}件；制发行政规范性文件${T2.normativeDocs.issued}件、废止${T2.normativeDocs.repealed}件，现行有效${T2.normativeDocs.inForce}件，均在市政府门户网站政策文件库集中公开。`,
        ),
        p(
          `全市作出行政许可决定${T2.licensing}件、行政处罚决定${T2.penalties}件、行政强制决定${T2.coercion}件，行政事业性收费金额${T2.fees}万元，相关信息按规定向社会公开。`,
        ),
        h("（二）依申请公开"),
        p(
          `全年新收政府信息公开申请${f.newApps}件，其中自然人提出${f.byPersons}件，法人或其他组织提出${f.byOrganisations}件；上年结转${f.carriedIn}件。全年办结${f.concluded}件，结转下年度继续办理${f.carriedOut}件。`,
        ),
        p(
          `办结的申请中，予以公开${f.disclosed}件，部分公开${f.partly}件，不予公开${f.refused}件，无法提供${f.unavailable}件，不予处理${f.notProcessed}件，其他处理${f.other}件；予以公开和部分公开合计占办结总数的${f.disclosedShare}%。`,
        ),
        p(
          `因政府信息公开引起的行政复议共${T4.RV.tot}件，其中结果维持${T4.RV.keep}件、结果纠正${T4.RV.fix}件、其他结果${chinese(T4.RV.oth)}件、尚未审结${T4.RV.pend}件；行政诉讼共${f.lawsuits}件，其中未经复议直接起诉${T4.LD.tot}件、复议后起诉${T4.LR.tot}件。`,
        ),
        h("（三）政府信息管理"),
        p(
          `开展规范性文件集中清理，对不再适用的${T2.normativeDocs.repealed}件行政规范性文件予以废止并标注效力状态；严格执行公开属性源头认定和保密审查。`,
        ),
        h("（四）政府信息公开平台建设"),
        p(
          "完成门户网站集约化改造，统一政策文件库的检索入口，推进政务新媒体规范管理，并在政务服务大厅设置政务公开专区。",
        ),
        h("（五）监督保障"),
        p(
          "将政务公开纳入年度绩效考核，组织两期专题培训，对网站开展常态化监测，发现的问题均限期整改到位。",
        ),
        h("（六）工作考核、社会评议和责任追究结果情况"),
        p("年内开展政务公开第三方评估和群众评议，未发生因政府信息公开工作被追责的情况。"),
      ],
      proactive: [],
      applications: [
        p(
          `从申请人类型看，自然人申请占新收申请的大多数；商业企业提出${f.byCompanies}件，法律服务机构提出${f.byLawFirms}件。`,
        ),
      ],
      reviews: [
        p(
          `对复议结果为纠正的${T4.RV.fix}件案件，承办部门已逐件重新作出答复，并将案例纳入业务培训。`,
        ),
      ],
      problems: [
        h("（一）存在的主要问题"),
        p(
          "部分部门对公开属性的认定不够准确，依申请公开答复的说理仍需加强；个别政务新媒体更新不够及时。",
        ),
        h("（二）改进措施"),
        p(
          "下一步将修订答复文书范本，加强对区县和部门的业务指导，建立政务新媒体定期巡查和通报机制。",
        ),
      ],
      other: [p(`按照《政府信息公开信息处理费管理办法》，全年共收取信息处理费${fee.amount}元。`)],
    },
  };
}

function narrative2023(f, fee) {
  const { T2, T4 } = f;
  return {
    preamble: [
      p(
        "依照《中华人民共和国政府信息公开条例》，示例市人民政府编写本年度报告，所列数据的统计时段为2023年1月1日起至2023年12月31日止。",
      ),
    ],
    sections: {
      overview: [
        p(
          "2023年，全市把政务公开作为建设法治政府的重要抓手，以政策公开和办事服务公开为重点，公开的质量和效果进一步提高。",
        ),
        h("（一）主动公开"),
        p(
          `本年度市政府制定规章${T2.regulations.issued}件，废止${T2.regulations.repealed}件，现行有效的规章共${T2.regulations.inForce}件；出台行政规范性文件${T2.normativeDocs.issued}件，废止${T2.normativeDocs.repealed}件，现行有效的共${T2.normativeDocs.inForce}件。`,
        ),
        p(
          `各级行政机关全年办理行政许可${T2.licensing}件，作出行政处罚${T2.penalties}件、行政强制${T2.coercion}件；收取行政事业性收费${T2.fees}万元。`,
        ),
        h("（二）依申请公开"),
        p(
          `本年度共受理公众提出的政府信息公开申请${f.newApps}件，另有上一年度转入的申请${f.carriedIn}件。其中，公民个人申请${f.byPersons}件，企业、社会组织等提出${f.byOrganisations}件。`,
        ),
        p(
          `年内答复完毕${f.concluded}件：同意公开${f.disclosed}件，部分公开${f.partly}件，决定不予公开${f.refused}件，因信息不存在等原因无法提供${f.unavailable}件，不予处理${f.notProcessed}件，其他方式处理${f.other}件；尚有${f.carriedOut}件转入下一年度继续办理。`,
        ),
        p(
          `涉及政府信息公开的行政复议案件${T4.RV.tot}件，复议机关决定维持${T4.RV.keep}件、纠正${T4.RV.fix}件，其他结果${T4.RV.oth}件，尚未审结${T4.RV.pend}件；行政诉讼案件合计${f.lawsuits}件，其中直接起诉${T4.LD.tot}件，经复议后起诉${chinese(T4.LR.tot)}件。`,
        ),
        h("（三）政府信息管理"),
        p(
          "建立规范性文件动态更新机制，文件发布时同步明确公开属性，保密审查实行部门负责人签字制度。",
        ),
        h("（四）政府信息公开平台建设"),
        p(
          "优化门户网站政府信息公开专栏的栏目设置，开通政策咨询在线答复功能，政务新媒体账号统一纳入备案管理。",
        ),
        h("（五）监督保障"),
        p("市政府办公室牵头开展季度检查，对发现的栏目空白、更新滞后等问题进行通报并督促整改。"),
        h("（六）工作考核、社会评议和责任追究结果情况"),
        p(
          "政务公开工作在全市目标管理考核中单独计分，邀请群众代表参与评议，本年度没有需要追究责任的情形。",
        ),
      ],
      proactive: [],
      applications: [
        p(
          `企业和专业机构的申请数量有所上升：商业企业${f.byCompanies}件，法律服务机构${f.byLawFirms}件。`,
        ),
      ],
      reviews: [p(`被复议机关纠正的${T4.RV.fix}件，承办单位均已按复议决定重新办理。`)],
      problems: [
        h("（一）主要问题"),
        p(
          "基层单位政务公开力量相对薄弱，政策解读形式较为单一，依申请公开办理的规范化程度不够均衡。",
        ),
        h("（二）改进方向"),
        p("计划充实基层工作人员，推广图解和视频等解读形式，统一依申请公开的登记、审核和答复流程。"),
      ],
      other: [
        p(
          `本年度依照信息处理费相关规定向申请人收费，金额合计${fee.amount}元；无其他需要报告的事项。`,
        ),
      ],
    },
  };
}

function report(year, tables, fee, narrative, publishedOn) {
  const base = {
    edition: "2021",
    meta: {
      agency: AGENCY,
      year,
      title: `${AGENCY}${year}年政府信息公开工作年度报告`,
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
      publishedOn,
      contact: CONTACT,
      creditCode: CREDIT_CODE,
      divisionCode: DIVISION,
    },
    tables,
    processingFee: fee,
  };
  const text = narrative(figures(base), fee);
  return {
    edition: base.edition,
    meta: base.meta,
    preamble: text.preamble,
    sections: text.sections,
    tables,
    processingFee: fee,
  };
}

function numbers(cells, ids) {
  return ids.reduce((acc, id) => acc + cells[id], 0);
}

/** Throws unless the report parses and every 2021 identity holds exactly with no blank cell. */
function assertSound(name, report) {
  const parsed = parseReport(report);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.diagnostics)}`);
  const cells = toCells(report);
  for (const [id, value] of Object.entries(cells)) {
    const zero = value === 0 || value === null || /^0(\.0+)?$/.test(String(value));
    if (zero) throw new Error(`${name}: ${id} is ${value}`);
  }
  for (const rel of sums2021) {
    if (numbers(cells, rel.parts) !== cells[rel.total]) throw new Error(`${name}: ${rel.total}`);
  }
  for (const bal of t3Balance2021) {
    if (numbers(cells, bal.inflow) !== numbers(cells, bal.outflow)) {
      throw new Error(`${name}: balance of ${bal.column}`);
    }
  }
}

const newApps2023 = {
  NP: between(3600, 4100),
  CE: between(380, 460),
  RI: between(40, 60),
  SW: between(45, 70),
  LS: between(180, 240),
  OT: between(80, 120),
};
const carried2023 = {
  NP: between(130, 180),
  CE: between(15, 25),
  RI: between(2, 4),
  SW: between(2, 5),
  LS: between(6, 12),
  OT: between(3, 6),
};
const T3_2023 = table3(newApps2023, carried2023);
const newApps2024 = Object.fromEntries(
  Object.entries(newApps2023).map(([col, n]) => [col, Math.round(n * (1.05 + random() * 0.1))]),
);
const carried2024 = Object.fromEntries(APPLICANTS.map((col) => [col, T3_2023.R4[col]]));
const T3_2024 = table3(newApps2024, carried2024);

const regulationsInForce2022 = between(70, 90);
const docsInForce2022 = between(560, 640);
const flows = {
  2023: { ri: between(4, 8), rr: between(1, 4), ni: between(40, 55), nr: between(15, 28) },
  2024: { ri: between(4, 8), rr: between(1, 4), ni: between(45, 60), nr: between(25, 35) },
};
function table2(year, regulationsBefore, docsBefore, fee) {
  const { ri, rr, ni, nr } = flows[year];
  return {
    regulations: { issued: ri, repealed: rr, inForce: regulationsBefore + ri - rr },
    normativeDocs: { issued: ni, repealed: nr, inForce: docsBefore + ni - nr },
    licensing: between(160000, 220000),
    penalties: between(18000, 26000),
    coercion: between(900, 1500),
    fees: fee,
  };
}
const T2_2023 = table2(2023, regulationsInForce2022, docsInForce2022, feeAmount(3000, 4500));
const T2_2024 = table2(
  2024,
  T2_2023.regulations.inForce,
  T2_2023.normativeDocs.inForce,
  feeAmount(3500, 5000),
);

const reports = {
  "synthetic-city-2023": report(
    2023,
    { T2: T2_2023, T3: T3_2023, T4: table4() },
    { amount: String(between(600, 900)), unit: "元" },
    narrative2023,
    "2024-03-29",
  ),
  "synthetic-city-2024": report(
    2024,
    { T2: T2_2024, T3: T3_2024, T4: table4() },
    { amount: String(between(900, 1400)), unit: "元" },
    narrative2024,
    "2025-03-28",
  ),
};

for (const [name, r] of Object.entries(reports)) {
  assertSound(name, r);
  writeFileSync(new URL(`${name}.json`, OUT_DIR), stringifyReport(r));
}
