import type { PdfMessages } from "./types.js";

// 生成 PDF 时出错的简体中文措辞。繁体中文（zh-Hant.ts）由本文件转换生成
// （`npm run messages`），请勿直接修改生成的文件。

const how = [
  "请任选一种方式获取浏览器：",
  "  1. Debian/Ubuntu：apt-get install -y chromium-headless-shell（打印所需 CPU 时间约为完整浏览器的一半），或 chromium",
  "  2. 任何系统：npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer",
  "  3. 已有 Chrome/Chromium/Edge：设置环境变量 ZFXXGK_CHROMIUM=/浏览器/可执行文件/路径，或传入 executablePath 选项。",
].join("\n");

export default {
  chromiumNotFound: ({ searched, chosen }) =>
    chosen
      ? `指定的浏览器不存在：${chosen}。\n${how}`
      : `未找到 Chromium 或 Chrome（已查找 ${searched} 个位置）。\n${how}`,
  launchFailed: ({ executablePath, reason }) =>
    [
      `浏览器无法启动：${executablePath}`,
      `原因：${reason}`,
      "请检查：",
      `  1. 它能否运行：${executablePath} --headless --disable-gpu --dump-dom about:blank`,
      "  2. 缺少系统库（如 libnss3）时，用系统包管理器安装浏览器及其依赖：apt-get install -y chromium",
      "  3. 或设置环境变量 ZFXXGK_CHROMIUM 指向另一个 Chrome/Chromium/Edge。",
    ].join("\n"),
  outputUnexpected: ({ detail }) => `浏览器输出的 PDF 结构无法识别（${detail}），无法压缩对象。`,
  noTrailer: () => "浏览器输出的 PDF 没有可识别的 trailer，无法写入文档属性。",
  invalidDate: () => "creationDate 不是有效日期。",
  badOption: ({ name, value }) => `选项 ${name} 的值无效：${value}。`,
  timeout: ({ ms }) => `生成 PDF 超时（超过 ${ms} 毫秒），已中止该任务并丢弃其浏览器页面。`,
  closed: () => "PDF 渲染器已关闭。",
  crashed: ({ attempts, reason }) =>
    `浏览器在生成 PDF 时崩溃，已重试 ${attempts} 次仍失败：${reason}`,
  failed: ({ attempts, reason }) => `生成 PDF 失败（已尝试 ${attempts} 次）：${reason}`,
} satisfies PdfMessages;
