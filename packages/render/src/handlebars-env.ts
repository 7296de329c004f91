import Handlebars from "handlebars";
import { stylesheets, templates } from "./generated/templates-common.js";
import { jsonForScript } from "./json-script.js";

type Template = Handlebars.TemplateDelegate;

/** An isolated Handlebars environment: the package never touches the global one. */
const env = Handlebars.create();

// The one helper that writes raw text: the JSON block inside <script type="application/json">.
env.registerHelper("json", (value: unknown) => new env.SafeString(jsonForScript(value)));

const compiled: Record<string, Template> = {};
for (const [name, spec] of Object.entries(templates))
  compiled[name] = env.template(spec as TemplateSpecification);

function builtIn(name: string): Template {
  const template = compiled[name];
  if (!template) throw new Error(`@zfxxgk/render: template ${name} missing from the build`);
  return template;
}

/** Templates that render a partial's content verbatim (the stylesheets contain no Handlebars). */
const stylePartials: Record<string, Template> = {
  styles: () => stylesheets.report ?? "",
  "page-styles": () => stylesheets.page ?? "",
};

export const BUILT_IN_PARTIALS: Readonly<Record<string, Template>> = {
  ...Object.fromEntries(Object.entries(compiled).filter(([name]) => name !== "document")),
  ...stylePartials,
};

export const documentTemplate = builtIn("document");
export const reportTemplate = builtIn("report");

const vendorPartials = new Map<string, Template>();

/** Built-in partials with the caller's overrides compiled in (compiled once per source text). */
export function partialsWith(overrides: Readonly<Record<string, string>> | undefined) {
  if (!overrides || Object.keys(overrides).length === 0) return BUILT_IN_PARTIALS;
  const merged: Record<string, Template> = { ...BUILT_IN_PARTIALS };
  for (const [name, source] of Object.entries(overrides)) {
    if (typeof source !== "string")
      throw new TypeError(`options.partials.${name} must be Handlebars source text`);
    let template = vendorPartials.get(source);
    if (!template) {
      template = env.compile(source, { strict: false });
      vendorPartials.set(source, template);
    }
    merged[name] = template;
  }
  return merged;
}

export function stylesheet(name: "report" | "page"): string {
  return stylesheets[name] ?? "";
}
