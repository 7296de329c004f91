import { renderMessage } from "@zfxxgk/schema";
import type { CliMessages, FirstFinding } from "./types.js";

/**
 * 命令行工具自身报告的用法与输入问题的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
 * （`npm run messages`），请勿直接修改生成的文件。
 */
const L = "zh-Hans";

/** 第一个问题，按本语言措辞。 */
const firstOf = ({ first, messages }: Partial<FirstFinding>) =>
  first && messages ? renderMessage(first, L, messages) : "";

export default {
  badMaxSize: ({ value }) => `--max-size 应为正数（单位 MB），实为 ${value}`,
  badTimeout: ({ value }) => `--timeout 应为 0–3600 之间的秒数，实为 ${value}`,
  badConcurrency: ({ value }) => `--concurrency 应为 1–16 的整数，实为 ${value}`,
  outputIsInput: ({ out }) =>
    `输出文件 ${out} 也是本命令的输入文件，不会覆盖它；请用 -o 指定另一个文件`,
  outputTwice: ({ out }) =>
    `多个输入都会写到 ${out}，后写的会覆盖先写的；请把同名的输入放到不同的命令里处理`,
  outputExists: ({ out }) => `${out} 已存在，未覆盖；如确需替换，请加 --force`,
  outputTooLarge: ({ out, size, limit }) =>
    `输出 ${out ?? "标准输出 stdout"} 有 ${size}，超过上限 ${limit}，未写出；如确需更大，请用 --max-size <MB> 调高上限`,
  noMatch: ({ pattern }) => `没有文件匹配 ${pattern}`,
  notFound: ({ file }) => `找不到文件 ${file}，请检查路径`,
  unreadable: ({ file, code }) => `无法读取 ${file}（${code}）`,
  isDirectory: ({ file }) => `${file} 是目录，请给出文件或通配符（如 ${file}/*.json）`,
  inputTooLarge: ({ file, size, limit }) =>
    `${file} 有 ${size}，超过上限 ${limit}，未读取；如确需处理，请用 --max-size <MB> 调高上限`,
  unparsable: (p) => {
    const first = firstOf(p);
    return `${p.file} 中没有可识别的年度报告${first ? `：${first}` : ""}`;
  },
  notJson: ({ file, detail }) => `${file} 不是有效的 JSON（${detail}）`,
  unknownEdition: ({ file, edition, supported }) =>
    `${file} 的格式版本 ${edition} 未知，支持：${supported.join("、")}`,
  invalidReport: (p) =>
    `${p.file} 不符合报告格式：${firstOf(p)}${p.more ? `（另有 ${p.more} 处，可用 zfxxgk validate 查看）` : ""}`,
  outNotDir: ({ out }) => `多个输入文件时 -o 应为目录（以 / 结尾），实为 ${out}`,
  yearNotInteger: ({ year }) => `年度应为整数：${year}`,
  unknownEditionFlag: ({ edition }) => `未知的格式版本 ${edition}`,
  badBreakdown: ({ file }) => `--breakdown 的文件应以 .csv 或 .html 结尾：${file}`,
  badExpected: ({ file, detail }) => `无法读取应汇总名单 ${file}：${detail}`,
  inFile: ({ file, detail }) => `${file}：${detail}`,
  profileUnreadable: ({ file, detail }) => `无法读取评分方案 ${file}（${detail}）`,
  profileWrong: ({ file, detail }) => `评分方案 ${file} 有误：${detail}`,
  initBadYear: ({ first, year }) => `年度应为 ${first} 年或以后的四位数字，实为 ${year}`,
  agencyEmpty: () => "机关名称不能为空",
  outRequired: () => "Word 模板须用 -o 指定输出文件（如 -o report.docx）",
  editionNotIssued: ({ year, issued, edition }) =>
    `注意：${year} 年度适用 ${issued ?? "（无）"} 年格式，按要求使用 ${edition} 年格式`,
  unknownLocale: ({ value, tags }) => `未知语言 ${value}，可用：${tags.join("、")}`,
} satisfies CliMessages;
