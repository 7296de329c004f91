import {
  type CellDef,
  CURRENT_EDITION,
  cellSchemas,
  type Diagnostic,
  type Edition,
  editionForYear,
  editionOf,
  emptyReport,
  HTML_LANG,
  isEdition,
  LOCALES,
  type Locale,
  type Report,
  readCell,
  fillTotals as sumTotals,
  writeCell,
} from "@zfxxgk/schema";
import { messageOf, type ValidationResult } from "@zfxxgk/validate";
import { type CellNote, type CellProblem, cellText, readCellText } from "./cell-text.js";
import { checkReport } from "./checks.js";
import { h } from "./dom.js";
import { type DraftStore, localDraftStore, type SavedDraft } from "./draft.js";
import { drawStatistics } from "./draw-statistics.js";
import { cellLabel, type DrawnTable, drawTable, type NavCell } from "./draw-table.js";
import { say, sayBoth, TEXTS, type UiWord } from "./messages.js";
import { META_FIELDS, type MetaField, readPath, writePath } from "./meta-fields.js";
import { modelParts } from "./model-shape.js";
import { narrativeToText, textToNarrative } from "./narrative-text.js";
import { FORM_CSS } from "./style.js";
import { isBlock, parseTsv } from "./tsv.js";

/** What the `validate` event carries: the validator's result plus the cells the form could not read. */
export interface FormCheck extends ValidationResult {
  /** Cells whose text is not a value (letters, negatives, …), as `form/unreadable` findings. */
  readonly unreadable: readonly Diagnostic[];
}

interface CellChange {
  readonly id: string;
  readonly before: string;
  readonly after: string;
}
interface UndoStep {
  readonly what: UiWord;
  readonly changes: readonly CellChange[];
  /** A section of a 2008–2018 report that was removed, and where it stood. */
  readonly removed?: { readonly index: number; readonly section: unknown };
}

const SUMMARY_LIMIT = 100;
const DRAFT_DELAY_MS = 300;
/**
 * The rule that reports blank cells. Every cell of a new form starts blank, so a blank cell's finding is
 * pinned at the cell only once the clerk has left it blank, or has asked to see every blank cell;
 * until then the summary counts them.
 */
const BLANK_RULE = "X-08";

let instances = 0;
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * `<zfxxgk-form>`: the official tables of a report as inputs, checked by @zfxxgk/validate on every
 * change. Attributes: `locale` (zh-Hans, zh-Hant, en), `edition`, `year`, `readonly`, `draft-key`.
 */
export class ZfxxgkForm extends Base {
  static readonly observedAttributes = ["locale", "readonly", "edition"];

  #report: Report | undefined;
  /** Whether the report came from `value` or a draft (then the `edition` attribute no longer applies). */
  #loaded = false;
  #texts = new Map<string, string>();
  #problems = new Map<string, CellProblem>();
  #notes = new Map<string, readonly CellNote[]>();
  #filled = new Map<string, readonly string[]>();
  /** Cells the clerk moved out of while they were blank. */
  #leftBlank = new Set<string>();
  /** Whether the clerk asked to see every blank cell marked. */
  #allBlanksShown = false;
  #undo: UndoStep[] = [];
  #typedSinceStep = false;
  #result: FormCheck | undefined;
  #decorated = new Map<Element, string>();

  #root: HTMLElement | undefined;
  #inputs = new Map<string, HTMLInputElement>();
  #messages = new Map<string, HTMLElement>();
  #nav = new Map<
    HTMLInputElement,
    { rows: readonly (readonly NavCell[])[]; r: number; c: number }
  >();
  /** Metadata fields and text areas by the JSON Pointer of what they hold. */
  #fields = new Map<string, HTMLElement>();
  #fieldMessages = new Map<HTMLElement, HTMLElement>();
  #feeUnit: HTMLSelectElement | undefined;
  #summary: HTMLElement | undefined;
  #status: HTMLElement | undefined;
  #draftBar: HTMLElement | undefined;
  #undoButton: HTMLButtonElement | undefined;

  #id = `zf${++instances}-`;
  #store: DraftStore | undefined;
  #offered: SavedDraft | undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  get locale(): Locale {
    const value = this.getAttribute("locale");
    return LOCALES.find((l) => l === value) ?? "zh-Hans";
  }
  set locale(value: Locale) {
    this.setAttribute("locale", value);
  }

  get readOnly(): boolean {
    return this.hasAttribute("readonly");
  }
  set readOnly(value: boolean) {
    this.toggleAttribute("readonly", value);
  }

  /** The report as filled in so far; cells whose text is not a value are blank (see `check`). */
  get value(): Report {
    return structuredClone(this.#ensureReport());
  }
  /** A report object or JSON text. Throws a TypeError saying why when it is not a report. */
  set value(input: Report | string) {
    this.#load(input);
    this.#afterLoad();
  }

  /** The latest check: validator findings and unreadable cells. */
  get check(): FormCheck {
    return this.#result ?? this.#runChecks();
  }

  /** The report as JSON text, as the export button saves it. */
  exportJson(): string {
    return `${JSON.stringify(this.value, null, 2)}\n`;
  }

  /** Fills blank 总计 cells whose parts are all numbers (undoable); returns the ids filled. */
  fillTotals(): string[] {
    const report = this.#ensureReport();
    const cells = this.#cells();
    // A cell holding unreadable text is neither filled over nor added up.
    const guarded = structuredClone(report);
    for (const id of this.#problems.keys()) {
      const cell = cells.get(id);
      if (cell) writeCell(guarded, cell, "—");
    }
    const { filled } = sumTotals(guarded);
    const changes = filled.map((f) => ({
      id: f.id,
      before: this.#texts.get(f.id) ?? "",
      after: String(f.value),
    }));
    this.#apply(changes);
    for (const f of filled) this.#filled.set(f.id, f.from);
    if (changes.length) this.#pushUndo({ what: "fillAction", changes });
    this.#say(
      filled.length
        ? say("filled", this.locale, {
            n: filled.length,
            list: filled.map((f) => `${f.id} = ${f.value}`).join("，"),
          })
        : say("nothingFilled", this.locale),
    );
    this.#changed();
    return filled.map((f) => f.id);
  }

  /** Undoes the last paste, fill of totals or removal of a section; false when there is none. */
  undo(): boolean {
    const step = this.#undo.pop();
    if (!step) return false;
    this.#apply(step.changes.map((c) => ({ id: c.id, before: c.after, after: c.before })));
    if (step.removed) {
      // Put back where it stood; what was typed into the other sections since stays.
      const report = this.#ensureReport() as { body?: unknown[] };
      report.body ??= [];
      report.body.splice(step.removed.index, 0, step.removed.section);
      this.#draw();
    }
    if (step.what === "fillAction") for (const c of step.changes) this.#filled.delete(c.id);
    this.#say(say("undone", this.locale, { what: say(step.what, this.locale) }));
    this.#syncUndoButton();
    this.#changed();
    return true;
  }

  connectedCallback(): void {
    if (!this.#root) {
      this.#ensureReport();
      this.#draw();
    }
    this.#store ??= localDraftStore(this.getAttribute("draft-key") ?? "default");
    this.#offerDraft();
    globalThis.addEventListener?.("pagehide", this.#onPageHide);
  }

  disconnectedCallback(): void {
    globalThis.removeEventListener?.("pagehide", this.#onPageHide);
    this.#flushDraft();
  }

  /** A page being left saves the pending draft at once instead of after the quiet delay. */
  #onPageHide = () => this.#flushDraft();

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.#root) return;
    if (name === "edition" && !this.#loaded) {
      this.#report = undefined;
      this.#ensureReport();
    }
    this.#draw();
  }

  // ── the model ────────────────────────────────────────────────────────────

  /** The year of a blank form: the `year` attribute, else last year. */
  #blankYear(): number {
    return Number(this.getAttribute("year")) || new Date().getFullYear() - 1;
  }

  /** The report's edition; for a blank form the `edition` attribute, else the one issued for its year. */
  #edition(): Edition {
    if (this.#report) return this.#report.edition;
    const asked = this.getAttribute("edition");
    if (isEdition(asked)) return asked;
    return editionForYear(this.#blankYear()) ?? CURRENT_EDITION;
  }

  #cells(): ReadonlyMap<string, CellDef> {
    return editionOf(this.#edition()).cellIndex;
  }

  #ensureReport(): Report {
    if (!this.#report) {
      const edition = this.#edition();
      this.#report = emptyReport({ agency: "", year: this.#blankYear(), edition });
      this.#texts = new Map(editionOf(edition).cells.map((c) => [c.id, ""]));
    }
    return this.#report;
  }

  #load(input: unknown): void {
    const data = typeof input === "string" ? (JSON.parse(input) as unknown) : input;
    if (typeof data !== "object" || data === null || Array.isArray(data))
      throw new TypeError(sayBoth("notReport"));
    const edition = (data as { edition?: unknown }).edition;
    if (!isEdition(edition)) throw new TypeError(sayBoth("unknownEdition", { e: String(edition) }));
    const report = structuredClone(data) as Report;
    // The body: the sections of the edition's grid, or (2008–2018) the report's own numbered ones.
    const { sections: grid } = editionOf(edition).grid;
    const holder = report as { sections?: Record<string, unknown>; body?: unknown };
    if (grid.length) {
      const sections = holder.sections ?? {};
      for (const s of grid) if (!Array.isArray(sections[s.key])) sections[s.key] = [];
      holder.sections = sections;
    } else if ("body" in modelParts(edition) && !Array.isArray(holder.body)) holder.body = [];
    this.#report = report;
    this.#texts.clear();
    this.#problems.clear();
    this.#notes.clear();
    this.#filled.clear();
    this.#leftBlank.clear();
    this.#allBlanksShown = false;
    this.#undo = [];
    for (const cell of editionOf(edition).cells) {
      const raw = readCell(data, cell);
      this.#setCell(cell, cellText(raw));
      // A value the model already accepts as given is kept exactly (no rewrite, no note).
      if (isExact(raw, cell)) {
        writeCell(report, cell, raw);
        this.#notes.delete(cell.id);
      }
    }
    this.#loaded = true;
  }

  #afterLoad(): void {
    if (this.#root) this.#draw();
    else this.#runChecks();
    this.#dispatch();
  }

  /** Puts a clerk's text into a cell: the model gets its reading, or blank when it has none. */
  #setCell(cell: CellDef, text: string): void {
    const report = this.#ensureReport();
    this.#texts.set(cell.id, text);
    const reading = readCellText(text, cell.kind);
    if (reading.ok) {
      writeCell(report, cell, reading.value);
      this.#problems.delete(cell.id);
      if (reading.notes.length) this.#notes.set(cell.id, reading.notes);
      else this.#notes.delete(cell.id);
    } else {
      writeCell(report, cell, null);
      this.#problems.set(cell.id, reading.problem);
      this.#notes.delete(cell.id);
    }
  }

  #apply(changes: readonly CellChange[]): void {
    const cells = this.#cells();
    for (const change of changes) {
      const cell = cells.get(change.id);
      if (!cell) continue;
      this.#setCell(cell, change.after);
      this.#filled.delete(change.id);
      const input = this.#inputs.get(change.id);
      if (input) input.value = this.#shown(cell);
    }
  }

  /** The text a cell shows once committed: its reading when it has one, else what was typed. */
  #shown(cell: CellDef): string {
    if (this.#problems.has(cell.id)) return this.#texts.get(cell.id) ?? "";
    return cellText(readCell(this.#ensureReport(), cell));
  }

  #pushUndo(step: UndoStep): void {
    this.#undo.push(step);
    this.#typedSinceStep = false;
    this.#syncUndoButton();
  }

  // ── checks and their display ─────────────────────────────────────────────

  #runChecks(): FormCheck {
    const result = checkReport(this.#ensureReport());
    const unreadable: Diagnostic[] = [];
    const cells = this.#cells();
    for (const [id, problem] of this.#problems) {
      const cell = cells.get(id);
      if (!cell) continue;
      unreadable.push({
        code: "form/unreadable",
        severity: "error",
        path: cell.pointer,
        cells: [id],
        actual: this.#texts.get(id) ?? "",
        params: { problem },
      });
    }
    this.#result = {
      ...result,
      diagnostics: [...unreadable, ...result.diagnostics],
      errorCount: result.errorCount + unreadable.length,
      unreadable,
    };
    return this.#result;
  }

  #message(d: Diagnostic): string {
    const locale = this.locale;
    if (d.code === "form/unreadable") {
      const problem = TEXTS[locale].problems[d.params?.problem as CellProblem];
      return `「${d.actual}」${problem ?? ""}`;
    }
    return messageOf(d, locale);
  }

  /** Marks every cell and field with its findings and rebuilds the summary. */
  #decorate(): void {
    const result = this.#result ?? this.#runChecks();
    const locale = this.locale;
    const atCell = new Map<string, { severity: string; texts: string[] }>();
    const atField = new Map<string, { severity: string; texts: string[] }>();
    const pin = (map: typeof atCell, key: string, d: Diagnostic, text: string) => {
      const entry = map.get(key) ?? { severity: "info", texts: [] };
      entry.texts.push(text);
      if (RANK[d.severity] > RANK[entry.severity as Diagnostic["severity"]])
        entry.severity = d.severity;
      map.set(key, entry);
    };
    for (const d of result.diagnostics) {
      if (d.severity === "info") continue;
      const cells =
        d.code === BLANK_RULE && !this.#allBlanksShown
          ? d.cells.filter((id) => this.#leftBlank.has(id))
          : d.cells;
      if (d.code === BLANK_RULE && !cells.length) continue;
      const text = this.#message(d);
      if (cells.length) for (const id of cells) pin(atCell, id, d, text);
      else {
        const field = this.#fieldFor(d.path);
        if (field) pin(atField, field, d, text);
      }
    }

    for (const [id, input] of this.#inputs) {
      const found = atCell.get(id);
      const notes = this.#notes.get(id);
      const filled = this.#filled.get(id);
      const texts = [...(found?.texts ?? [])];
      if (notes?.length) {
        const { notePrefix, notes: noted } = TEXTS[locale];
        texts.push(notePrefix + notes.map((n) => noted[n]).join("；"));
      }
      if (filled) texts.push(say("filledNote", locale, { parts: filled.join(" + ") }));
      const state = found ? found.severity : notes?.length ? "note" : filled ? "filled" : "";
      const key = `${state}|${texts.join("\n")}`;
      if (this.#decorated.get(input) === key) continue;
      this.#decorated.set(input, key);
      const message = this.#messages.get(id);
      if (message) message.textContent = texts.join("\n");
      setMark(input, state, found !== undefined, texts.length ? message?.id : undefined);
    }
    for (const [path, field] of this.#fields) {
      const found = atField.get(path);
      const key = found ? `${found.severity}|${found.texts.join("\n")}` : "";
      if (this.#decorated.get(field) === key) continue;
      this.#decorated.set(field, key);
      const message = this.#fieldMessages.get(field);
      if (message) message.textContent = found?.texts.join("\n") ?? "";
      setMark(field, found?.severity ?? "", found !== undefined, found ? message?.id : undefined);
    }
    this.#drawSummary(result);
  }

  #fieldFor(path: string): string | undefined {
    let best: string | undefined;
    for (const key of this.#fields.keys())
      if ((path === key || path.startsWith(`${key}/`)) && (!best || key.length > best.length))
        best = key;
    return best;
  }

  #drawSummary(result: FormCheck): void {
    const summary = this.#summary;
    if (!summary) return;
    const locale = this.locale;
    const shown = result.diagnostics.filter((d) => d.severity !== "info" && d.code !== BLANK_RULE);
    const infos = result.diagnostics.filter((d) => d.severity === "info");
    const blanks = result.diagnostics.filter((d) => d.code === BLANK_RULE);
    const item = (d: Diagnostic) => {
      const target = d.cells[0] ?? this.#fieldFor(d.path);
      const label = `${d.code} · ${this.#message(d)}`;
      return h(
        "li",
        { class: `zf-${d.severity}` },
        target
          ? h("button", { type: "button", class: "zf-jump", "data-jump": target }, label)
          : label,
      );
    };
    const list = (items: Diagnostic[]) => {
      const ul = h("ul", {}, ...items.slice(0, SUMMARY_LIMIT).map(item));
      if (items.length > SUMMARY_LIMIT)
        ul.append(h("li", {}, say("more", locale, { n: items.length - SUMMARY_LIMIT })));
      return ul;
    };
    const errors = result.errorCount;
    const warnings = result.warningCount;
    const counts = say("counts", locale, { e: errors, w: warnings, i: result.infoCount });
    const firstBlank = blanks[0]?.cells[0];
    const parts: (HTMLElement | null)[] = [
      h("h2", { id: `${this.#id}summary` }, say("summary", locale)),
      h("p", { class: "zf-counts" }, counts),
      shown.length ? list(shown) : h("p", {}, say("clean", locale)),
      firstBlank
        ? h(
            "p",
            { class: "zf-blanks" },
            h(
              "button",
              {
                type: "button",
                class: "zf-jump",
                "data-action": "show-blanks",
                "data-jump": firstBlank,
              },
              say(this.#allBlanksShown ? "blanksShown" : "blanks", locale, { n: blanks.length }),
            ),
          )
        : null,
      infos.length
        ? h(
            "details",
            { class: "zf-infos" },
            h("summary", {}, say("notesGroup", locale, { n: infos.length })),
            list(infos),
          )
        : null,
    ];
    summary.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  #changed(): void {
    this.#runChecks();
    this.#decorate();
    this.#scheduleDraft();
    this.#dispatch();
  }

  #dispatch(): void {
    const result = this.check;
    this.dispatchEvent(new CustomEvent("change", { detail: { value: this.value } }));
    this.dispatchEvent(new CustomEvent("validate", { detail: result }));
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = text;
  }

  #syncUndoButton(): void {
    if (this.#undoButton) this.#undoButton.disabled = this.readOnly || this.#undo.length === 0;
  }

  // ── drafts ───────────────────────────────────────────────────────────────

  #scheduleDraft(): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.#flushDraft(), DRAFT_DELAY_MS);
  }

  #flushDraft(): void {
    if (this.#draftTimer === undefined) return;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
    const texts: Record<string, string> = {};
    for (const id of this.#problems.keys()) texts[id] = this.#texts.get(id) ?? "";
    this.#store?.save({ savedAt: Date.now(), report: this.#ensureReport(), unreadable: texts });
  }

  #offerDraft(): void {
    const draft = this.#store?.load();
    if (!draft || this.readOnly) return;
    if (JSON.stringify(draft.report) === JSON.stringify(this.#report)) return;
    this.#offered = draft;
    this.#showOffer(draft);
  }

  #showOffer(draft: SavedDraft): void {
    const bar = this.#draftBar;
    if (!bar) return;
    const when = new Date(draft.savedAt).toLocaleString(HTML_LANG[this.locale]);
    bar.replaceChildren(
      h("span", {}, say("draftFound", this.locale, { t: when })),
      h("button", { type: "button", "data-action": "restore" }, say("restore", this.locale)),
      h("button", { type: "button", "data-action": "discard" }, say("discard", this.locale)),
    );
    bar.hidden = false;
  }

  #answerDraft(restore: boolean): void {
    const draft = this.#offered;
    this.#offered = undefined;
    if (this.#draftBar) this.#draftBar.hidden = true;
    if (!draft) return;
    if (!restore) {
      this.#store?.clear();
      return;
    }
    this.#load(draft.report);
    const cells = this.#cells();
    for (const [id, text] of Object.entries(draft.unreadable)) {
      const cell = cells.get(id);
      if (cell) this.#setCell(cell, text);
    }
    this.#afterLoad();
    this.#say(say("restored", this.locale));
  }

  // ── drawing ──────────────────────────────────────────────────────────────

  #draw(): void {
    const locale = this.locale;
    const report = this.#ensureReport();
    const edition = editionOf(report.edition);
    const grid = edition.grid;
    const readOnly = this.readOnly;
    this.#inputs.clear();
    this.#messages.clear();
    this.#nav.clear();
    this.#fields.clear();
    this.#fieldMessages.clear();
    this.#decorated.clear();

    const button = (action: string, text: UiWord, disabled = false) =>
      h("button", { type: "button", "data-action": action, disabled }, say(text, locale));
    const fileInput = h("input", {
      type: "file",
      accept: "application/json,.json",
      hidden: true,
      "data-action": "import-file",
      tabindex: -1,
      "aria-hidden": "true",
    });
    this.#undoButton = button("undo", "undo", readOnly || this.#undo.length === 0);
    const toolbar = h(
      "div",
      { class: "zf-toolbar", role: "toolbar", "aria-label": say("toolbar", locale) },
      button("import", "import", readOnly),
      fileInput,
      button("export", "export"),
      button("fill-totals", "fillTotals", readOnly),
      this.#undoButton,
      readOnly ? h("span", { class: "zf-badge" }, say("readonly", locale)) : null,
    );
    this.#status = h("p", { class: "zf-status", role: "status", "aria-live": "polite" });
    this.#draftBar = h("div", {
      class: "zf-draft",
      role: "region",
      "aria-label": say("restore", locale),
      hidden: true,
    });
    this.#summary = h("section", {
      class: "zf-summary",
      "aria-labelledby": `${this.#id}summary`,
      "aria-live": "polite",
      "aria-relevant": "text",
    });

    const field = (f: MetaField) => this.#field(f, locale, readOnly);
    const meta = h(
      "section",
      { class: "zf-meta", "aria-labelledby": `${this.#id}meta` },
      h("h2", { id: `${this.#id}meta` }, say("meta", locale)),
      h("div", { class: "zf-fields" }, ...META_FIELDS.filter((f) => f.group === "meta").map(field)),
      h(
        "fieldset",
        { class: "zf-fields" },
        h("legend", {}, say("contact", locale)),
        ...META_FIELDS.filter((f) => f.group === "contact").map(field),
      ),
    );

    const shape = modelParts(report.edition);
    const sections: HTMLElement[] = [];
    if ("preamble" in shape)
      sections.push(this.#narrative("/preamble", say("preamble", locale), locale, readOnly, true));
    for (const section of grid.sections) {
      const headingId = `${this.#id}s-${section.key}`;
      const table = grid.tables.find((t) => t.id === section.table);
      const parts: HTMLElement[] = [h("h2", { id: headingId }, section.heading[locale])];
      if (table) {
        const drawn = drawTable(table, locale, this.#id);
        this.#adopt(drawn, readOnly);
        parts.push(h("div", { class: "zf-scroll" }, drawn.element));
      }
      parts.push(
        this.#narrative(
          `/sections/${section.key}`,
          table ? say("sectionText", locale) : section.heading[locale],
          locale,
          readOnly,
          Boolean(table),
        ),
      );
      sections.push(h("section", { class: "zf-section", "aria-labelledby": headingId }, ...parts));
    }
    // 2008–2018: the report's own numbered sections instead of the grid's.
    if ("body" in shape && !grid.sections.length) sections.push(...this.#body(locale, readOnly));
    for (const table of grid.tables) {
      // A table no section holds: the 2008–2018 统计表, appended to the report as 附表.
      if (table.layout !== "matrix" || grid.sections.some((s) => s.table === table.id)) continue;
      const headingId = `${this.#id}s-${table.id}`;
      const drawn =
        "statistics" in shape
          ? drawStatistics(
              table,
              (report as { statistics?: unknown }).statistics,
              (key) => edition.cellIndex.get(`${table.id}.${key}`),
              locale,
              this.#id,
            )
          : drawTable(table, locale, this.#id);
      this.#adopt(drawn, readOnly);
      const number = edition.tableNumbers[table.id]?.[locale];
      sections.push(
        h(
          "section",
          { class: "zf-section", "aria-labelledby": headingId },
          h("h2", { id: headingId }, [number, table.title[locale]].filter(Boolean).join(" ")),
          h("div", { class: "zf-scroll" }, drawn.element),
        ),
      );
    }
    if ("processingFee" in shape) sections.push(this.#processingFee(locale, readOnly));

    const root = h(
      "div",
      {
        class: "zf-root",
        role: "form",
        "aria-label": say("formLabel", locale),
        lang: HTML_LANG[locale],
      },
      h("style", {}, FORM_CSS),
      toolbar,
      this.#draftBar,
      this.#status,
      this.#summary,
      h("p", { class: "zf-focusbar", "aria-hidden": "true" }),
      meta,
      ...sections,
    );
    this.#listen(root);
    this.#root?.remove();
    this.#root = root;
    this.replaceChildren(root);
    if (this.#offered) this.#showOffer(this.#offered);
    this.#runChecks();
    this.#decorate();
  }

  #adopt(drawn: DrawnTable, readOnly: boolean): void {
    const cells = this.#cells();
    drawn.rows.forEach((row, r) => {
      row.forEach((nav, c) => {
        const id = nav.cell.id;
        this.#inputs.set(id, nav.input);
        this.#nav.set(nav.input, { rows: drawn.rows, r, c });
        const cell = cells.get(id);
        nav.input.value = cell ? this.#shown(cell) : "";
        nav.input.readOnly = readOnly;
      });
    });
    for (const [id, message] of drawn.messages) this.#messages.set(id, message);
  }

  #field(f: MetaField, locale: Locale, readOnly: boolean): HTMLElement {
    return this.#textField(f.path, say(f.label, locale), readOnly, {
      inputmode: f.inputmode,
      placeholder: f.placeholder,
    });
  }

  /** A labelled one-line field for the value at `path`; its findings are shown beside it. */
  #textField(
    path: readonly string[],
    label: string,
    readOnly: boolean,
    props: Record<string, string | undefined> = {},
  ): HTMLElement {
    const id = `${this.#id}f-${path.join("-")}`;
    const value = readPath(this.#ensureReport(), path);
    const input = h("input", {
      id,
      type: "text",
      class: "zf-field",
      "data-path": `/${path.join("/")}`,
      autocomplete: "off",
      readonly: readOnly,
      ...props,
    });
    input.value = value === undefined ? "" : String(value);
    const message = h("span", { class: "zf-msg", id: `${id}-msg` });
    this.#fields.set(`/${path.join("/")}`, input);
    this.#fieldMessages.set(input, message);
    return h("div", { class: "zf-field-row" }, h("label", { for: id }, label), input, message);
  }

  /**
   * The sections of a 2008–2018 report as it numbers them: number, heading and text of each, a
   * button to remove it, and one to add a section after the last.
   */
  #body(locale: Locale, readOnly: boolean): HTMLElement[] {
    const body = (this.#ensureReport() as { body?: unknown }).body;
    const list: unknown[] = Array.isArray(body) ? body : [];
    const parts = list.map((section, i) => {
      const headingId = `${this.#id}b-${i}`;
      return h(
        "section",
        { class: "zf-section zf-body", "aria-labelledby": headingId },
        h("h2", { id: headingId }, bodyHeading(section, i, locale)),
        h(
          "div",
          { class: "zf-fields zf-body-fields" },
          this.#textField(["body", String(i), "number"], say("sectionNumber", locale), readOnly, {
            class: "zf-field zf-short",
          }),
          this.#textField(["body", String(i), "heading"], say("sectionHeading", locale), readOnly),
        ),
        this.#narrative(`/body/${i}/blocks`, say("sectionText", locale), locale, readOnly, true),
        readOnly
          ? null
          : h(
              "button",
              { type: "button", "data-action": "remove-section", "data-index": i },
              say("removeSection", locale, { n: i + 1 }),
            ),
      );
    });
    if (!readOnly)
      parts.push(
        h(
          "p",
          { class: "zf-add" },
          h("button", { type: "button", "data-action": "add-section" }, say("addSection", locale)),
        ),
      );
    return parts;
  }

  #addSection(): void {
    const report = this.#ensureReport() as { body?: unknown[] };
    report.body ??= [];
    const body = report.body;
    const n = body.length + 1;
    body.push({ number: numeral(n), heading: "", blocks: [] });
    this.#draw();
    this.#fields.get(`/body/${n - 1}/heading`)?.focus();
    this.#say(say("sectionAdded", this.locale, { n }));
    this.#changed();
  }

  #removeSection(i: number): void {
    const body = (this.#ensureReport() as { body?: unknown[] }).body;
    if (!Array.isArray(body) || !(i in body)) return;
    const [gone] = body.splice(i, 1);
    this.#pushUndo({ what: "removeAction", changes: [], removed: { index: i, section: gone } });
    this.#draw();
    this.#say(
      say("sectionRemoved", this.locale, {
        n: i + 1,
        h: bodyHeading(gone, i, this.locale),
      }),
    );
    this.#changed();
  }

  #narrative(
    path: string,
    heading: string,
    locale: Locale,
    readOnly: boolean,
    sub: boolean,
  ): HTMLElement {
    const id = `${this.#id}t${path.replaceAll("/", "-")}`;
    const blocks = readPath(this.#ensureReport(), path.slice(1).split("/"));
    const area = h("textarea", {
      id,
      class: "zf-text",
      "data-path": path,
      rows: 6,
      readonly: readOnly,
      "aria-describedby": `${id}-hint ${id}-msg`,
    });
    area.value = Array.isArray(blocks) ? narrativeToText(blocks) : "";
    const message = h("span", { class: "zf-msg", id: `${id}-msg` });
    this.#fields.set(path, area);
    this.#fieldMessages.set(area, message);
    return h(
      "div",
      { class: "zf-narrative" },
      h("label", { for: id, class: sub ? "zf-sublabel" : "zf-heading-label" }, heading),
      h("p", { class: "zf-hint", id: `${id}-hint` }, say("textHint", locale)),
      area,
      message,
    );
  }

  #processingFee(locale: Locale, readOnly: boolean): HTMLElement {
    const fee = (this.#ensureReport() as { processingFee?: { amount?: string; unit?: string } })
      .processingFee;
    const amountId = `${this.#id}fee-amount`;
    const unitId = `${this.#id}fee-unit`;
    const amount = h("input", {
      id: amountId,
      type: "text",
      class: "zf-field",
      "data-path": "/processingFee/amount",
      inputmode: "decimal",
      autocomplete: "off",
      readonly: readOnly,
    });
    amount.value = fee?.amount ?? "";
    const unit = h(
      "select",
      { id: unitId, "data-path": "/processingFee/unit", disabled: readOnly },
      ...["元", "万元"].map((u) => h("option", { value: u, selected: fee?.unit === u }, u)),
    );
    const message = h("span", { class: "zf-msg", id: `${amountId}-msg` });
    // Findings about the fee (its amount or its unit) are shown at the amount.
    this.#fields.set("/processingFee", amount);
    this.#fieldMessages.set(amount, message);
    this.#feeUnit = unit;
    return h(
      "section",
      { class: "zf-section", "aria-labelledby": `${this.#id}fee` },
      h("h2", { id: `${this.#id}fee` }, say("processingFee", locale)),
      h(
        "div",
        { class: "zf-field-row" },
        h("label", { for: amountId }, say("feeAmount", locale)),
        amount,
        h("label", { for: unitId }, say("feeUnit", locale)),
        unit,
        message,
      ),
    );
  }

  // ── interaction ──────────────────────────────────────────────────────────

  #listen(root: HTMLElement): void {
    // The host hears the form's own `change` event, not every inner input's.
    root.addEventListener("change", (e) => {
      e.stopPropagation();
      const target = e.target;
      if (target instanceof HTMLInputElement && target.dataset.cell) this.#commitCell(target);
      else if (target instanceof HTMLInputElement && target.dataset.action === "import-file")
        void this.#importFile(target);
      else if (target instanceof HTMLSelectElement) this.#fieldInput(target);
    });
    root.addEventListener("input", (e) => {
      const target = e.target;
      if (this.readOnly) return;
      if (target instanceof HTMLInputElement && target.dataset.cell) {
        const cell = this.#cells().get(target.dataset.cell);
        if (!cell) return;
        this.#typedSinceStep = true;
        this.#filled.delete(cell.id);
        this.#setCell(cell, target.value);
        this.#changed();
      } else if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
        if (target.dataset.path) this.#fieldInput(target);
      }
    });
    root.addEventListener("click", (e) => {
      const target = (e.target as Element).closest<HTMLElement>("[data-action], [data-jump]");
      if (!target) return;
      if (target.dataset.action === "show-blanks" && !this.#allBlanksShown) {
        this.#allBlanksShown = true;
        this.#decorate();
      }
      if (target.dataset.jump) this.#jump(target.dataset.jump);
      switch (target.dataset.action) {
        case "export":
          this.#download();
          break;
        case "import":
          root.querySelector<HTMLInputElement>('[data-action="import-file"]')?.click();
          break;
        case "fill-totals":
          if (!this.readOnly) this.fillTotals();
          break;
        case "undo":
          if (!this.readOnly) this.undo();
          break;
        case "add-section":
          if (!this.readOnly) this.#addSection();
          break;
        case "remove-section":
          if (!this.readOnly) this.#removeSection(Number(target.dataset.index));
          break;
        case "restore":
        case "discard":
          this.#answerDraft(target.dataset.action === "restore");
          break;
      }
    });
    root.addEventListener("keydown", (e) => this.#key(e));
    root.addEventListener("paste", (e) => this.#paste(e));
    root.addEventListener("focusin", (e) => this.#focusBar(e.target));
    root.addEventListener("focusout", (e) => this.#leave(e.target));
  }

  /** A cell left blank is marked from now on (X-08 at the cell), as a form marks a field once visited. */
  #leave(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || !target.dataset.cell || this.readOnly) return;
    const id = target.dataset.cell;
    if (target.value.trim() !== "" || this.#leftBlank.has(id)) return;
    this.#leftBlank.add(id);
    this.#decorate();
  }

  #commitCell(input: HTMLInputElement): void {
    const cell = this.#cells().get(input.dataset.cell ?? "");
    if (cell && !this.readOnly) input.value = this.#shown(cell);
  }

  #fieldInput(target: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    if (this.readOnly) return;
    const report = this.#ensureReport();
    const path = (target.dataset.path ?? "").slice(1).split("/");
    const text = target.value;
    if (target instanceof HTMLTextAreaElement) {
      const before = readPath(report, path);
      const blocks = textToNarrative(text, Array.isArray(before) ? before : []);
      const kept = blocks.length || path[0] === "sections" || path[0] === "body";
      writePath(report, path, kept ? blocks : undefined);
    } else if (path[0] === "processingFee") {
      const amount = this.#fields.get("/processingFee") as HTMLInputElement;
      const given = amount.value.trim();
      const unit = this.#feeUnit?.value ?? "元";
      writePath(report, ["processingFee"], given ? { amount: given, unit } : undefined);
    } else if (path[0] === "body") {
      // A section's number may be left out; its heading is required (an empty one is flagged).
      writePath(report, path, path[2] === "number" ? text.trim() || undefined : text.trim());
      const section = readPath(report, path.slice(0, 2));
      const h2 = target.closest("section")?.querySelector("h2");
      if (h2) h2.textContent = bodyHeading(section, Number(path[1]), this.locale);
    } else {
      const f = META_FIELDS.find((m) => m.path.join("/") === path.join("/"));
      writePath(report, path, f ? f.read(text) : text);
    }
    this.#changed();
  }

  #key(e: KeyboardEvent): void {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    const at = this.#nav.get(input);
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z") {
      if (!this.#typedSinceStep && this.#undo.length && !this.readOnly) {
        e.preventDefault();
        this.undo();
      }
      return;
    }
    if (!at || e.altKey || e.ctrlKey || e.metaKey) return;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd =
      input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    let next: HTMLInputElement | undefined;
    if (e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey)) next = vertical(at, 1);
    else if (e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey)) next = vertical(at, -1);
    else if (e.key === "ArrowRight" && atEnd) next = at.rows[at.r]?.[at.c + 1]?.input;
    else if (e.key === "ArrowLeft" && atStart) next = at.rows[at.r]?.[at.c - 1]?.input;
    else return;
    if (e.key === "Enter") e.preventDefault();
    if (!next) return;
    e.preventDefault();
    this.#commitCell(input);
    next.focus();
    next.select();
  }

  #paste(e: ClipboardEvent): void {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell || this.readOnly) return;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (!isBlock(text)) return;
    e.preventDefault();
    this.pasteBlock(input.dataset.cell, text);
  }

  /**
   * Fills cells from a block of tab-separated text (as Excel and WPS copy it), the top-left value
   * going into `cellId`. Values that fall outside the table are counted and reported. Undoable.
   */
  pasteBlock(cellId: string, text: string): number {
    const input = this.#inputs.get(cellId);
    const at = input && this.#nav.get(input);
    if (!at || this.readOnly) return 0;
    const block = parseTsv(text);
    const changes: CellChange[] = [];
    let outside = 0;
    block.forEach((values, i) => {
      values.forEach((value, j) => {
        const target = at.rows[at.r + i]?.[at.c + j];
        if (!target) {
          if (value.trim() !== "") outside++;
          return;
        }
        changes.push({
          id: target.cell.id,
          before: this.#texts.get(target.cell.id) ?? "",
          after: value,
        });
      });
    });
    this.#apply(changes);
    this.#pushUndo({ what: "pasteAction", changes });
    const width = Math.max(0, ...block.map((r) => r.length));
    let note = say("pasted", this.locale, { r: block.length, c: width, n: changes.length });
    if (outside) note += ` ${say("overflow", this.locale, { n: outside })}`;
    this.#say(note);
    this.#changed();
    return changes.length;
  }

  #jump(target: string): void {
    const el = this.#inputs.get(target) ?? this.#fields.get(target);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus();
  }

  #focusBar(target: EventTarget | null): void {
    const bar = this.#root?.querySelector(".zf-focusbar");
    if (!bar || !(target instanceof HTMLInputElement) || !target.dataset.cell) return;
    const cell = this.#cells().get(target.dataset.cell);
    if (!cell) return;
    const message = this.#messages.get(cell.id)?.textContent ?? "";
    bar.textContent = `${cell.id} · ${cellLabel(cell, this.locale)}${message ? ` — ${message}` : ""}`;
  }

  async #importFile(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = "";
    if (!file) return;
    try {
      const text = await file.text();
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new TypeError(say("notJson", this.locale));
      }
      this.value = data as Report;
      this.#say(say("imported", this.locale, { file: file.name }));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.#say(say("importFailed", this.locale, { file: file.name, why }));
    }
  }

  #download(): void {
    const report = this.#ensureReport();
    const blob = new Blob([this.exportJson()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = h("a", {
      href: url,
      download: `${report.meta.agency || "report"}-${report.meta.year}.json`,
      hidden: true,
    });
    this.#root?.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    if (this.#problems.size) this.#say(say("unreadable", this.locale, { n: this.#problems.size }));
  }
}

/** A section of a 2008–2018 report as its heading reads: 「一、总体公开情况说明」. */
function bodyHeading(section: unknown, i: number, locale: Locale): string {
  const { number, heading } = (section ?? {}) as { number?: unknown; heading?: unknown };
  const title = typeof heading === "string" ? heading : "";
  if (!title) return say("bodySection", locale, { n: i + 1 });
  return typeof number === "string" && number ? `${number}、${title}` : title;
}

const DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 12 → 十二, 21 → 二十一: the number a new section is given. */
function numeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ""}十${units ? DIGITS[units] : ""}`;
}

const RANK: Record<Diagnostic["severity"], number> = { info: 0, warning: 1, error: 2 };

/** Whether a value read from a report is already exactly what the model holds for the cell. */
function isExact(raw: unknown, cell: CellDef): boolean {
  return cellSchemas[cell.kind].safeParse(raw).success;
}

function setMark(
  el: HTMLElement,
  state: string,
  invalid: boolean,
  describedBy: string | undefined,
): void {
  const td = el.closest("td") ?? el.parentElement;
  if (td) td.dataset.state = state;
  if (invalid) el.setAttribute("aria-invalid", "true");
  else el.removeAttribute("aria-invalid");
  if (el instanceof HTMLTextAreaElement) return; // described by its hint and message throughout
  if (describedBy) el.setAttribute("aria-describedby", describedBy);
  else el.removeAttribute("aria-describedby");
}

function vertical(
  at: { rows: readonly (readonly NavCell[])[]; r: number; c: number },
  step: 1 | -1,
): HTMLInputElement | undefined {
  const here = at.rows[at.r]?.[at.c];
  if (!here) return undefined;
  const row = at.rows[at.r + step];
  if (!row) return undefined;
  const covering = row.find((n) => n.col <= here.col && here.col < n.col + n.span);
  return (covering ?? row.filter((n) => n.col <= here.col).at(-1) ?? row[0])?.input;
}
