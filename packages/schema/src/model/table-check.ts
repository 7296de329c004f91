import type { CellDef } from "../grid/cells.js";
import { isAmountCell, isCountCell } from "./values.js";

/** Returns a fresh copy of a valid value, `undefined` for anything else. */
export type Check = (value: unknown) => unknown;

interface Branch {
  readonly [key: string]: Branch | CellDef;
}

const isCell = (node: Branch | CellDef): node is CellDef => typeof node.id === "string";

/**
 * The tables of an edition checked cell by cell from its grid, without a schema library: the
 * same answers as the zod tables schema (strict objects, count and amount cells), at a small
 * part of the cost. It only says yes or no; a no goes to zod for the located diagnostics.
 */
export function tablesCheck(cells: readonly CellDef[], { compile = true } = {}): Check {
  const root: Record<string, Branch | CellDef> = {};
  for (const cell of cells) {
    const keys = cell.path.slice(1);
    let node = root;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, Branch>;
    }
    node[keys.at(-1) as string] = cell;
  }
  return (compile && compiledCheck(root)) || branchCheck(root);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Own and inherited enumerable keys, as zod's strict objects count them. */
function keyCount(value: object): number {
  let seen = 0;
  for (const _ in value) seen++;
  return seen;
}

/** The portable check: a closure per object of the tree. */
function branchCheck(branch: Branch): Check {
  const keys = Object.keys(branch);
  const checks = keys.map((key) => {
    const node = branch[key] as Branch | CellDef;
    if (!isCell(node)) return branchCheck(node);
    return node.kind === "amount" ? amountCheck : countCheck;
  });
  return (value) => {
    if (!isObject(value) || keyCount(value) !== keys.length) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const checked = (checks[i] as Check)(value[key]);
      if (checked === undefined) return undefined;
      out[key] = checked;
    }
    return out;
  };
}

const countCheck: Check = (value) => (isCountCell(value) ? value : undefined);
const amountCheck: Check = (value) => (isAmountCell(value) ? value : undefined);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The same check written out as code with every property name spelled out: a property load by
 * name is several times cheaper than by a computed key across the tables' many object shapes.
 * Names come from the grid, never from input. Where code generation is not allowed (a strict
 * Content-Security-Policy), the portable check is used.
 */
function compiledCheck(root: Branch): Check | undefined {
  const functions: string[] = [];
  const emit = (branch: Branch): string => {
    const keys = Object.keys(branch);
    if (!keys.every((k) => IDENTIFIER.test(k))) throw new Error(`not an identifier in ${keys}`);
    const body = keys.map((key, i) => {
      const node = branch[key] as Branch | CellDef;
      if (!isCell(node))
        return `const v${i} = ${emit(node)}(v.${key}); if (v${i} === undefined) return undefined;`;
      const test = node.kind === "amount" ? "isAmountCell" : "isCountCell";
      return `const v${i} = v.${key}; if (!${test}(v${i})) return undefined;`;
    });
    const name = `check${functions.length}`;
    functions.push(
      `function ${name}(v) {
        if (!isObject(v) || keyCount(v) !== ${keys.length}) return undefined;
        ${body.join("\n")}
        return { ${keys.map((k, i) => `${k}: v${i}`).join(", ")} };
      }`,
    );
    return name;
  };
  try {
    const top = emit(root);
    const factory = new Function(
      "isObject",
      "keyCount",
      "isCountCell",
      "isAmountCell",
      `${functions.join("\n")}\nreturn ${top};`,
    );
    return factory(isObject, keyCount, isCountCell, isAmountCell) as Check;
  } catch {
    return undefined;
  }
}
