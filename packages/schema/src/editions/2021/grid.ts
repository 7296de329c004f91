import { L } from "../../grid/label.js";
import type { EditionGrid, GridNode } from "../../grid/types.js";

/**
 * The 2021 format (国办公开办函〔2021〕30号) as data. Every label of the edition is written here
 * once; the model, the rules, the templates and the parser all read it from this file.
 */

const count = "count" as const;

export const sections2021 = [
  { key: "overview", heading: L("一、总体情况", "一、總體情況", "I. Overview") },
  {
    key: "proactive",
    heading: L(
      "二、主动公开政府信息情况",
      "二、主動公開政府信息情況",
      "II. Proactive disclosure of government information",
    ),
    table: "T2",
  },
  {
    key: "applications",
    heading: L(
      "三、收到和处理政府信息公开申请情况",
      "三、收到和處理政府信息公開申請情況",
      "III. Disclosure applications received and handled",
    ),
    table: "T3",
  },
  {
    key: "reviews",
    heading: L(
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、政府信息公開行政複議、行政訴訟情況",
      "IV. Administrative reconsideration and litigation concerning disclosure",
    ),
    table: "T4",
  },
  {
    key: "problems",
    heading: L(
      "五、存在的主要问题及改进情况",
      "五、存在的主要問題及改進情況",
      "V. Main problems and improvements",
    ),
    aliases: ["五、政府信息公开工作存在的主要问题及改进情况"],
  },
  {
    key: "other",
    heading: L("六、其他需要报告的事项", "六、其他需要報告的事項", "VI. Other matters to report"),
  },
] as const;

/** The five aspects 一、总体情况 must cover (2021 format, item （一）). */
export const overviewAspects2021 = [
  L("主动公开", "主動公開", "Proactive disclosure"),
  L("依申请公开", "依申請公開", "Disclosure on application"),
  L("政府信息管理", "政府信息管理", "Management of government information"),
  L("政府信息公开平台建设", "政府信息公開平臺建設", "Disclosure platforms"),
  L("监督保障", "監督保障", "Supervision and safeguards"),
] as const;

export const infoContent = L("信息内容", "信息內容", "Information");

/** The items of 条例 Article 20 that table 二 reports on, as the formats caption them. */
export const article20 = {
  item1: L("第二十条第（一）项", "第二十條第（一）項", "Article 20 (1)"),
  item5: L("第二十条第（五）项", "第二十條第（五）項", "Article 20 (5)"),
  item6: L("第二十条第（六）项", "第二十條第（六）項", "Article 20 (6)"),
  item8: L("第二十条第（八）项", "第二十條第（八）項", "Article 20 (8)"),
  item9: L("第二十条第（九）项", "第二十條第（九）項", "Article 20 (9)"),
} as const;

/** Table 二's row labels that both formats print the same way. */
export const table2Rows = {
  regulations: { key: "regulations", label: L("规章", "規章", "Rules (规章)") },
  licensing: { key: "licensing", label: L("行政许可", "行政許可", "Administrative licensing") },
  penalties: { key: "penalties", label: L("行政处罚", "行政處罰", "Administrative penalties") },
  coercion: { key: "coercion", label: L("行政强制", "行政強制", "Administrative coercion") },
  fees: { key: "fees", label: L("行政事业性收费", "行政事業性收費", "Administrative fees") },
} as const;

const decisions = [
  { label: L("本年处理决定数量", "本年處理決定數量", "Decisions made this year") },
] as const;

export const table2_2021 = {
  layout: "blocks",
  id: "T2",
  title: L(
    "主动公开政府信息情况",
    "主動公開政府信息情況",
    "Proactive disclosure of government information",
  ),
  width: 3,
  blocks: [
    {
      caption: article20.item1,
      header: infoContent,
      columns: [
        { key: "issued", label: L("本年制发件数", "本年制發件數", "Issued this year") },
        { key: "repealed", label: L("本年废止件数", "本年廢止件數", "Repealed this year") },
        { key: "inForce", label: L("现行有效件数", "現行有效件數", "In force") },
      ],
      rows: [
        table2Rows.regulations,
        {
          key: "normativeDocs",
          label: L("行政规范性文件", "行政規範性文件", "Administrative normative documents"),
          // the 2019 wording, still printed in some 2021-format tables
          aliases: ["规范性文件"],
        },
      ],
      kind: count,
    },
    {
      caption: article20.item5,
      header: infoContent,
      columns: decisions,
      rows: [table2Rows.licensing],
      kind: count,
    },
    {
      caption: article20.item6,
      header: infoContent,
      columns: decisions,
      rows: [table2Rows.penalties, table2Rows.coercion],
      kind: count,
    },
    {
      caption: article20.item8,
      header: infoContent,
      columns: [
        {
          label: L(
            "本年收费金额（单位：万元）",
            "本年收費金額（單位：萬元）",
            "Fees collected this year (unit: 10,000 yuan)",
          ),
        },
      ],
      rows: [table2Rows.fees],
      kind: "amount",
    },
  ],
} as const;

const t3Rows = [
  {
    key: "R1",
    label: L(
      "一、本年新收政府信息公开申请数量",
      "一、本年新收政府信息公開申請數量",
      "1. New applications received this year",
    ),
  },
  {
    key: "R2",
    label: L(
      "二、上年结转政府信息公开申请数量",
      "二、上年結轉政府信息公開申請數量",
      "2. Applications carried over from last year",
    ),
  },
  {
    label: L("三、本年度办理结果", "三、本年度辦理結果", "3. Results of handling this year"),
    children: [
      { key: "A", label: L("（一）予以公开", "（一）予以公開", "(1) Disclosed") },
      {
        key: "B",
        label: L("（二）部分公开", "（二）部分公開", "(2) Partly disclosed"),
        note: L(
          "（区分处理的，只计这一情形，不计其他情形）",
          "（區分處理的，只計這一情形，不計其他情形）",
          "(applications handled by separation are counted here only, not under any other result)",
        ),
      },
      {
        label: L("（三）不予公开", "（三）不予公開", "(3) Not disclosed"),
        children: [
          { key: "N1", label: L("1.属于国家秘密", "1.屬於國家秘密", "1. State secret") },
          {
            key: "N2",
            label: L(
              "2.其他法律行政法规禁止公开",
              "2.其他法律行政法規禁止公開",
              "2. Disclosure prohibited by other laws or administrative regulations",
            ),
          },
          {
            key: "N3",
            label: L(
              "3.危及“三安全一稳定”",
              "3.危及“三安全一穩定”",
              "3. Would endanger national, public or economic security or social stability",
            ),
          },
          {
            key: "N4",
            label: L(
              "4.保护第三方合法权益",
              "4.保護第三方合法權益",
              "4. Protection of third parties' lawful rights",
            ),
          },
          {
            key: "N5",
            label: L(
              "5.属于三类内部事务信息",
              "5.屬於三類內部事務信息",
              "5. Internal affairs information (three kinds)",
            ),
          },
          {
            key: "N6",
            label: L(
              "6.属于四类过程性信息",
              "6.屬於四類過程性信息",
              "6. Process information (four kinds)",
            ),
          },
          {
            key: "N7",
            label: L(
              "7.属于行政执法案卷",
              "7.屬於行政執法案卷",
              "7. Administrative enforcement case files",
            ),
          },
          {
            key: "N8",
            label: L(
              "8.属于行政查询事项",
              "8.屬於行政查詢事項",
              "8. Administrative enquiry matters",
            ),
          },
        ],
      },
      {
        label: L("（四）无法提供", "（四）無法提供", "(4) Cannot be provided"),
        children: [
          {
            key: "U1",
            label: L(
              "1.本机关不掌握相关政府信息",
              "1.本機關不掌握相關政府信息",
              "1. This body does not hold the information",
            ),
          },
          {
            key: "U2",
            label: L(
              "2.没有现成信息需要另行制作",
              "2.沒有現成信息需要另行製作",
              "2. No existing information; it would have to be created",
            ),
          },
          {
            key: "U3",
            label: L(
              "3.补正后申请内容仍不明确",
              "3.補正後申請內容仍不明確",
              "3. Request still unclear after correction",
            ),
          },
        ],
      },
      {
        label: L("（五）不予处理", "（五）不予處理", "(5) Not processed"),
        children: [
          {
            key: "P1",
            label: L(
              "1.信访举报投诉类申请",
              "1.信訪舉報投訴類申請",
              "1. Petitions, reports or complaints",
            ),
          },
          { key: "P2", label: L("2.重复申请", "2.重複申請", "2. Repeated application") },
          {
            key: "P3",
            label: L(
              "3.要求提供公开出版物",
              "3.要求提供公開出版物",
              "3. Request for published materials",
            ),
          },
          {
            key: "P4",
            label: L(
              "4.无正当理由大量反复申请",
              "4.無正當理由大量反覆申請",
              "4. Numerous repeated applications without good reason",
            ),
          },
          {
            key: "P5",
            label: L(
              "5.要求行政机关确认或重新出具已获取信息",
              "5.要求行政機關確認或重新出具已獲取信息",
              "5. Request to confirm or re-issue information already obtained",
            ),
          },
        ],
      },
      {
        label: L("（六）其他处理", "（六）其他處理", "(6) Other handling"),
        children: [
          {
            key: "O1",
            label: L(
              "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "1.申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請",
              "1. Applicant failed to correct in time without good reason; no further processing",
            ),
          },
          {
            key: "O2",
            label: L(
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
              "2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請",
              "2. Applicant did not pay the fee in time; no further processing",
            ),
          },
          { key: "O3", label: L("3.其他", "3.其他", "3. Other") },
        ],
      },
      { key: "T", label: L("（七）总计", "（七）總計", "(7) Total") },
    ],
  },
  {
    key: "R4",
    label: L("四、结转下年度继续办理", "四、結轉下年度繼續辦理", "4. Carried over to next year"),
  },
] as const satisfies readonly GridNode[];

const t3Columns = [
  {
    label: L("申请人情况", "申請人情況", "Applicants"),
    children: [
      { key: "NP", label: L("自然人", "自然人", "Natural persons") },
      {
        label: L("法人或其他组织", "法人或其他組織", "Legal persons or other organisations"),
        children: [
          { key: "CE", label: L("商业企业", "商業企業", "Commercial enterprises") },
          { key: "RI", label: L("科研机构", "科研機構", "Research institutions") },
          { key: "SW", label: L("社会公益组织", "社會公益組織", "Public-interest organisations") },
          { key: "LS", label: L("法律服务机构", "法律服務機構", "Legal service providers") },
          { key: "OT", label: L("其他", "其他", "Others") },
        ],
      },
      { key: "TOT", label: L("总计", "總計", "Total") },
    ],
  },
] as const satisfies readonly GridNode[];

export const table3_2021 = {
  layout: "matrix",
  id: "T3",
  title: L(
    "收到和处理政府信息公开申请情况",
    "收到和處理政府信息公開申請情況",
    "Disclosure applications received and handled",
  ),
  corner: L(
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）",
    "(Identity for each column: item 1 plus item 2 equals item 3 plus item 4)",
  ),
  rows: t3Rows,
  columns: t3Columns,
  kind: count,
} as const;

export const outcomes2021 = [
  { key: "keep", label: L("结果维持", "結果維持", "Upheld") },
  { key: "fix", label: L("结果纠正", "結果糾正", "Corrected") },
  { key: "oth", label: L("其他结果", "其他結果", "Other result") },
  { key: "pend", label: L("尚未审结", "尚未審結", "Pending") },
  { key: "tot", label: L("总计", "總計", "Total") },
] as const satisfies readonly GridNode[];

export const table4_2021 = {
  layout: "matrix",
  id: "T4",
  title: L(
    "政府信息公开行政复议、行政诉讼情况",
    "政府信息公開行政複議、行政訴訟情況",
    "Administrative reconsideration and litigation concerning disclosure",
  ),
  rows: [],
  columns: [
    {
      key: "RV",
      label: L("行政复议", "行政複議", "Administrative reconsideration"),
      children: outcomes2021,
    },
    {
      label: L("行政诉讼", "行政訴訟", "Administrative litigation"),
      children: [
        {
          key: "LD",
          label: L(
            "未经复议直接起诉",
            "未經複議直接起訴",
            "Sued directly, without reconsideration",
          ),
          children: outcomes2021,
        },
        {
          key: "LR",
          label: L("复议后起诉", "複議後起訴", "Sued after reconsideration"),
          children: outcomes2021,
        },
      ],
    },
  ],
  kind: count,
} as const satisfies { rows: readonly GridNode[]; columns: readonly GridNode[] } & Record<
  string,
  unknown
>;

export const grid2021 = {
  edition: "2021",
  name: L("2021年格式", "2021年格式", "2021 format"),
  source: "国办公开办函〔2021〕30号",
  sections: sections2021,
  tables: [table2_2021, table3_2021, table4_2021],
} as const satisfies EditionGrid;
