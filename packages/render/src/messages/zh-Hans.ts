import type { RenderErrorMessages } from "./types.js";

// 渲染时出错的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
// （`npm run messages`），请勿直接修改生成的文件。

const KIND = {
  count: "应为非负整数、null 或记号（— / 无）",
  signed: "应为整数（可为负）、null 或记号",
  amount: '应为十进制字符串（如 "0.02"）、null 或记号',
  money: '应为带单位的十进制字符串（如 "251000元"）、null 或记号',
} as const;

export const errors = {
  invalidInput: ({ path, reason }) => `无法渲染：${path} ${reason}`,
  notObject: ({ name }) => (name ? `${name} 应为对象` : "应为对象"),
  notString: () => "应为字符串",
  notArray: () => "应为数组",
  notBlocks: () => "应为段落数组",
  notSections: () => "应为章节数组",
  notBlockType: () => "应为 heading 或 paragraph",
  notEdition: ({ editions }) => `应为以下格式之一：${editions.join("、")}`,
  notWholeNumber: () => "应为整数",
  notDate: () => "应为 YYYY-MM-DD 日期",
  notCellValue: () => "应为数字、十进制字符串、null 或记号",
  notOfKind: ({ id, kind, got }) => `（${id}）${KIND[kind]}，实为 ${got}`,
  notFontsOption: () => "应为字体样式表的网址，或 false",
} satisfies RenderErrorMessages;
