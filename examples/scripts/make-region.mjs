/**
 * Writes examples/region/: the 2024 reports of a fictional district (青禾区) — the government as
 * one body, its office, eight departments and four streets/townships — one township still in the
 * older layout (the edition the current one's crosswalk comes from), with the expected list.
 * Deterministic (seeded PRNG); the published aggregate is then written by the roll-up itself:
 *
 *   npm run build && node examples/scripts/make-region.mjs
 *   npx zfxxgk rollup "examples/region/bodies/*.json" --agency 青禾区人民政府 --year 2024 \
 *     --expected examples/region/expected.txt -o examples/region/aggregate-2024.json
 */
import { mkdirSync, writeFileSync } from "node:fs";
import {
  creditCodeCheckChar,
  EDITIONS,
  editionForYear,
  emptyReport,
  fillTotals,
  parseReport,
  writeCell,
} from "@zfxxgk/schema";
import { prng } from "./prng.mjs";
import { stringifyReport } from "./report-json.mjs";

const OUT = new URL("../region/", import.meta.url);
const YEAR = 2024;
const CURRENT = editionForYear(YEAR);
const OLDER = EDITIONS[CURRENT].crosswalk?.from;

const random = prng(20250131);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

/** [file, name, scale (applications), kind]; the credit codes are made up with a valid check digit. */
const BODIES = [
  ["01-government", "青禾区人民政府", 30, "government"],
  ["02-office", "青禾区人民政府办公室", 12, "department"],
  ["03-development", "青禾区发展和改革局", 10, "department"],
  ["04-education", "青禾区教育局", 40, "department"],
  ["05-public-security", "青禾区公安分局", 25, "department"],
  ["06-civil-affairs", "青禾区民政局", 15, "department"],
  ["07-finance", "青禾区财政局", 8, "department"],
  ["08-human-resources", "青禾区人力资源和社会保障局", 22, "department"],
  ["09-natural-resources", "青禾区自然资源局", 60, "department"],
  ["10-health", "青禾区卫生健康委员会", 18, "department"],
  ["11-east-street", "青禾区东城街道办事处", 6, "street"],
  ["12-west-street", "青禾区西城街道办事处", 5, "street"],
  ["13-river-town", "青禾区临河镇人民政府", 3, "town"],
  ["14-stone-bridge-town", "青禾区石桥镇人民政府", 2, "older"],
];

const creditCode = (n) => {
  const body = `11${"330199"}${String(70000000 + n * 137).padStart(8, "0")}M`;
  return body + creditCodeCheckChar(body);
};

const APPLICANTS = ["NP", "CE", "RI", "SW", "LS", "OT"];

function report(name, scale, kind, n) {
  const edition = kind === "older" ? OLDER : CURRENT;
  const r = emptyReport({ agency: name, year: YEAR, edition });
  r.meta.creditCode = creditCode(n);
  r.meta.publishedOn = kind === "department" || kind === "street" ? `${YEAR + 1}-01-24` : `${YEAR + 1}-03-20`;
  const leaves = EDITIONS[edition].totals
    .find((s) => s.total === "T3.T.NP")
    .parts.map((id) => id.split(".")[1]);
  const t3 = r.tables.T3;
  for (const col of APPLICANTS) {
    const weight = col === "NP" ? 1 : col === "CE" ? 0.3 : 0.05;
    let total = 0;
    for (const leaf of leaves) {
      // None withheld as state secrets; the older township had no （六）其他处理, which maps to no single row.
      const none = leaf === "N1" || (kind === "older" && leaf === "O");
      const v = none ? 0 : leaf === "A" ? between(0, Math.ceil(scale * weight)) : between(0, 1) * between(0, Math.ceil(scale * weight * 0.2));
      t3[leaf][col] = v;
      total += v;
    }
    const carried = between(0, 1);
    const pending = between(0, 1);
    t3.R2[col] = carried;
    t3.R4[col] = pending;
    t3.R1[col] = total + pending - carried >= 0 ? total + pending - carried : 0;
    if (total + pending - carried < 0) t3.R2[col] = total + pending;
  }
  const t4 = r.tables.T4;
  for (const g of ["RV", "LD", "LR"]) {
    t4[g].keep = between(0, Math.ceil(scale / 15));
    t4[g].fix = between(0, 1);
    t4[g].oth = 0;
    t4[g].pend = between(0, 1);
  }
  const t2 = r.tables.T2;
  if (edition === CURRENT) {
    t2.regulations = { issued: 0, repealed: 0, inForce: 0 };
    const issued = kind === "government" ? between(3, 6) : between(0, 3);
    t2.normativeDocs = { issued, repealed: between(0, 1), inForce: issued + between(5, 30) };
    t2.licensing = kind === "street" || kind === "town" ? between(0, 20) : between(10, 600);
    t2.penalties = kind === "department" ? between(0, 300) : between(0, 10);
    t2.coercion = between(0, 5);
    t2.fees = kind === "department" ? `${between(0, 90)}.${String(between(0, 99)).padStart(2, "0")}` : "0";
    r.processingFee = { amount: "0", unit: "元" };
  } else {
    t2.regulations = { made: 0, published: 0, total: 0 };
    t2.normativeDocs = { made: 1, published: 1, total: 9 };
    t2.licensing = { previous: 14, change: 1, decisions: 8 };
    t2.otherServices = { previous: 5, change: 0, decisions: 3 };
    t2.penalties = { previous: 2, change: 0, decisions: 1 };
    t2.coercion = { previous: 0, change: 0, decisions: 0 };
    t2.fees = { previous: 0, change: 0 };
    // The older format prints no unit for 采购总金额: this township wrote 元.
    t2.procurement = { count: 2, amount: "386000元" };
  }
  // Statistics practice leaves blank where there is no data: the west street did so for 行政强制.
  if (n === 12) writeCell(r, EDITIONS[edition].cellIndex.get("T2.coercion"), null);

  const filled = fillTotals(r).report;
  const t = filled.tables.T3;
  const v = filled.tables.T4;
  filled.sections.overview.splice(1, 0, {
    type: "paragraph",
    text: `${name}坚持以公开为常态、不公开为例外，及时更新政策文件和办事指南栏目。`,
  });
  filled.sections.overview.splice(3, 0, {
    type: "paragraph",
    text: `本年共收到政府信息公开申请${t.R1.TOT}件，上年结转${t.R2.TOT}件，办结${t.T.TOT}件，结转下年度继续办理${t.R4.TOT}件。因政府信息公开引发行政复议${v.RV.tot}件，行政诉讼${v.LD.tot + v.LR.tot}件。`,
  });
  filled.sections.problems.push({
    type: "paragraph",
    text: "部分栏目更新不够及时，下一步将完善信息发布审核流程。",
  });
  filled.sections.other.push({
    type: "paragraph",
    text: edition === CURRENT ? "本年度未收取信息处理费。" : "本年度无其他需要报告的事项。",
  });
  const parsed = parseReport(filled);
  if (!parsed.report) throw new Error(`${name}: ${JSON.stringify(parsed.diagnostics[0])}`);
  return parsed.report;
}

mkdirSync(new URL("bodies/", OUT), { recursive: true });
BODIES.forEach(([file, name, scale, kind], i) => {
  writeFileSync(new URL(`bodies/${file}.json`, OUT), stringifyReport(report(name, scale, kind, i + 1)));
});
// The expected list names every body, and one more that did not publish (it must be reported missing).
const expected = [
  "# 青禾区 2024 年度应报送政府信息公开工作年度报告的单位：名称，可加制表符和统一社会信用代码",
  ...BODIES.map(([, name], i) => (i % 2 === 0 ? `${name}\t${creditCode(i + 1)}` : name)),
  "青禾区审计局",
];
writeFileSync(new URL("expected.txt", OUT), `${expected.join("\n")}\n`);
