/**
 * Writes examples/synthetic-city-{2020,2021,2023,2024}.json: a fictional city (示例市) with thousands
 * of applications, every table cell non-zero, every identity exact, and consecutive years
 * consistent with each other. 2020 is in the 2019 format (国办公开办函〔2019〕60号), the others in
 * the 2021 format; 2020's 结转下年度继续办理 is 2021's 上年结转. Deterministic (seeded PRNG; the
 * 2023/2024 figures are drawn first, so adding years left them unchanged); rerun after changing it:
 *
 *   npm run build -w packages/schema && node examples/scripts/make-synthetic.mjs
 */
import { writeFileSync } from "node:fs";
import { creditCodeCheckChar, editionOf, parseReport, toCells } from "@zfxxgk/schema";
import { prng } from "./prng.mjs";
import { stringifyReport } from "./report-json.mjs";

const OUT_DIR = new URL("../", import.meta.url);
const SEED = 20241231;

const random = prng(SEED);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const APPLICANTS = ["NP", "CE", "RI", "SW", "LS", "OT"];
const RESULTS_2021 = [
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
/** The 2019 format's result rows: （六）其他处理 is the single row O. */
const RESULTS_2019 = [
  ...RESULTS_2021.filter(([key]) => !key.startsWith("O")),
  ["O", 8.5],
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
function table3(newByColumn, carriedByColumn, results = RESULTS_2021) {
  const table = {};
  const rows = ["R1", "R2", ...results.map(([key]) => key), "T", "R4"];
  for (const row of rows) table[row] = {};
  for (const col of APPLICANTS) {
    const inflow = newByColumn[col] + carriedByColumn[col];
    const carryOut = Math.max(1, Math.round(inflow * (0.03 + random() * 0.03)));
    const concluded = inflow - carryOut;
    const weights = results.map(([, w]) => w * (0.7 + random() * 0.6));
    const split = allocate(concluded, weights);
    table.R1[col] = newByColumn[col];
    table.R2[col] = carriedByColumn[col];
    results.forEach(([key], i) => {
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
  const keys = Object.keys(T3).filter((k) => !["R1", "R2", "T", "R4"].includes(k));
  const group = (prefix) => sum(keys.filter((k) => k.startsWith(prefix)));
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

/** The 2019 format's table 二 prints these counts; the narrative of 2020 quotes them. */
function narrative2020(f) {
  const { T2, T4 } = f;
  return {
    preamble: [
      p(
        "本年度报告依据《中华人民共和国政府信息公开条例》，按国办公开办函〔2019〕60号印发的格式编写，数据统计期为2020年1月1日至2020年12月31日。",
      ),
    ],
    sections: {
      overview: [
        p(
          "2020年，示例市人民政府在统筹疫情防控和经济社会发展中做好政府信息公开，防疫政策、复工复产措施和惠企资金信息做到及时发布、集中展示。",
        ),
        h("（一）主动公开"),
        p(
          `市政府本年新制作规章${T2.regulations.made}件、新公开${T2.regulations.published}件，对外公开的规章共${T2.regulations.total}件；新制作规范性文件${T2.normativeDocs.made}件、新公开${T2.normativeDocs.published}件，对外公开总数${T2.normativeDocs.total}件。`,
        ),
        p(
          `全市作出行政许可处理决定${T2.licensing.decisions}件、行政处罚${T2.penalties.decisions}件、行政强制${T2.coercion.decisions}件，政府集中采购项目${T2.procurement.count}个。`,
        ),
        h("（二）依申请公开"),
        p(
          `全年新收政府信息公开申请${f.newApps}件，上年结转${f.carriedIn}件，其中自然人申请${f.byPersons}件，法人或其他组织申请${f.byOrganisations}件。`,
        ),
        p(
          `本年度办结${f.concluded}件，其中予以公开${f.disclosed}件、部分公开${f.partly}件、不予公开${f.refused}件、无法提供${f.unavailable}件、不予处理${f.notProcessed}件、其他处理${f.other}件，另有${f.carriedOut}件结转下年度继续办理。`,
        ),
        p(
          `因政府信息公开被申请行政复议${T4.RV.tot}件，维持${T4.RV.keep}件，纠正${T4.RV.fix}件，其他结果${T4.RV.oth}件，尚未审结${T4.RV.pend}件；被提起行政诉讼${f.lawsuits}件，其中未经复议直接起诉${T4.LD.tot}件，复议后起诉${T4.LR.tot}件。`,
        ),
        h("（三）政府信息管理"),
        p("梳理疫情期间出台的临时性政策文件，逐件标注有效期和公开属性，保密审查与发文审核同步进行。"),
        h("（四）政府信息公开平台建设"),
        p("在门户网站开设疫情防控和复工复产专题，政策问答库对外开放查询，政务新媒体同步推送重要信息。"),
        h("（五）监督保障"),
        p("制定政务公开年度任务清单，按月调度完成情况，对各区县和部门开展线上培训和专项检查。"),
      ],
      proactive: [],
      applications: [
        p(`法人或其他组织的申请中，商业企业${f.byCompanies}件，法律服务机构${f.byLawFirms}件。`),
      ],
      reviews: [p(`复议机关决定纠正的${T4.RV.fix}件，均已按复议决定重新答复申请人。`)],
      problems: [
        h("（一）存在问题"),
        p("突发事件中的信息发布衔接还不够顺畅，部分部门依申请公开答复时限把握不严。"),
        h("（二）改进情况"),
        p("将建立重大突发事件信息发布协同机制，把答复时限纳入日常督查，定期通报超期情况。"),
      ],
      other: [p("本年度无其他需要报告的事项。")],
    },
  };
}

function narrative2021(f, fee) {
  const { T2, T4 } = f;
  return {
    preamble: [
      p(
        "这是示例市人民政府首份按国办公开办函〔2021〕30号新格式编制的政府信息公开工作年度报告，统计时段为2021年1月1日至12月31日。",
      ),
    ],
    sections: {
      overview: [
        p(
          "2021年，示例市人民政府对照新修订的年度报告格式，完善统计口径，把政务公开与优化政务服务、加强政策解读结合起来推进。",
        ),
        h("（一）主动公开"),
        p(
          `年内制发规章${T2.regulations.issued}件，废止${T2.regulations.repealed}件，现行有效${T2.regulations.inForce}件；制发行政规范性文件${T2.normativeDocs.issued}件，废止${T2.normativeDocs.repealed}件，现行有效${T2.normativeDocs.inForce}件。`,
        ),
        p(
          `本年作出行政许可决定${T2.licensing}件、行政处罚决定${T2.penalties}件、行政强制决定${T2.coercion}件，收取行政事业性收费${T2.fees}万元。`,
        ),
        h("（二）依申请公开"),
        p(
          `本年新收申请${f.newApps}件，连同上年结转的${f.carriedIn}件，共办结${f.concluded}件，结转下年度继续办理${f.carriedOut}件。自然人申请${f.byPersons}件，法人或其他组织申请${f.byOrganisations}件。`,
        ),
        p(
          `办理结果为：予以公开${f.disclosed}件，部分公开${f.partly}件，不予公开${f.refused}件，无法提供${f.unavailable}件，不予处理${f.notProcessed}件，其他处理${f.other}件。`,
        ),
        p(
          `涉及政府信息公开的行政复议${T4.RV.tot}件，其中维持${T4.RV.keep}件、纠正${T4.RV.fix}件、其他结果${T4.RV.oth}件、尚未审结${T4.RV.pend}件；行政诉讼${f.lawsuits}件，直接起诉的${T4.LD.tot}件，复议后起诉的${T4.LR.tot}件。`,
        ),
        h("（三）政府信息管理"),
        p("按新格式重新核定规章和规范性文件的现行有效底数，建立文件制发、废止台账，按季度更新。"),
        h("（四）政府信息公开平台建设"),
        p("政策文件库增加按效力状态筛选的功能，办事服务栏目与政务服务平台实现统一检索。"),
        h("（五）监督保障"),
        p("政务公开纳入依法行政考核，聘请社会监督员对公开质量进行评议，评议意见逐条反馈。"),
        h("（六）工作考核、社会评议和责任追究结果情况"),
        p("本年度考核结果已向社会公开，未发现需要追究责任的情形。"),
      ],
      proactive: [],
      applications: [
        p(`从申请主体看，商业企业提出${f.byCompanies}件，法律服务机构提出${f.byLawFirms}件。`),
      ],
      reviews: [p(`被纠正的${T4.RV.fix}件已全部整改，相关答复文书重新制作。`)],
      problems: [
        h("（一）主要问题"),
        p("新格式的统计口径仍有部门理解不一致，少数栏目的历史文件有效性标注不全。"),
        h("（二）改进措施"),
        p("编制统计口径说明并组织专题辅导，分批补齐历史文件的有效性标注。"),
      ],
      other: [p(`全年收取信息处理费${fee.amount}元，收费依据和标准均已公开。`)],
    },
  };
}

function report(year, tables, fee, narrative, publishedOn, edition = "2021") {
  const base = {
    edition,
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
  };
  const text = narrative(figures(base), fee);
  return {
    edition: base.edition,
    meta: base.meta,
    preamble: text.preamble,
    sections: text.sections,
    tables,
    ...(fee ? { processingFee: fee } : {}),
  };
}

function numbers(cells, ids) {
  return ids.reduce((acc, id) => acc + cells[id], 0);
}

/** Throws unless the report parses and every identity of its edition holds with no blank or 0 cell. */
function assertSound(name, report) {
  const parsed = parseReport(report);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.diagnostics)}`);
  const cells = toCells(report);
  for (const [id, value] of Object.entries(cells)) {
    const zero = value === 0 || value === null || /^0(\.0+)?(元|万元)?$/.test(String(value));
    if (zero) throw new Error(`${name}: ${id} is ${value}`);
  }
  for (const { rule, left, right } of editionOf(report.edition).identities) {
    if (numbers(cells, left) !== numbers(cells, right)) {
      throw new Error(`${name}: ${rule} ${left.join("+")} ≠ ${right.join("+")}`);
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

// 2020 (in the 2019 format) and 2021, drawn after 2023/2024 so that those stayed as they were.
const scaled = (counts, lo, spread) =>
  Object.fromEntries(
    Object.entries(counts).map(([col, n]) => [col, Math.round(n * (lo + random() * spread))]),
  );
const newApps2020 = scaled(newApps2023, 0.75, 0.1);
const carried2020 = scaled(carried2023, 0.7, 0.2);
const T3_2020 = table3(newApps2020, carried2020, RESULTS_2019);
const newApps2021 = scaled(newApps2020, 1.05, 0.1);
const carried2021 = Object.fromEntries(APPLICANTS.map((col) => [col, T3_2020.R4[col]]));
const T3_2021 = table3(newApps2021, carried2021);

/** 本年增/减: a change of either sign, never 0. */
const signed = (lo, hi) => (random() < 0.5 ? -1 : 1) * between(lo, hi);
/** The previous count, the change and this year's decisions of a 2019-format row. */
const items = (previous, change, decisions) => ({ previous, change, decisions });
const regulationsMade2020 = between(3, 7);
const docsMade2020 = between(35, 50);
const T2_2020 = {
  regulations: {
    made: regulationsMade2020,
    published: regulationsMade2020,
    total: between(60, 75),
  },
  normativeDocs: {
    made: docsMade2020,
    published: docsMade2020 - between(1, 3),
    total: between(520, 580),
  },
  licensing: items(between(900, 1100), signed(5, 40), between(150000, 200000)),
  otherServices: items(between(600, 800), signed(5, 30), between(300000, 400000)),
  penalties: items(between(2500, 3200), signed(10, 60), between(16000, 22000)),
  coercion: items(between(60, 90), signed(1, 6), between(800, 1300)),
  fees: { previous: between(20, 35), change: signed(1, 4) },
  procurement: {
    count: between(120, 200),
    amount: `${between(20000, 40000)}.${between(0, 9)}${between(1, 9)}万元`,
  },
};
/** 2021's decisions continue 2020's (the counts T2b-07 compares), a little more each. */
const grown = (n) => Math.round(n * (1.02 + random() * 0.08));
const T2_2021 = {
  regulations: {
    issued: between(3, 7),
    repealed: between(1, 3),
    inForce: between(70, 80),
  },
  normativeDocs: {
    issued: between(40, 55),
    repealed: between(15, 25),
    inForce: between(540, 600),
  },
  licensing: grown(T2_2020.licensing.decisions),
  penalties: grown(T2_2020.penalties.decisions),
  coercion: grown(T2_2020.coercion.decisions),
  fees: feeAmount(2500, 3500),
};

reports["synthetic-city-2020"] = report(
  2020,
  { T2: T2_2020, T3: T3_2020, T4: table4() },
  undefined,
  narrative2020,
  "2021-01-29",
  "2019",
);
reports["synthetic-city-2021"] = report(
  2021,
  { T2: T2_2021, T3: T3_2021, T4: table4() },
  { amount: String(between(400, 700)), unit: "元" },
  narrative2021,
  "2022-01-28",
);

for (const [name, r] of Object.entries(reports)) {
  assertSound(name, r);
  writeFileSync(new URL(`${name}.json`, OUT_DIR), stringifyReport(r));
}
