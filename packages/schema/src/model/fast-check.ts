import type * as z from "zod";

/** What a check returns for input the schema rejects. */
export const INVALID: unique symbol = Symbol("invalid");

/** Returns what the schema would return for a valid value (a fresh copy), `INVALID` otherwise. */
export type Check = (value: unknown) => unknown;

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = { check?: string } & Record<string, unknown>;

/**
 * A check as a closure, and, when it keeps the value as it is, as a test written in code.
 * `test` gets the expression of the value and an `add` that makes a helper reachable from the
 * generated code.
 */
interface Node {
  readonly check: Check;
  readonly test?: (x: string, add: (helper: unknown) => string) => string;
}

/**
 * A zod schema turned into plain functions: the same answers as `schema.safeParse(value).success`
 * and the same output, at a fraction of the cost, for the kinds of schema the report model uses
 * (objects, arrays, unions, optionals, literals, enums, null, strings and whole numbers with their
 * checks). Anything else is handed to zod itself, so the answer is never a guess. It only says
 * yes or no: a no goes to zod for the located diagnostics.
 *
 * Objects and the tests of their values are written out as code with every property name spelled
 * out: a property load by name is several times cheaper than by a computed key across the
 * report's many object shapes. Names come from the schema, never from input. Where code
 * generation is not allowed (a strict Content-Security-Policy) the same checks run as closures.
 */
export function fastCheck(schema: z.core.$ZodType, { compile = true } = {}): Check {
  const generator = compile && canGenerate() ? new Generator() : undefined;
  const { check } = build(schema, generator);
  return generator ? generator.link(check) : check;
}

/** `fastCheck(schema)`, compiled when first used rather than when the module loads. */
export function fastCheckOnFirstUse(schema: z.core.$ZodType): Check {
  let check: Check | undefined;
  return (value) => {
    check ??= fastCheck(schema);
    return check(value);
  };
}

function build(schema: z.core.$ZodType, generator: Generator | undefined): Node {
  const def = schema._zod.def as Def;
  const exact: Node = { check: viaZod(schema) };
  switch (def.type) {
    case "object": {
      const catchall = def.catchall as z.core.$ZodType | undefined;
      if (catchall?._zod.def.type !== "never" || def.checks?.length) return exact;
      const fields = Object.entries(def.shape as Record<string, z.core.$ZodType>).map(
        ([key, value]) => ({
          key,
          optional: value._zod.def.type === "optional",
          node: build(value, generator),
        }),
      );
      return { check: generator?.object(fields) ?? objectCheck(fields) };
    }
    case "array":
      return def.checks?.length
        ? exact
        : { check: arrayCheck(build(def.element as z.core.$ZodType, generator).check) };
    case "union": {
      const options = (def.options as z.core.$ZodType[]).map((o) => build(o, generator));
      const tests = options.map((o) => o.test);
      return {
        check: unionCheck(options.map((o) => o.check)),
        ...(allDefined(tests)
          ? { test: (x, add) => `(${tests.map((t) => t(x, add)).join(" || ")})` }
          : {}),
      };
    }
    case "optional": {
      const inner = build(def.innerType as z.core.$ZodType, generator);
      const test = inner.test;
      return {
        check: (value) => (value === undefined ? undefined : inner.check(value)),
        ...(test ? { test: (x, add) => `(${x} === undefined || ${test(x, add)})` } : {}),
      };
    }
    case "null":
      return { check: (v) => (v === null ? v : INVALID), test: (x) => `${x} === null` };
    case "literal":
    case "enum": {
      const values =
        def.type === "literal" ? (def.values as unknown[]) : Object.values(def.entries as object);
      if (!values.every((v) => typeof v === "string" || typeof v === "number")) return exact;
      const allowed = new Set<unknown>(values);
      return {
        check: (v) => (allowed.has(v) ? v : INVALID),
        test: (x) => `(${values.map((v) => `${x} === ${JSON.stringify(v)}`).join(" || ")})`,
      };
    }
    case "string":
      return scalar(def, exact, { js: "string", holds: (v) => typeof v === "string" });
    case "number":
      return scalar(def, exact, {
        js: "number",
        holds: (v) => typeof v === "number" && Number.isFinite(v),
        extra: (x) => `Number.isFinite(${x})`,
      });
    default:
      return exact;
  }
}

const allDefined = <T>(list: (T | undefined)[]): list is T[] => list.every((t) => t !== undefined);

const viaZod =
  (schema: z.core.$ZodType): Check =>
  (value) => {
    const result = (schema as z.ZodType).safeParse(value);
    return result.success ? result.data : INVALID;
  };

interface Step {
  /** Returns the value (or its rewrite), INVALID when it fails. */
  readonly run: (value: never) => unknown;
  /** The same as an expression, when the step does not rewrite the value. */
  readonly test?: (x: string, add: (helper: unknown) => string) => string;
}

/** A string or number: its type, its own format, then its checks in order (trim rewrites). */
function scalar(
  def: Def,
  exact: Node,
  type: { js: string; holds: (v: unknown) => boolean; extra?: (x: string) => string },
): Node {
  const steps: Step[] = [];
  for (const check of [def, ...((def.checks ?? []) as z.core.$ZodCheck[]).map((c) => c._zod.def)]) {
    const step = stepOf(check as unknown as CheckDef);
    if (step === undefined) return exact;
    if (step) steps.push(step);
  }
  const tests = steps.map((s) => s.test);
  return {
    check: (value) => {
      if (!type.holds(value)) return INVALID;
      let out = value;
      for (const step of steps) {
        out = step.run(out as never);
        if (out === INVALID) return INVALID;
      }
      return out;
    },
    ...(allDefined(tests)
      ? {
          test: (x, add) =>
            `(typeof ${x} === "${type.js}"${type.extra ? ` && ${type.extra(x)}` : ""}${tests
              .map((t) => ` && ${t(x, add)}`)
              .join("")})`,
        }
      : {}),
  };
}

/** One check as a step; null when there is nothing to check, undefined when it is not known here. */
function stepOf(def: CheckDef): Step | null | undefined {
  const keep = (ok: (v: never) => boolean) => (v: never) => (ok(v) ? v : INVALID);
  switch (def.check) {
    case undefined:
      return null;
    case "string_format": {
      const pattern = def.pattern as RegExp | undefined;
      if (!pattern || pattern.global || pattern.sticky) return undefined;
      return {
        run: keep((v: string) => pattern.test(v)),
        test: (x, add) => `${add(pattern)}.test(${x})`,
      };
    }
    case "number_format":
      return def.format === "safeint"
        ? { run: keep(Number.isSafeInteger), test: (x) => `Number.isSafeInteger(${x})` }
        : undefined;
    case "min_length": {
      const min = def.minimum as number;
      return { run: keep((v: string) => v.length >= min), test: (x) => `${x}.length >= ${min}` };
    }
    case "greater_than":
    case "less_than": {
      const op = `${def.check === "greater_than" ? ">" : "<"}${def.inclusive ? "=" : ""}`;
      const bound = def.value as number;
      if (typeof bound !== "number") return undefined;
      const ok = {
        ">": (v: number) => v > bound,
        ">=": (v: number) => v >= bound,
        "<": (v: number) => v < bound,
        "<=": (v: number) => v <= bound,
      }[op] as (v: number) => boolean;
      return { run: keep(ok), test: (x) => `${x} ${op} ${bound}` };
    }
    case "overwrite":
      return { run: def.tx as (value: never) => unknown };
    case "custom": {
      if (def.abort !== undefined || def.when) return undefined;
      const fn = def.fn as (value: unknown) => unknown;
      const run = (v: never) => {
        const ok = fn(v);
        return ok instanceof Promise || !ok ? INVALID : v;
      };
      return { run, test: (x, add) => `${add(run)}(${x}) !== INVALID` };
    }
    default:
      return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Own and inherited enumerable keys, as zod's strict objects count them. */
function keyCount(value: object): number {
  let seen = 0;
  for (const _ in value) seen++;
  return seen;
}

function arrayCheck(element: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === INVALID) return INVALID;
      out[i] = item;
    }
    return out;
  };
}

function unionCheck(options: readonly Check[]): Check {
  return (value) => {
    for (const option of options) {
      const out = option(value);
      if (out !== INVALID) return out;
    }
    return INVALID;
  };
}

interface Field {
  readonly key: string;
  readonly optional: boolean;
  readonly node: Node;
}

/** A strict object as a closure (the portable form). */
function objectCheck(fields: readonly Field[]): Check {
  return (value) => {
    if (!isObject(value)) return INVALID;
    const out: Record<string, unknown> = {};
    let known = 0;
    for (const { key, optional, node } of fields) {
      if (optional && !(key in value)) continue;
      const checked = node.check(value[key]);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
      known++;
    }
    return keyCount(value) === known ? out : INVALID;
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

let evalAllowed: boolean | undefined;
function canGenerate(): boolean {
  try {
    evalAllowed ??= new Function("return true")() === true;
  } catch {
    evalAllowed = false;
  }
  return evalAllowed;
}

/** Writes strict objects out as code; other checks are reached as helpers. */
class Generator {
  readonly #helpers: unknown[] = [];
  readonly #functions: string[] = [];
  /** The generated functions once linked; closures reach them through this array. */
  readonly #linked: Check[] = [];
  readonly #names = new Map<Check, number>();

  #add = (helper: unknown): string => {
    const own = typeof helper === "function" ? this.#names.get(helper as Check) : undefined;
    if (own !== undefined) return `f${own}`;
    let at = this.#helpers.indexOf(helper);
    if (at < 0) at = this.#helpers.push(helper) - 1;
    return `h${at}`;
  };

  object(fields: readonly Field[]): Check | undefined {
    if (!fields.every((f) => IDENTIFIER.test(f.key))) return undefined;
    const name = this.#functions.length;
    const required = fields.every((f) => !f.optional);
    const lines = fields.map(({ key, optional, node }, i) => {
      const read = node.test
        ? `const v${i} = v.${key}; if (!${node.test(`v${i}`, this.#add)}) return INVALID;`
        : `const v${i} = ${this.#add(node.check)}(v.${key}); if (v${i} === INVALID) return INVALID;`;
      if (required) return read;
      return optional
        ? `if (${JSON.stringify(key)} in v) { ${read} out.${key} = v${i}; known++; }`
        : `{ ${read} out.${key} = v${i}; known++; }`;
    });
    this.#functions.push(
      required
        ? `function f${name}(v) {
            if (!isObject(v) || keyCount(v) !== ${fields.length}) return INVALID;
            ${lines.join("\n")}
            return { ${fields.map((f, i) => `${f.key}: v${i}`).join(", ")} };
          }`
        : `function f${name}(v) {
            if (!isObject(v)) return INVALID;
            const out = {}; let known = 0;
            ${lines.join("\n")}
            return keyCount(v) === known ? out : INVALID;
          }`,
    );
    const linked = this.#linked;
    const check: Check = (value) => (linked[name] as Check)(value);
    this.#names.set(check, name);
    return check;
  }

  /** Compiles the generated functions; `top` then runs them. */
  link(top: Check): Check {
    const helpers = this.#helpers.map((_, i) => `h${i}`);
    const factory = new Function(
      "INVALID",
      "isObject",
      "keyCount",
      ...helpers,
      `${this.#functions.join("\n")}\nreturn [${this.#functions.map((_, i) => `f${i}`).join(", ")}];`,
    );
    this.#linked.push(...(factory(INVALID, isObject, keyCount, ...this.#helpers) as Check[]));
    const own = this.#names.get(top);
    return own === undefined ? top : (this.#linked[own] as Check);
  }
}
