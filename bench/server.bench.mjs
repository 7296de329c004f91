// The HTTP service against loopback, beside the same work in-process: POST /v1/validate throughput and
// latency (autocannon) against validate() on the same report; then PDFs through the bounded queue, an
// overload of 4× the queue's capacity, and the memory the service and its browser hold.
// `node run.mjs server`; ZFXXGK_BENCH_SECONDS sets each run's length (default 10); ZFXXGK_BENCH_PDF=off
// leaves out the PDF part. ZFXXGK_BENCH_SERVER_BEFORE=<path of another build's bin/zfxxgk-server.js> runs
// that build's POST /v1/validate in the same run, for a before/after comparison.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer as netServer } from "node:net";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { findChromium } from "@zfxxgk/pdf";
import { toJsonOutput, validate } from "@zfxxgk/validate";
import autocannon from "autocannon";

const SECONDS = Number(process.env.ZFXXGK_BENCH_SECONDS ?? 10);
const TICK = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ on Linux)
const BIN = fileURLToPath(new URL("../packages/server/bin/zfxxgk-server.js", import.meta.url));
const BIN_BEFORE = process.env.ZFXXGK_BENCH_SERVER_BEFORE;
const load1 = () => loadavg()[0].toFixed(2);
const body = readFileSync(new URL("../examples/synthetic-city-2024.json", import.meta.url), "utf8");

const freePort = () =>
  new Promise((resolve) => {
    const s = netServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** CPU seconds a process has used (user + system). */
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICK;
};
const rssOf = (pid) => {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
/** A process and all its descendants (the browser's renderer and GPU processes). */
const treeOf = (root) => {
  const children = new Map();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const out = [];
  const walk = (pid) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
};
const mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;

const validateRequest = (url) => ({
  url: `${url}/v1/validate`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body,
});

async function startServer(env, bin = BIN) {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "--port", String(port)], {
    env: { ...process.env, ZFXXGK_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) {
      // every server measured warm, so that a fresh one is not compared with one that has run already
      await autocannon({ ...validateRequest(url), connections: 8, duration: 2 });
      return { child, url };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("the server did not become ready");
}
const stop = (child) =>
  new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });

function inProcess(name, fn) {
  const warm = performance.now() + 1000;
  while (performance.now() < warm) fn();
  const end = performance.now() + SECONDS * 1000;
  const cpu0 = process.cpuUsage();
  let n = 0;
  const start = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    name,
    "req/s": Math.round(n / wall),
    "p50 ms": "",
    "p99 ms": "",
    "CPU µs/item": +((cpu.user + cpu.system) / n).toFixed(1),
  };
}

async function load(name, url, path, pid, connections, extra = {}) {
  const cpu0 = cpuOf(pid);
  const result = await autocannon({
    url: `${url}${path}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections,
    duration: SECONDS,
    timeout: 60,
    ...extra,
  });
  const cpu = cpuOf(pid) - cpu0;
  const answered = result.requests.total;
  if (!answered) throw new Error(`${name}: no request was answered`);
  return {
    name,
    "req/s": +(answered / result.duration).toFixed(answered / result.duration < 10 ? 2 : 0),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "CPU µs/item": answered ? +((cpu * 1e6) / answered).toFixed(1) : "",
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

// --- validate ---------------------------------------------------------------------------------------
console.log(`load average (1 min) at the start: ${load1()}`);
const rows = [
  inProcess("validate() in-process (JSON text)", () => validate(body)),
  inProcess("validate() + toJsonOutput + stringify", () =>
    JSON.stringify(toJsonOutput([{ file: "-", diagnostics: validate(body).diagnostics }])),
  ),
];
{
  const { child, url } = await startServer({ ZFXXGK_PDF: "off" });
  rows.push(
    await load("GET /healthz, 8 connections (HTTP alone)", url, "/healthz", child.pid, 8, {
      method: "GET",
      body: undefined,
      headers: {},
    }),
  );
  rows.push(await load("POST /v1/validate, 1 connection", url, "/v1/validate", child.pid, 1));
  rows.push(await load("POST /v1/validate, 8 connections", url, "/v1/validate", child.pid, 8));
  console.log(`server RSS after the validate runs (PDFs off): ${mib(rssOf(child.pid))}`);
  await stop(child);
  const { child: loggedChild, url: loggedUrl } = await startServer({
    ZFXXGK_PDF: "off",
    ZFXXGK_LOG_LEVEL: "info",
  });
  const logged = await load(
    "POST /v1/validate, 8 connections, info logs",
    loggedUrl,
    "/v1/validate",
    loggedChild.pid,
    8,
  );
  await stop(loggedChild);
  rows.push(logged);
  if (BIN_BEFORE) {
    const before = await startServer({ ZFXXGK_PDF: "off" }, BIN_BEFORE);
    rows.push(
      await load(
        "before: POST /v1/validate, 8 connections",
        before.url,
        "/v1/validate",
        before.child.pid,
        8,
      ),
    );
    await stop(before.child);
  }
}
const base = rows[0]["req/s"];
console.table(
  Object.fromEntries(
    rows.map(({ name, ...r }) => [
      name,
      { ...r, "of in-process": `${Math.round((100 * r["req/s"]) / base)}%` },
    ]),
  ),
);

console.log(`load average (1 min) after the validate runs: ${load1()}`);

// --- PDF --------------------------------------------------------------------------------------------
let browser = !/^(off|false|0|no)$/i.test(process.env.ZFXXGK_BENCH_PDF ?? "");
if (!browser) console.log("PDF part left out (ZFXXGK_BENCH_PDF=off)");
try {
  if (browser) findChromium();
} catch {
  browser = false;
  console.log(
    "PDF part skipped: no Chromium found (apt-get install chromium, or set ZFXXGK_CHROMIUM)",
  );
}
if (browser) {
  const concurrency = 2;
  const queue = 8;
  const { child, url } = await startServer({
    ZFXXGK_PDF_CONCURRENCY: String(concurrency),
    ZFXXGK_PDF_QUEUE: String(queue),
  });
  const tree = () => treeOf(child.pid).reduce((sum, pid) => sum + rssOf(pid), 0);
  console.log(`idle: server ${mib(rssOf(child.pid))}, server + browser ${mib(tree())}`);
  const steady = await load(
    `POST /v1/pdf, ${concurrency} connections`,
    url,
    "/v1/pdf",
    child.pid,
    concurrency,
    {
      duration: Math.max(SECONDS, 20),
    },
  );
  console.log(
    `after steady PDFs: server ${mib(rssOf(child.pid))}, server + browser ${mib(tree())}`,
  );
  const capacity = concurrency + queue;
  const peaks = [];
  const tally = { 200: 0, 503: 0, other: 0 };
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(
      Array.from({ length: 4 * capacity }, () =>
        fetch(`${url}/v1/pdf`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    for (const s of answers) tally[s === 200 || s === 503 ? s : "other"]++;
    peaks.push(tree());
  }
  console.table({ [steady.name]: (({ name, ...r }) => r)(steady) });
  console.log(
    `overload, 3 rounds of ${4 * capacity} at once (capacity ${capacity}): ${tally[200]} PDFs, ${tally[503]} × 503, ${tally.other} other; server + browser after each round: ${peaks.map(mib).join(", ")}`,
  );
  const ready = await fetch(`${url}/readyz`).then((r) => r.status);
  console.log(`/readyz after the overload: ${ready}`);
  await stop(child);
}
