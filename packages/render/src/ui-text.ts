/** Words the layout prints around the data (zh-Hans; traditional output converts them). */
export const UI_TEXT = {
  titleSuffix: "年政府信息公开工作年度报告",
  processingFee: "信息处理费",
  contact: {
    unit: "联系单位",
    address: "地址",
    postcode: "邮政编码",
    phone: "联系电话",
    email: "电子邮箱",
    website: "网址",
  },
} as const;

export const CONTACT_KEYS = Object.keys(UI_TEXT.contact) as (keyof typeof UI_TEXT.contact)[];

/** 2025-01-20 → 2025年1月20日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}
