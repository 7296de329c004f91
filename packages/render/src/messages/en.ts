import type { RenderErrorMessages } from "./types.js";

// The English wording of the errors of rendering a report.

const KIND = {
  count: "a whole number ≥ 0, null or a mark (— / 无)",
  signed: "a whole number (may be negative), null or a mark",
  amount: 'a decimal string such as "0.02", null or a mark',
  money: 'a decimal string with its unit such as "251000元", null or a mark',
} as const;

export const errors = {
  invalidInput: ({ path, reason }) => `cannot render: ${path} ${reason}`,
  notObject: ({ name }) => (name ? `${name} must be an object` : "must be an object"),
  notString: () => "must be a string",
  notArray: () => "must be an array",
  notBlocks: () => "must be an array of blocks",
  notSections: () => "must be an array of sections",
  notBlockType: () => 'must be "heading" or "paragraph"',
  notEdition: ({ editions }) =>
    `must be one of the editions this renderer draws: ${editions.join(", ")}`,
  notWholeNumber: () => "must be a whole number",
  notDate: () => "must be a date YYYY-MM-DD",
  notCellValue: () => "must be a number, a decimal string, null or a mark",
  notOfKind: ({ id, kind, got }) => `(${id}) must be ${KIND[kind]}, got ${got}`,
  notFontsOption: () => "must be the URL of a font stylesheet, or false",
} satisfies RenderErrorMessages;
