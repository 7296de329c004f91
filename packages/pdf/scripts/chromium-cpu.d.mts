// Types of chromium-cpu.mjs, for the TypeScript scripts.
export interface ProcessCpu {
  readonly pid: number;
  readonly ppid: number;
  readonly kind: string;
  readonly user: number;
  readonly sys: number;
  readonly endedUser: number;
  readonly endedSys: number;
  readonly faults: number;
}
export interface TreeCpu {
  user: number;
  sys: number;
  cpu: number;
  faults: number;
  byKind: Record<string, number>;
}
export function processes(): ProcessCpu[];
export function chromiumCpu(root: number): TreeCpu;
export function cpuSince(before: TreeCpu, after: TreeCpu): TreeCpu;
export function nodeCpu(): number;
export function endedChildrenCpu(): number;
export const loadAverage: () => string;
export function byGroup(
  byKind: Record<string, number>,
): Record<"browser" | "renderer" | "print compositor" | "GPU, zygote, other", number>;
