import { L } from "../../grid/label.js";
import type { EditionGrid, GridNode } from "../../grid/types.js";
import {
  article20,
  infoContent,
  sections2021,
  table2Rows,
  table3_2021,
  table4_2021,
} from "../2021/grid.js";

/**
 * The 2019 format (国办公开办函〔2019〕60号, 试行), used for the 2019 and 2020 reports. Its
 * sections and table 四 are those of 2021, and table 三 differs only in （六）其他处理, a single
 * row here (format.md §2.6), so those labels are written once, in the 2021 grid. Table 二 is its own.
 */

const count = "count" as const;
const previous = {
  key: "previous",
  label: L("上一年项目数量", "上一年項目數量", "Items last year"),
} as const;
const change = {
  key: "change",
  label: L("本年增/减", "本年增/減", "Change this year"),
  kind: "signed",
} as const;
const decisions = {
  key: "decisions",
  label: L("处理决定数量", "處理決定數量", "Decisions made"),
} as const;

export const table2_2019 = {
  layout: "blocks",
  id: "T2",
  title: L(
    "主动公开政府信息情况",
    "主動公開政府信息情況",
    "Proactive disclosure of government information",
  ),
  width: 4,
  blocks: [
    {
      caption: article20.item1,
      header: infoContent,
      columns: [
        { key: "made", label: L("本年新制作数量", "本年新製作數量", "Made this year") },
        { key: "published", label: L("本年新公开数量", "本年新公開數量", "Published this year") },
        {
          key: "total",
          label: L("对外公开总数量", "對外公開總數量", "Publicly available in total"),
        },
      ],
      spans: [1, 2, 1],
      rows: [
        table2Rows.regulations,
        { key: "normativeDocs", label: L("规范性文件", "規範性文件", "Normative documents") },
      ],
      kind: count,
    },
    {
      caption: article20.item5,
      header: infoContent,
      columns: [previous, change, decisions],
      spans: [1, 2, 1],
      rows: [
        table2Rows.licensing,
        {
          key: "otherServices",
          label: L(
            "其他对外管理服务事项",
            "其他對外管理服務事項",
            "Other external management and service matters",
          ),
        },
      ],
      kind: count,
    },
    {
      caption: article20.item6,
      header: infoContent,
      columns: [previous, change, decisions],
      spans: [1, 2, 1],
      rows: [table2Rows.penalties, table2Rows.coercion],
      kind: count,
    },
    {
      caption: article20.item8,
      header: infoContent,
      columns: [previous, change],
      spans: [2, 2],
      rows: [table2Rows.fees],
      kind: count,
    },
    {
      caption: article20.item9,
      header: infoContent,
      columns: [
        { key: "count", label: L("采购项目数量", "採購項目數量", "Procurement items") },
        {
          key: "amount",
          label: L("采购总金额", "採購總金額", "Total procurement amount"),
          kind: "money",
        },
      ],
      spans: [2, 2],
      rows: [
        {
          key: "procurement",
          label: L("政府集中采购", "政府集中採購", "Centralised government procurement"),
        },
      ],
      kind: count,
    },
  ],
} as const;

const OTHER_HANDLING = "（六）其他处理";

/** （六）其他处理 as one row: what the 2021 format splits into three. */
const otherHandling = {
  key: "O",
  label: L("（六）其他处理", "（六）其他處理", "(6) Other handling"),
} as const satisfies GridNode;

const rows2019 = table3_2021.rows.map((row) =>
  "children" in row
    ? {
        ...row,
        children: row.children.map((c) =>
          c.label["zh-Hans"] === OTHER_HANDLING ? otherHandling : c,
        ),
      }
    : row,
) as readonly GridNode[];

export const table3_2019 = { ...table3_2021, rows: rows2019 } as const;

export const table4_2019 = table4_2021;

export const sections2019 = sections2021;

export const grid2019 = {
  edition: "2019",
  name: L("2019年格式（试行）", "2019年格式（試行）", "2019 format (trial)"),
  source: "国办公开办函〔2019〕60号",
  sections: sections2019,
  tables: [table2_2019, table3_2019, table4_2019],
} as const satisfies EditionGrid;
