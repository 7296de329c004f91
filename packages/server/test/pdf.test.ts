import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { browserAvailable } from "../../../test/support/browser.js";
import { alive } from "../../../test/support/process.js";
import { pdfText } from "../../pdf/test/support/poppler.js";
import { exampleJson, post, problem, useServer } from "./support/server.js";

const CONCURRENCY = 2;
const QUEUE = 2;
const CAPACITY = CONCURRENCY + QUEUE;

const reportOf = (agency: string) => {
  const report = exampleJson();
  report.meta = { ...report.meta, agency, title: undefined } as typeof report.meta;
  return JSON.stringify(report);
};

/** One PDF request: the PDF's text (checked to be the right document) or the problem it got. */
async function pdfRequest(url: string, agency: string) {
  const response = await post(`${url}/v1/pdf`, reportOf(agency));
  if (response.status === 200) {
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const text = pdfText(bytes).replace(/\s+/g, "");
    expect(text, `the PDF of ${agency}`).toContain(agency);
    return { status: 200 as const, retryAfter: null };
  }
  const retryAfter = response.headers.get("retry-after");
  const p = await problem(response);
  return { status: p.status, code: p.body.code, retryAfter };
}

describe.runIf(browserAvailable())("PDFs through the bounded queue", () => {
  const s = useServer({ pdf: { concurrency: CONCURRENCY, queueLimit: QUEUE } });

  it("is ready once the browser is up, and prints a report", async () => {
    const ready = await fetch(`${s.url}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready", pdf: "up" });
    expect((await pdfRequest(s.url, "第一个测试机关")).status).toBe(200);
  });

  it(`under 4× the queue's capacity: each request gets its own PDF or 503 with Retry-After; memory stays bounded`, async () => {
    const rss: number[] = [];
    for (let round = 0; round < 3; round++) {
      const agencies = Array.from(
        { length: 4 * CAPACITY },
        (_, i) => `过载测试机关${round}轮${i}号`,
      );
      const answers = await Promise.all(agencies.map((a) => pdfRequest(s.url, a)));
      expect(answers).toHaveLength(4 * CAPACITY);
      const ok = answers.filter((a) => a.status === 200);
      const busy = answers.filter((a) => a.status === 503);
      expect(ok.length + busy.length).toBe(answers.length);
      expect(ok.length).toBeGreaterThanOrEqual(CAPACITY);
      expect(busy.length).toBeGreaterThan(0);
      for (const b of busy) {
        expect(b).toMatchObject({ code: "pdf-busy" });
        expect(Number(b.retryAfter)).toBeGreaterThanOrEqual(1);
      }
      rss.push(process.memoryUsage().rss);
    }
    console.info(
      `server process RSS after each overload round: ${rss.map((r) => `${Math.round(r / 2 ** 20)} MiB`).join(", ")}`,
    );
    expect((rss[2] ?? 0) - (rss[0] ?? 0)).toBeLessThan(150 * 2 ** 20);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/zfxxgk_pdf_rejected_total [1-9]/);
    expect(metrics).toContain("zfxxgk_pdf_queue_depth 0");
    expect(metrics).toContain("zfxxgk_pdf_printing 0");
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    expect((await pdfRequest(s.url, "过载之后的机关")).status).toBe(200);
  });

  it("survives the browser being killed mid-print: in-flight retried or answered with an error, /readyz reflects it", async () => {
    const pid = s.server.pdf?.browser?.process()?.pid;
    expect(pid).toBeGreaterThan(0);
    const agencies = Array.from({ length: CAPACITY }, (_, i) => `崩溃测试机关${i}号`);
    const pending = Promise.all(agencies.map((a) => pdfRequest(s.url, a)));
    while ((s.server.pdf?.status.printing ?? 0) === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100));
    process.kill(pid as number, "SIGKILL");
    const readiness: number[] = [];
    let settled = false;
    const answers = pending.finally(() => {
      settled = true;
    });
    while (!settled || readiness.at(-1) !== 200) {
      readiness.push((await fetch(`${s.url}/readyz`)).status);
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const answer of await answers) {
      if (answer.status !== 200) expect([502, 504]).toContain(answer.status);
    }
    expect(alive(pid as number)).toBe(false);
    expect(readiness).toContain(503);
    expect(readiness.at(-1)).toBe(200);
    expect((await pdfRequest(s.url, "崩溃之后的机关")).status).toBe(200);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/zfxxgk_pdf_browser_restarts_total [1-9]/);
  });

  it("brings the browser back by itself when it dies while idle", async () => {
    const pid = s.server.pdf?.browser?.process()?.pid as number;
    process.kill(pid, "SIGKILL");
    let status = 200;
    for (let i = 0; i < 100 && status === 200; i++) {
      status = (await fetch(`${s.url}/readyz`)).status;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(status).toBe(503);
    for (let i = 0; i < 600 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await fetch(`${s.url}/readyz`)).status;
    }
    expect(status).toBe(200);
    expect(s.server.pdf?.browser?.process()?.pid).not.toBe(pid);
  });
});

describe.runIf(browserAvailable())("graceful shutdown", () => {
  const s = useServer({ pdf: { concurrency: 1, queueLimit: 4 } });

  it("finishes the PDFs in flight, refuses new work, then ends the browser", async () => {
    const pid = s.server.pdf?.browser?.process()?.pid as number;
    const agencies = ["停止测试机关甲", "停止测试机关乙", "停止测试机关丙"];
    const pending = Promise.all(agencies.map((a) => pdfRequest(s.url, a)));
    // Every request has been taken by the PDF queue: one is printing, the others wait.
    const taken = () => {
      const status = s.server.pdf?.status;
      return status ? status.printing + status.queued : 0;
    };
    while (taken() < agencies.length || (s.server.pdf?.status.printing ?? 0) === 0) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const closing = s.server.close();
    const answers = await pending;
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await closing;
    const refused = new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(s.url).port), "127.0.0.1");
      socket.on("connect", () => {
        socket.destroy();
        resolve("connected");
      });
      socket.on("error", reject);
    });
    await expect(refused).rejects.toThrow(/ECONNREFUSED/);
    expect(alive(pid)).toBe(false);
  }, 120_000);
});
