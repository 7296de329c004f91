import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { ChromiumNotFoundError, worded } from "./errors.js";

/** Environment variables that name a browser, in the order they are read. */
export const CHROMIUM_ENV_VARS = [
  "ZFXXGK_CHROMIUM",
  "PUPPETEER_EXECUTABLE_PATH",
  "CHROME_PATH",
] as const;

export interface FindChromiumOptions {
  /** Use this browser; it must exist. */
  readonly executablePath?: string;
  /** Where the variables in {@link CHROMIUM_ENV_VARS} are read (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Platform whose usual locations are searched (default `process.platform`). */
  readonly platform?: NodeJS.Platform;
  /** Home directory, for puppeteer's cache and per-user installs (default `os.homedir()`). */
  readonly homeDir?: string;
}

/** An explicitly chosen browser: from the option or from an environment variable. */
interface Choice {
  readonly path: string;
  readonly source: string;
}

/**
 * The path of a Chromium-family browser: the `executablePath` option, else the first of
 * `ZFXXGK_CHROMIUM`, `PUPPETEER_EXECUTABLE_PATH`, `CHROME_PATH`, else the first that exists of
 * {@link chromiumCandidates}. A browser chosen by option or variable must exist.
 * @throws ChromiumNotFoundError saying exactly how to get a browser.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const choice = chosenBrowser(options);
  if (choice) {
    if (isFile(choice.path)) return choice.path;
    throw notFound([choice.path], `${choice.source} = ${choice.path}`);
  }
  const candidates = chromiumCandidates(options);
  const found = candidates.find(isFile);
  if (found) return found;
  throw notFound(candidates);
}

/** Where {@link findChromium} looks when nothing is chosen, in order, for the given platform. */
export function chromiumCandidates(options: FindChromiumOptions = {}): string[] {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const home = options.homeDir ?? homedir();
  const cache = env.PUPPETEER_CACHE_DIR ?? join(home, ".cache", "puppeteer");
  // chrome-headless-shell first: it prints the same PDF as Chromium without starting a print
  // compositor process per document, at about half the CPU time (README, "Speed and size").
  const shell = puppeteerCache(cache, platform, "chrome-headless-shell");
  const chrome = puppeteerCache(cache, platform, "chrome");
  if (platform === "darwin") return [...shell, ...chrome, ...macPaths(home)];
  if (platform === "win32") return [...shell, ...chrome, ...windowsPaths(env)];
  return [...LINUX_SHELL, ...shell, ...LINUX_SYSTEM, ...chrome, ...LINUX_CHROME, ...LINUX_EDGE];
}

function chosenBrowser(options: FindChromiumOptions): Choice | undefined {
  if (options.executablePath) return { path: options.executablePath, source: "executablePath" };
  const env = options.env ?? process.env;
  for (const name of CHROMIUM_ENV_VARS) {
    const value = env[name]?.trim();
    if (value) return { path: value, source: name };
  }
  return undefined;
}

/**
 * chrome-headless-shell as packaged by Debian (`chromium-headless-shell`) and others. Debian's
 * `/usr/bin` entry is a shell script that runs the binary as its child (no `exec`): a browser
 * launched through it could not be killed by its pid when it hangs, so the binary comes first.
 */
const LINUX_SHELL = [
  "/usr/lib/chromium/chromium-headless-shell",
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chrome-headless-shell",
];
const LINUX_SYSTEM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/lib/chromium/chromium",
  "/snap/bin/chromium",
];
const LINUX_CHROME = [
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
];
const LINUX_EDGE = [
  "/usr/bin/microsoft-edge-stable",
  "/usr/bin/microsoft-edge",
  "/opt/microsoft/msedge/msedge",
];

function macPaths(home: string): string[] {
  const apps = [
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Chromium.app/Contents/MacOS/Chromium",
    "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  ];
  return [
    ...apps.map((app) => join("/Applications", app)),
    ...apps.map((app) => join(home, "Applications", app)),
  ];
}

function windowsPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
    (root): root is string => Boolean(root),
  );
  const apps = [
    "Google\\Chrome\\Application\\chrome.exe",
    "Chromium\\Application\\chrome.exe",
    "Microsoft\\Edge\\Application\\msedge.exe",
  ];
  return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
}

/**
 * Chrome for Testing and chrome-headless-shell as installed by puppeteer or
 * `npx @puppeteer/browsers install … --path ~/.cache/puppeteer`, newest version first.
 */
function puppeteerCache(
  cache: string,
  platform: NodeJS.Platform,
  only: "chrome" | "chrome-headless-shell",
): string[] {
  const layouts =
    CACHE_LAYOUTS[platform === "darwin" ? "darwin" : platform === "win32" ? "win32" : "linux"];
  return layouts
    .filter(({ browser }) => browser === only)
    .flatMap(({ browser, executables }) =>
      versionDirs(join(cache, browser)).flatMap((dir) => executables.map((exe) => join(dir, exe))),
    );
}

const CACHE_LAYOUTS = {
  linux: [
    { browser: "chrome", executables: ["chrome-linux64/chrome"] },
    {
      browser: "chrome-headless-shell",
      executables: ["chrome-headless-shell-linux64/chrome-headless-shell"],
    },
  ],
  darwin: [
    {
      browser: "chrome",
      executables: ["arm64", "x64"].map(
        (arch) =>
          `chrome-mac-${arch}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
      ),
    },
    {
      browser: "chrome-headless-shell",
      executables: ["arm64", "x64"].map(
        (arch) => `chrome-headless-shell-mac-${arch}/chrome-headless-shell`,
      ),
    },
  ],
  win32: [
    { browser: "chrome", executables: ["chrome-win64/chrome.exe", "chrome-win32/chrome.exe"] },
    {
      browser: "chrome-headless-shell",
      executables: ["chrome-headless-shell-win64/chrome-headless-shell.exe"],
    },
  ],
} as const;

/** Sub-directories such as `linux-131.0.6778.85`, newest version first. */
function versionDirs(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, version: (name.split("-").pop() ?? "").split(".").map(Number) }))
    .sort((a, b) => compareVersions(b.version, a.version))
    .map(({ name }) => join(dir, name));
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function notFound(searched: readonly string[], chosen?: string): ChromiumNotFoundError {
  return new ChromiumNotFoundError(
    worded("chromiumNotFound", { searched: searched.length, chosen }),
    searched,
  );
}
