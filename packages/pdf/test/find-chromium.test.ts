import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChromiumNotFoundError, chromiumCandidates, findChromium } from "@zfxxgk/pdf";
import { describe, expect, it } from "vitest";

const fakeBrowser = (dir: string, rel: string) => {
  const file = join(dir, rel);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, "#!/bin/sh\n");
  return file;
};

const nowhere = () => mkdtempSync(join(tmpdir(), "zfxxgk-no-browser-"));

describe("findChromium", () => {
  it("takes the executablePath option first, then the environment variables in order", () => {
    const dir = nowhere();
    const a = fakeBrowser(dir, "a/chrome");
    const b = fakeBrowser(dir, "b/chrome");
    const c = fakeBrowser(dir, "c/chrome");
    const env = { ZFXXGK_CHROMIUM: a, PUPPETEER_EXECUTABLE_PATH: b, CHROME_PATH: c };
    expect(findChromium({ executablePath: c, env })).toBe(c);
    expect(findChromium({ env })).toBe(a);
    expect(findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: b, CHROME_PATH: c } })).toBe(b);
    expect(findChromium({ env: { CHROME_PATH: c } })).toBe(c);
  });

  it("refuses a chosen browser that does not exist, naming the variable", () => {
    const missing = join(nowhere(), "chrome");
    expect(() => findChromium({ env: { ZFXXGK_CHROMIUM: missing } })).toThrow(
      `ZFXXGK_CHROMIUM = ${missing}`,
    );
  });

  it("finds Chrome for Testing in puppeteer's cache, newest version first", () => {
    const home = nowhere();
    const cache = join(home, ".cache", "puppeteer");
    fakeBrowser(cache, "chrome/linux-99.0.1.2/chrome-linux64/chrome");
    const newest = fakeBrowser(cache, "chrome/linux-131.0.6778.85/chrome-linux64/chrome");
    fakeBrowser(cache, "chrome/linux-131.0.6778.9/chrome-linux64/chrome");
    const candidates = chromiumCandidates({ platform: "linux", env: {}, homeDir: home });
    const inCache = candidates.filter((p) => p.startsWith(cache));
    expect(inCache[0]).toBe(newest);
    expect(candidates.indexOf("/usr/bin/chromium")).toBeLessThan(candidates.indexOf(newest));
    expect(candidates.indexOf(newest)).toBeLessThan(candidates.indexOf("/usr/bin/google-chrome"));
    expect(candidates).toContain("/opt/microsoft/msedge/msedge");
  });

  it("prefers chrome-headless-shell, the system's or puppeteer's, to a full browser", () => {
    const home = nowhere();
    const cache = join(home, ".cache", "puppeteer");
    const chrome = fakeBrowser(cache, "chrome/linux-131.0.6778.85/chrome-linux64/chrome");
    const shell = fakeBrowser(
      cache,
      "chrome-headless-shell/linux-131.0.6778.85/chrome-headless-shell-linux64/chrome-headless-shell",
    );
    const candidates = chromiumCandidates({ platform: "linux", env: {}, homeDir: home });
    const at = (path: string) => candidates.indexOf(path);
    // Debian's /usr/bin entry is a script whose child is the browser: its pid could not be killed
    expect(at("/usr/lib/chromium/chromium-headless-shell")).toBe(0);
    expect(at("/usr/lib/chromium/chromium-headless-shell")).toBeLessThan(
      at("/usr/bin/chromium-headless-shell"),
    );
    expect(at("/usr/bin/chromium-headless-shell")).toBeLessThan(at(shell));
    expect(at(shell)).toBeLessThan(at("/usr/bin/chromium"));
    expect(at("/usr/bin/chromium")).toBeLessThan(at(chrome));
  });

  it("knows the macOS and Windows locations", () => {
    const mac = chromiumCandidates({ platform: "darwin", env: {}, homeDir: "/Users/u" });
    expect(mac).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    expect(mac).toContain("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
    const win = chromiumCandidates({
      platform: "win32",
      env: { PROGRAMFILES: "C:\\Program Files", LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" },
      homeDir: "C:\\Users\\u",
    });
    expect(win).toContain("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
    expect(win).toContain("C:\\Users\\u\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe");
  });

  it("fails with a message that says how to get a browser, Chinese first", () => {
    let error: unknown;
    try {
      findChromium({ platform: "win32", env: { PROGRAMFILES: nowhere() }, homeDir: nowhere() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    const e = error as ChromiumNotFoundError;
    expect(e.code).toBe("CHROMIUM_NOT_FOUND");
    expect(e.searched.length).toBeGreaterThan(0);
    expect(e.message.indexOf("未找到")).toBe(0);
    expect(e.message.indexOf("No Chromium")).toBeGreaterThan(e.message.indexOf("未找到"));
    for (const how of [
      "apt-get install -y chromium",
      "npx @puppeteer/browsers install chrome-headless-shell@stable",
      "ZFXXGK_CHROMIUM=",
    ]) {
      expect(e.messages["zh-Hans"]).toContain(how);
      expect(e.messages["zh-Hant"]).toContain(how);
      expect(e.messages.en).toContain(how);
    }
  });
});
