import { EDITIONS } from "@zfxxgk/schema";
import { CELLS, type CellView, idx, MARK, NUMBER } from "../../engine/cells.js";
import type { Emit, Rule } from "../../engine/rule.js";
import { checkIdentity, identitiesOf, identityCells } from "../../engine/sum-check.js";

/** The 《政府信息公开情况统计表》 of 2008–2018 reports (S-01…S-13). */
const TABLE = "《政府信息公开情况统计表》（国办发〔2014〕32号）";
const EDITION = Object.values(EDITIONS).filter((e) => e.grid.tables.some((t) => t.id === "S"));
const S = (key: string) => `S.${key}`;
const n = (view: CellView, id: string) => view.num[idx(id)] as number;
const isNumber = (view: CellView, id: string) => view.state[idx(id)] === NUMBER;
const pointer = (id: string) => CELLS[idx(id)]?.pointer ?? "";

/** Reports `small > large` for each pair whose two cells are numbers. */
function notAbove(view: CellView, pairs: readonly (readonly [string, string])[], emit: Emit) {
  for (const [small, large] of pairs) {
    if (!isNumber(view, small) || !isNumber(view, large)) continue;
    const a = n(view, small);
    const b = n(view, large);
    if (a > b)
      emit({
        path: pointer(small),
        cells: [small, large],
        actual: a,
        expected: b,
        difference: a - b,
      });
  }
}

const sumRule = (
  id: string,
  title: Rule["title"],
  description: Rule["description"],
  type: Rule["type"] = "structural",
): Rule => ({
  id,
  type,
  severity: "error",
  title,
  description,
  source: `${TABLE}：分项行${type === "structural" ? "" : "（derived by this toolkit）"}`,
  cells: identityCells(EDITION, id),
  check(ctx, emit) {
    for (const r of identitiesOf(ctx.edition, id)) checkIdentity(r, ctx.cells, emit);
  },
});

const CHANNELS = ["1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5"].map(S);
/** The 回应 channels counted in events (次); 政策解读稿件 (篇) is another unit. */
const RESPONSE_EVENTS = ["2.2.1", "2.2.2", "2.2.4", "2.2.5"].map(S);
const MONEY = ["7", "8.4"].map(S);

export const statisticsRules: readonly Rule[] = [
  sumRule(
    "S-01",
    { "zh-Hans": "收到申请数 = 各申请方式之和", en: "Applications received = the channels" },
    {
      "zh-Hans": "三（一）收到申请数等于当面、传真、网络、信函申请数之和。",
      en: "Applications received equal those made in person, by fax, online and by letter.",
    },
  ),
  sumRule(
    "S-02",
    { "zh-Hans": "申请办结数 = 按时办结数 + 延期办结数", en: "Concluded = on time + extended" },
    {
      "zh-Hans": "三（二）申请办结数等于按时办结数与延期办结数之和。",
      en: "Applications concluded equal those concluded on time plus those with an extension.",
    },
  ),
  sumRule(
    "S-03",
    { "zh-Hans": "申请答复数 = 八类答复之和", en: "Answers = the eight kinds of answer" },
    {
      "zh-Hans":
        "三（三）申请答复数等于属于已主动公开范围、同意公开、同意部分公开、不同意公开、不属于本行政机关公开、申请信息不存在、告知作出更改补充、告知通过其他途径办理八项之和。",
      en: "Answers given equal the sum of the eight kinds of answer.",
    },
  ),
  sumRule(
    "S-04",
    { "zh-Hans": "不同意公开答复数 = 六种理由之和", en: "Refusals = the six reasons" },
    {
      "zh-Hans": "4.不同意公开答复数等于其下「其中」六种理由之和（法律法规规定的其他情形兜底）。",
      en: "Refusals equal the sum of the six reasons listed under them (the last one catches the rest).",
    },
  ),
  {
    id: "S-05",
    type: "heuristic",
    severity: "warning",
    title: { "zh-Hans": "申请答复数 = 申请办结数", en: "Answers = applications concluded" },
    description: {
      "zh-Hans": "每件办结的申请都作出一个答复，申请答复数应等于申请办结数。",
      en: "Every concluded application gets one answer: answers given equal applications concluded.",
    },
    source: `${TABLE}（derived by this toolkit）`,
    cells: [S("3.3"), S("3.2")],
    check({ cells }, emit) {
      const [answers, concluded] = [S("3.3"), S("3.2")];
      if (!isNumber(cells, answers) || !isNumber(cells, concluded)) return;
      const a = n(cells, answers);
      const b = n(cells, concluded);
      if (a !== b)
        emit({
          path: pointer(answers),
          cells: [answers, concluded],
          actual: a,
          expected: b,
          difference: a - b,
        });
    },
  },
  {
    id: "S-06",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "申请办结数不远超收到申请数",
      en: "Applications concluded do not far exceed those received",
    },
    description: {
      "zh-Hans": "统计表没有上年结转行，办结数可以多于当年收到数；多于收到数的 1.5 倍时提示复核。",
      en: "The table has no carry-over row, so more may be concluded than received; more than 1.5 times as many is worth a second look.",
    },
    source: `${TABLE}（a weak heuristic of this toolkit）`,
    cells: [S("3.2"), S("3.1")],
    check({ cells }, emit) {
      const [concluded, received] = [S("3.2"), S("3.1")];
      if (!isNumber(cells, concluded) || !isNumber(cells, received)) return;
      const limit = n(cells, received) * 1.5;
      if (n(cells, concluded) > limit)
        emit({
          path: pointer(concluded),
          cells: [concluded, received],
          actual: n(cells, concluded),
          expected: limit,
        });
    },
  },
  sumRule(
    "S-07",
    {
      "zh-Hans": "行政复议、行政诉讼数量 = 各结果之和",
      en: "Reconsiderations and lawsuits = their outcomes",
    },
    {
      "zh-Hans":
        "四、行政复议数量等于维持、被依法纠错、其他情形之和；五、行政诉讼数量同理（未审结的计入其他情形）。",
      en: "Reconsiderations equal upheld + corrected + other outcomes; lawsuits likewise (pending cases fall under other outcomes).",
    },
  ),
  sumRule(
    "S-08",
    { "zh-Hans": "工作人员数 = 专职 + 兼职", en: "Staff = full-time + part-time" },
    {
      "zh-Hans": "八（三）从事政府信息公开工作人员数等于专职人员数与兼职人员数之和。",
      en: "Staff working on disclosure equal full-time plus part-time staff.",
    },
  ),
  {
    id: "S-09",
    type: "official",
    severity: "error",
    title: {
      "zh-Hans": "主动公开政府信息数不小于任一渠道、不大于各渠道之和",
      en: "Information disclosed is at least each channel and at most their sum",
    },
    description: {
      "zh-Hans":
        "行名自带计数规则「不同渠道和方式公开相同信息计1条」：同一信息经多个渠道公开只计一次，各渠道之和可以大于总数，但总数不能小于任一渠道的数，也不能大于各渠道之和。",
      en: "The row's own counting rule counts an item published through several channels once: the channels may add up to more than the total, but the total cannot be below any one channel nor above their sum.",
    },
    source: `${TABLE}：「（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）」`,
    cells: [S("1.1"), ...CHANNELS],
    check({ cells }, emit) {
      const total = S("1.1");
      if (!isNumber(cells, total)) return;
      const given = CHANNELS.filter((c) => isNumber(cells, c));
      if (!given.length) return;
      const t = n(cells, total);
      const widest = given.reduce((a, b) => (n(cells, b) > n(cells, a) ? b : a));
      if (t < n(cells, widest))
        emit({
          path: pointer(total),
          cells: [total, widest],
          actual: t,
          expected: n(cells, widest),
          difference: t - n(cells, widest),
          params: { bound: "max" },
        });
      const sum = given.reduce((a, c) => a + n(cells, c), 0);
      if (given.length === CHANNELS.length && t > sum)
        emit({
          path: pointer(total),
          cells: [total, ...CHANNELS],
          actual: t,
          expected: sum,
          difference: t - sum,
          params: { bound: "sum" },
        });
    },
  },
  {
    id: "S-10",
    type: "official",
    severity: "warning",
    title: {
      "zh-Hans": "回应热点舆情数不大于各渠道回应次数之和",
      en: "Concerns responded to are at most the responses by channel",
    },
    description: {
      "zh-Hans":
        "「不同方式回应同一热点或舆情计1次」：回应数不能大于新闻发布会、在线访谈、微博微信、其他方式回应次数之和（政策解读稿件以篇计，不计入）。",
      en: "A concern answered through several channels counts once: the total cannot exceed the press conferences, interviews, microblog/WeChat and other responses together (policy explanations, counted in articles, are left out).",
    },
    source: `${TABLE}：「回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）」`,
    cells: [S("2.1"), ...RESPONSE_EVENTS],
    check({ cells }, emit) {
      const total = S("2.1");
      if (![total, ...RESPONSE_EVENTS].every((c) => isNumber(cells, c))) return;
      const sum = RESPONSE_EVENTS.reduce((a, c) => a + n(cells, c), 0);
      if (n(cells, total) > sum)
        emit({
          path: pointer(total),
          cells: [total, ...RESPONSE_EVENTS],
          actual: n(cells, total),
          expected: sum,
          difference: n(cells, total) - sum,
        });
    },
  },
  {
    id: "S-11",
    type: "structural",
    severity: "error",
    title: { "zh-Hans": "「其中」行不大于其上级行", en: "An 其中 row is at most its parent" },
    description: {
      "zh-Hans":
        "主动公开规范性文件数不大于主动公开政府信息数；主要负责同志参加新闻发布会、在线访谈次数不大于相应总次数。",
      en: "Normative documents disclosed are at most the information disclosed; the principal leader's press conferences and interviews are at most all of them.",
    },
    source: `${TABLE}：「其中」`,
    cells: [S("1.1.a"), S("1.1"), S("2.2.1.a"), S("2.2.1"), S("2.2.2.a"), S("2.2.2")],
    check({ cells }, emit) {
      notAbove(
        cells,
        [
          [S("1.1.a"), S("1.1")],
          [S("2.2.1.a"), S("2.2.1")],
          [S("2.2.2.a"), S("2.2.2")],
        ],
        emit,
      );
    },
  },
  {
    id: "S-12",
    type: "heuristic",
    severity: "info",
    title: {
      "zh-Hans": "主动公开规范性文件数不大于制发规范性文件总数",
      en: "Normative documents disclosed are at most those issued",
    },
    description: {
      "zh-Hans":
        "主动公开的规范性文件一般不多于本年制发的规范性文件（单位不同，且可能含往年文件，故仅作提示）。",
      en: "Normative documents disclosed are usually not more than those issued (different units, and older documents may be included: a note only).",
    },
    source: `${TABLE}（a weak heuristic of this toolkit）`,
    cells: [S("1.1.a"), S("1.1.b")],
    check({ cells }, emit) {
      notAbove(cells, [[S("1.1.a"), S("1.1.b")]], emit);
    },
  },
  {
    id: "S-13",
    type: "structural",
    severity: "warning",
    title: { "zh-Hans": "费用、经费以万元填报", en: "Fees and funding in 万元" },
    description: {
      "zh-Hans":
        "七、依申请公开信息收取的费用与八（四）政府信息公开专项经费以万元为单位，填非负小数；写作记号或印作其他单位时报出。",
      en: "Fees charged and dedicated funding are decimals ≥ 0 in 万元; a mark instead of a number, or another printed unit, is reported.",
    },
    source: `${TABLE}：单位「万元」`,
    cells: MONEY,
    check({ report, cells }, emit) {
      for (const id of MONEY) {
        const i = idx(id);
        if (cells.state[i] === MARK)
          emit({ path: pointer(id), cells: [id], actual: String(cells.raw[i]), expected: "万元" });
      }
      const printed = "statistics" in report ? report.statistics?.rows : undefined;
      for (const row of printed ?? []) {
        const id = row.key && S(row.key);
        if (!id || !MONEY.includes(id) || !row.unit || row.unit === "万元") continue;
        emit({ path: pointer(id), cells: [id], expected: "万元", params: { unit: row.unit } });
      }
    },
  },
];
