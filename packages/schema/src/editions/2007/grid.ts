import { L } from "../../grid/label.js";
import type { EditionGrid, GridNode, Label } from "../../grid/types.js";

/**
 * 《政府信息公开情况统计表》, the national statistics table of the 2014 reporting system (国办发
 * 〔2014〕32号) as attached to 2015–2018 reports (format.md §3.2; seed 003 prints it in full). One
 * flat list of rows `统计指标 | 单位 | 统计数`: each row with a value is keyed by its official
 * numbering (`3.1` is 三（一）, `3.1.2` its item 2, letters for the unnumbered 其中 rows), rows that
 * only title the rows after them carry their number as `heading`, and `level` is the indentation.
 */

/** The units the table prints. */
export const UNITS = {
  条: L("条", "條", "items"),
  件: L("件", "件", "cases"),
  次: L("次", "次", "times"),
  篇: L("篇", "篇", "articles"),
  个: L("个", "個", "units"),
  人: L("人", "人", "persons"),
  人次: L("人次", "人次", "attendances"),
  万元: L("万元", "萬元", "10k yuan"),
  "—": L("—", "—", "—"),
} as const satisfies Record<string, Label>;

const U = UNITS;

export const statisticsRows = [
  {
    heading: "1",
    level: 0,
    label: L("一、主动公开情况", "一、主動公開情況", "1. Proactive disclosure"),
  },
  {
    key: "1.1",
    level: 1,
    label: L(
      "（一）主动公开政府信息数",
      "（一）主動公開政府信息數",
      "(1) Government information disclosed proactively",
    ),
    note: L(
      "（不同渠道和方式公开相同信息计1条）",
      "（不同渠道和方式公開相同信息計1條）",
      " (counted once across channels)",
    ),
    unit: U.条,
  },
  {
    key: "1.1.a",
    level: 2,
    label: L(
      "其中：主动公开规范性文件数",
      "其中：主動公開規範性文件數",
      "of which: normative documents disclosed",
    ),
    unit: U.条,
  },
  {
    key: "1.1.b",
    level: 2,
    label: L("制发规范性文件总数", "制發規範性文件總數", "Normative documents issued in total"),
    unit: U.件,
  },
  {
    heading: "1.2",
    level: 1,
    label: L(
      "（二）通过不同渠道和方式公开政府信息的情况",
      "（二）通過不同渠道和方式公開政府信息的情況",
      "(2) Disclosure by channel",
    ),
  },
  {
    key: "1.2.1",
    level: 2,
    label: L(
      "1.政府公报公开政府信息数",
      "1.政府公報公開政府信息數",
      "1. Through the government gazette",
    ),
    unit: U.条,
  },
  {
    key: "1.2.2",
    level: 2,
    label: L(
      "2.政府网站公开政府信息数",
      "2.政府網站公開政府信息數",
      "2. Through the government website",
    ),
    unit: U.条,
  },
  {
    key: "1.2.3",
    level: 2,
    label: L(
      "3.政务微博公开政府信息数",
      "3.政務微博公開政府信息數",
      "3. Through government microblogs",
    ),
    unit: U.条,
  },
  {
    key: "1.2.4",
    level: 2,
    label: L(
      "4.政务微信公开政府信息数",
      "4.政務微信公開政府信息數",
      "4. Through government WeChat accounts",
    ),
    unit: U.条,
  },
  {
    key: "1.2.5",
    level: 2,
    label: L("5.其他方式公开政府信息数", "5.其他方式公開政府信息數", "5. Through other channels"),
    unit: U.条,
  },
  {
    heading: "2",
    level: 0,
    label: L("二、回应解读情况", "二、回應解讀情況", "2. Responses and explanations"),
  },
  {
    key: "2.1",
    level: 1,
    label: L(
      "（一）回应公众关注热点或重大舆情数",
      "（一）回應公眾關注熱點或重大輿情數",
      "(1) Public concerns and major opinion events responded to",
    ),
    note: L(
      "（不同方式回应同一热点或舆情计1次）",
      "（不同方式回應同一熱點或輿情計1次）",
      " (counted once across channels)",
    ),
    unit: U.次,
  },
  {
    heading: "2.2",
    level: 1,
    label: L(
      "（二）通过不同渠道和方式回应解读的情况",
      "（二）通過不同渠道和方式回應解讀的情況",
      "(2) Responses and explanations by channel",
    ),
  },
  {
    key: "2.2.1",
    level: 2,
    label: L(
      "1.参加或举办新闻发布会总次数",
      "1.參加或舉辦新聞發佈會總次數",
      "1. Press conferences held or attended",
    ),
    unit: U.次,
  },
  {
    key: "2.2.1.a",
    level: 3,
    label: L(
      "其中：主要负责同志参加新闻发布会次数",
      "其中：主要負責同志參加新聞發佈會次數",
      "of which: attended by the principal leader",
    ),
    unit: U.次,
  },
  {
    key: "2.2.2",
    level: 2,
    label: L(
      "2.政府网站在线访谈次数",
      "2.政府網站在線訪談次數",
      "2. Online interviews on the government website",
    ),
    unit: U.次,
  },
  {
    key: "2.2.2.a",
    level: 3,
    label: L(
      "其中：主要负责同志参加政府网站在线访谈次数",
      "其中：主要負責同志參加政府網站在線訪談次數",
      "of which: with the principal leader",
    ),
    unit: U.次,
  },
  {
    key: "2.2.3",
    level: 2,
    label: L("3.政策解读稿件发布数", "3.政策解讀稿件發佈數", "3. Policy explanations published"),
    unit: U.篇,
  },
  {
    key: "2.2.4",
    level: 2,
    label: L(
      "4.微博微信回应事件数",
      "4.微博微信回應事件數",
      "4. Events responded to on microblogs and WeChat",
    ),
    unit: U.次,
  },
  {
    key: "2.2.5",
    level: 2,
    label: L(
      "5.其他方式回应事件数",
      "5.其他方式回應事件數",
      "5. Events responded to through other channels",
    ),
    unit: U.次,
  },
  {
    heading: "3",
    level: 0,
    label: L("三、依申请公开情况", "三、依申請公開情況", "3. Disclosure on application"),
  },
  {
    key: "3.1",
    level: 1,
    label: L("（一）收到申请数", "（一）收到申請數", "(1) Applications received"),
    unit: U.件,
  },
  {
    key: "3.1.1",
    level: 2,
    label: L("1.当面申请数", "1.當面申請數", "1. In person"),
    unit: U.件,
  },
  { key: "3.1.2", level: 2, label: L("2.传真申请数", "2.傳真申請數", "2. By fax"), unit: U.件 },
  { key: "3.1.3", level: 2, label: L("3.网络申请数", "3.網絡申請數", "3. Online"), unit: U.件 },
  {
    key: "3.1.4",
    level: 2,
    label: L("4.信函申请数", "4.信函申請數", "4. By letter"),
    unit: U.件,
  },
  {
    key: "3.2",
    level: 1,
    label: L("（二）申请办结数", "（二）申請辦結數", "(2) Applications concluded"),
    unit: U.件,
  },
  { key: "3.2.1", level: 2, label: L("1.按时办结数", "1.按時辦結數", "1. On time"), unit: U.件 },
  {
    key: "3.2.2",
    level: 2,
    label: L("2.延期办结数", "2.延期辦結數", "2. With an extension"),
    unit: U.件,
  },
  {
    key: "3.3",
    level: 1,
    label: L("（三）申请答复数", "（三）申請答覆數", "(3) Answers given"),
    unit: U.件,
  },
  {
    key: "3.3.1",
    level: 2,
    label: L(
      "1.属于已主动公开范围数",
      "1.屬於已主動公開範圍數",
      "1. Already disclosed proactively",
    ),
    unit: U.件,
  },
  {
    key: "3.3.2",
    level: 2,
    label: L("2.同意公开答复数", "2.同意公開答覆數", "2. Disclosure granted"),
    unit: U.件,
  },
  {
    key: "3.3.3",
    level: 2,
    label: L("3.同意部分公开答复数", "3.同意部分公開答覆數", "3. Partly granted"),
    unit: U.件,
  },
  {
    key: "3.3.4",
    level: 2,
    label: L("4.不同意公开答复数", "4.不同意公開答覆數", "4. Disclosure refused"),
    unit: U.件,
  },
  {
    key: "3.3.4.a",
    level: 3,
    label: L("其中：涉及国家秘密", "其中：涉及國家秘密", "of which: state secrets"),
    unit: U.件,
  },
  {
    key: "3.3.4.b",
    level: 3,
    label: L("涉及商业秘密", "涉及商業秘密", "Commercial secrets"),
    unit: U.件,
  },
  {
    key: "3.3.4.c",
    level: 3,
    label: L("涉及个人隐私", "涉及個人隱私", "Personal privacy"),
    unit: U.件,
  },
  {
    key: "3.3.4.d",
    level: 3,
    label: L(
      "危及国家安全、公共安全、经济安全和社会稳定",
      "危及國家安全、公共安全、經濟安全和社會穩定",
      "Endangering national, public or economic security or social stability",
    ),
    unit: U.件,
  },
  {
    key: "3.3.4.e",
    level: 3,
    label: L(
      "不是《条例》所指政府信息",
      "不是《條例》所指政府信息",
      "Not government information under the Regulation",
    ),
    unit: U.件,
  },
  {
    key: "3.3.4.f",
    level: 3,
    label: L(
      "法律法规规定的其他情形",
      "法律法規規定的其他情形",
      "Other cases under laws and regulations",
    ),
    unit: U.件,
  },
  {
    key: "3.3.5",
    level: 2,
    label: L(
      "5.不属于本行政机关公开数",
      "5.不屬於本行政機關公開數",
      "5. Not for this body to disclose",
    ),
    unit: U.件,
  },
  {
    key: "3.3.6",
    level: 2,
    label: L("6.申请信息不存在数", "6.申請信息不存在數", "6. Information does not exist"),
    unit: U.件,
  },
  {
    key: "3.3.7",
    level: 2,
    label: L("7.告知作出更改补充数", "7.告知作出更改補充數", "7. Asked to amend or supplement"),
    unit: U.件,
  },
  {
    key: "3.3.8",
    level: 2,
    label: L(
      "8.告知通过其他途径办理数",
      "8.告知通過其他途徑辦理數",
      "8. Referred to other procedures",
    ),
    unit: U.件,
  },
  {
    key: "4",
    level: 0,
    label: L("四、行政复议数量", "四、行政複議數量", "4. Administrative reconsiderations"),
    unit: U.件,
  },
  {
    key: "4.1",
    level: 1,
    label: L("（一）维持具体行政行为数", "（一）維持具體行政行為數", "(1) Decision upheld"),
    unit: U.件,
  },
  {
    key: "4.2",
    level: 1,
    label: L("（二）被依法纠错数", "（二）被依法糾錯數", "(2) Corrected according to law"),
    unit: U.件,
  },
  {
    key: "4.3",
    level: 1,
    label: L("（三）其他情形数", "（三）其他情形數", "(3) Other outcomes"),
    unit: U.件,
  },
  {
    key: "5",
    level: 0,
    label: L("五、行政诉讼数量", "五、行政訴訟數量", "5. Administrative lawsuits"),
    unit: U.件,
  },
  {
    key: "5.1",
    level: 1,
    label: L(
      "（一）维持具体行政行为或者驳回原告诉讼请求数",
      "（一）維持具體行政行為或者駁回原告訴訟請求數",
      "(1) Decision upheld or claim dismissed",
    ),
    unit: U.件,
  },
  {
    key: "5.2",
    level: 1,
    label: L("（二）被依法纠错数", "（二）被依法糾錯數", "(2) Corrected according to law"),
    unit: U.件,
  },
  {
    key: "5.3",
    level: 1,
    label: L("（三）其他情形数", "（三）其他情形數", "(3) Other outcomes"),
    unit: U.件,
  },
  {
    key: "6",
    level: 0,
    label: L("六、举报投诉数量", "六、舉報投訴數量", "6. Reports and complaints"),
    unit: U.件,
  },
  {
    key: "7",
    level: 0,
    label: L(
      "七、依申请公开信息收取的费用",
      "七、依申請公開信息收取的費用",
      "7. Fees charged for disclosure on application",
    ),
    unit: U.万元,
    kind: "amount",
  },
  {
    heading: "8",
    level: 0,
    label: L(
      "八、机构建设和保障经费情况",
      "八、機構建設和保障經費情況",
      "8. Organisation and funding",
    ),
  },
  {
    key: "8.1",
    level: 1,
    label: L(
      "（一）政府信息公开工作专门机构数",
      "（一）政府信息公開工作專門機構數",
      "(1) Dedicated disclosure offices",
    ),
    unit: U.个,
  },
  {
    key: "8.2",
    level: 1,
    label: L(
      "（二）设置政府信息公开查阅点数",
      "（二）設置政府信息公開查閱點數",
      "(2) Public reading points",
    ),
    unit: U.个,
  },
  {
    key: "8.3",
    level: 1,
    label: L(
      "（三）从事政府信息公开工作人员数",
      "（三）從事政府信息公開工作人員數",
      "(3) Staff working on disclosure",
    ),
    unit: U.人,
  },
  {
    key: "8.3.1",
    level: 2,
    label: L("1.专职人员数", "1.專職人員數", "1. Full-time staff"),
    note: L(
      "（不包括政府公报及政府网站工作人员数）",
      "（不包括政府公報及政府網站工作人員數）",
      " (gazette and website staff not included)",
    ),
    unit: U.人,
  },
  {
    key: "8.3.2",
    level: 2,
    label: L("2.兼职人员数", "2.兼職人員數", "2. Part-time"),
    unit: U.人,
  },
  {
    key: "8.4",
    level: 1,
    label: L("（四）政府信息公开专项经费", "（四）政府信息公開專項經費", "(4) Dedicated funding"),
    note: L(
      "（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
      "（不包括用於政府公報編輯管理及政府網站建設維護等方面的經費）",
      " (gazette and website costs not included)",
    ),
    unit: U.万元,
    kind: "amount",
  },
  {
    heading: "9",
    level: 0,
    label: L(
      "九、政府信息公开会议和培训情况",
      "九、政府信息公開會議和培訓情況",
      "9. Meetings and training",
    ),
  },
  {
    key: "9.1",
    level: 1,
    label: L(
      "（一）召开政府信息公开工作会议或专题会议数",
      "（一）召開政府信息公開工作會議或專題會議數",
      "(1) Work meetings or special meetings held",
    ),
    unit: U.次,
  },
  {
    key: "9.2",
    level: 1,
    label: L("（二）举办各类培训班数", "（二）舉辦各類培訓班數", "(2) Training courses held"),
    unit: U.次,
  },
  {
    key: "9.3",
    level: 1,
    label: L("（三）接受培训人员数", "（三）接受培訓人員數", "(3) Attendances at training"),
    unit: U.人次,
  },
] as const satisfies readonly GridNode[];

export const statisticsTable = {
  layout: "matrix",
  id: "S",
  title: L(
    "政府信息公开情况统计表",
    "政府信息公開情況統計表",
    "Government information disclosure statistics",
  ),
  corner: L("统计指标", "統計指標", "Indicator"),
  rows: statisticsRows,
  columns: [{ label: L("统计数", "統計數", "Count") }],
  kind: "count",
} as const;

export const grid2007 = {
  edition: "2007",
  name: L(
    "2008—2018年报告（国务院令第492号）",
    "2008—2018年報告（國務院令第492號）",
    "Reports 2008–2018 (State Council Decree No. 492)",
  ),
  source: "国务院令第492号",
  // The old regulation fixed no sections: each report numbers and titles its own (`body`).
  sections: [],
  tables: [statisticsTable],
} as const satisfies EditionGrid;
