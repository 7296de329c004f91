// Generated from zh-Hans.ts by scripts/zh-hant.mjs (OpenCC, cn → tw): do not edit; run `npm run messages`.
import type { RenderErrorMessages } from "./types.js";

// 渲染時出錯的簡體中文措辭。繁體中文（zh-Hant.ts）由本文件轉換生成
// （`npm run messages`），請勿直接修改生成的文件。

const KIND = {
  count: "應為非負整數、null 或記號（— / 無）",
  signed: "應為整數（可為負）、null 或記號",
  amount: '應為十進制字符串（如 "0.02"）、null 或記號',
  money: '應為帶單位的十進制字符串（如 "251000元"）、null 或記號',
} as const;

export const errors = {
  invalidInput: ({ path, reason }) => `無法渲染：${path} ${reason}`,
  notObject: ({ name }) => (name ? `${name} 應為對象` : "應為對象"),
  notString: () => "應為字符串",
  notArray: () => "應為數組",
  notBlocks: () => "應為段落數組",
  notSections: () => "應為章節數組",
  notBlockType: () => "應為 heading 或 paragraph",
  notEdition: ({ editions }) => `應為以下格式之一：${editions.join("、")}`,
  notWholeNumber: () => "應為整數",
  notDate: () => "應為 YYYY-MM-DD 日期",
  notCellValue: () => "應為數字、十進制字符串、null 或記號",
  notOfKind: ({ id, kind, got }) => `（${id}）${KIND[kind]}，實為 ${got}`,
  notFontsOption: () => "應為字體樣式表的網址，或 false",
} satisfies RenderErrorMessages;
