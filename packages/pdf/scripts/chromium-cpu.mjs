// CPU time of Chromium's processes, the ended ones included (Linux /proc): the one place the dev
// scripts and the bench count it. Chromium starts a print compositor (`--type=utility
// --utility-sub-type=printing.mojom.PrintCompositor`) from its zygote for every document, and it
// ends before the next reading; its CPU time shows only in the zygote's `cutime`/`cstime` (the
// children that ended and were waited for), so those are counted too, under `ended: zygote`.
import { readdirSync, readFileSync } from "node:fs";

const TICK = 100; // USER_HZ on Linux

/**
 * Every process now: parent, kind (`browser`, `renderer`, `zygote`, `gpu-process`, `utility: <sub-type>`),
 * CPU seconds of its own (user, system), of its ended children (user, system) and its minor faults.
 */
export function processes() {
  const out = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const st = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? "browser";
      const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
      out.push({
        pid: Number(pid),
        ppid: Number(f[1]),
        kind: sub ? `${type}: ${sub}` : type,
        user: Number(f[11]) / TICK,
        sys: Number(f[12]) / TICK,
        endedUser: Number(f[13]) / TICK,
        endedSys: Number(f[14]) / TICK,
        faults: Number(f[7]),
      });
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/**
 * CPU seconds so far of `root` (the browser's pid) and its descendants, ended ones included:
 * `user`, `sys`, `cpu` (both), minor `faults` of the live ones, and `byKind`: CPU seconds per kind of
 * process, and under `ended: <kind>` what the ended children of processes of that kind used
 * (`ended: zygote` is the print compositors, one per document, and any closed page's renderer).
 */
export function chromiumCpu(root) {
  const procs = processes();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  const total = { user: 0, sys: 0, cpu: 0, faults: 0, byKind: {} };
  const add = (kind, seconds) => {
    total.byKind[kind] = (total.byKind[kind] ?? 0) + seconds;
  };
  for (const p of procs) {
    if (!tree.has(p.pid)) continue;
    total.user += p.user + p.endedUser;
    total.sys += p.sys + p.endedSys;
    total.faults += p.faults;
    add(p.kind, p.user + p.sys);
    if (p.endedUser + p.endedSys > 0) add(`ended: ${p.kind}`, p.endedUser + p.endedSys);
  }
  total.cpu = total.user + total.sys;
  return total;
}

/** `after − before` of two {@link chromiumCpu} readings, kind by kind. */
export function cpuSince(before, after) {
  const byKind = {};
  for (const kind of new Set([...Object.keys(before.byKind), ...Object.keys(after.byKind)])) {
    byKind[kind] = (after.byKind[kind] ?? 0) - (before.byKind[kind] ?? 0);
  }
  return {
    user: after.user - before.user,
    sys: after.sys - before.sys,
    cpu: after.cpu - before.cpu,
    faults: after.faults - before.faults,
    byKind,
  };
}

/** CPU seconds (user + system) this Node process has used so far. */
export function nodeCpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds of this process's children that have ended (e.g. `chromium --print-to-pdf` runs). */
export function endedChildrenCpu() {
  const st = readFileSync("/proc/self/stat", "utf8");
  const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
  return (Number(f[13]) + Number(f[14])) / TICK;
}

/** The 1-minute load average. */
export const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];

const COMPOSITOR = "utility: printing.mojom.PrintCompositor";

/**
 * {@link chromiumCpu}'s `byKind` in four groups: `browser` (with its ended children), `renderer`,
 * `print compositor` (live ones, and the zygote's ended children), `GPU, zygote, other` (the GPU
 * process, the zygotes themselves, the network and storage services).
 */
export function byGroup(byKind) {
  const groups = { browser: 0, renderer: 0, "print compositor": 0, "GPU, zygote, other": 0 };
  for (const [kind, seconds] of Object.entries(byKind)) {
    const group =
      kind === "browser" || kind === "ended: browser"
        ? "browser"
        : kind === "renderer"
          ? "renderer"
          : kind === COMPOSITOR || kind === "ended: zygote"
            ? "print compositor"
            : "GPU, zygote, other";
    groups[group] += seconds;
  }
  return groups;
}
