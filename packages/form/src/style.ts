/**
 * The form's styles, scoped under the element's name so that they neither leak into the host
 * page nor depend on it. Colours meet WCAG AA contrast; focus is always visible. The summary has a
 * fixed height and strict containment: it changes on every keystroke, and otherwise each change
 * would lay out and repaint the whole form (measured: about 50 ms a frame instead of about 10).
 */
export const FORM_CSS = `
zfxxgk-form { display: block; color: #1b1b1b; background: #fff; font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif; }
zfxxgk-form .zf-root { max-width: 72rem; }
zfxxgk-form h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
zfxxgk-form .zf-toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; position: sticky; top: 0; z-index: 2; background: #fff; padding: .5rem 0; border-bottom: 1px solid #767676; }
zfxxgk-form button { font: inherit; padding: .3rem .8rem; border: 1px solid #1d4f91; border-radius: 4px; background: #fff; color: #1d4f91; cursor: pointer; }
zfxxgk-form button:hover:not(:disabled) { background: #e8f0fb; }
zfxxgk-form button:disabled { color: #6b6b6b; border-color: #9a9a9a; cursor: default; }
zfxxgk-form :focus-visible { outline: 3px solid #1d4f91; outline-offset: 1px; }
zfxxgk-form .zf-badge { padding: .1rem .5rem; border: 1px solid #6b6b6b; border-radius: 4px; }
zfxxgk-form .zf-status { min-height: 1.5em; margin: .25rem 0; color: #1d4f91; }
zfxxgk-form .zf-draft { display: flex; gap: .5rem; align-items: center; padding: .5rem; background: #fff4d6; border: 1px solid #8a5a00; }
zfxxgk-form .zf-draft[hidden] { display: none; }
zfxxgk-form .zf-summary { border: 1px solid #767676; padding: .25rem .75rem .5rem; margin: .5rem 0; height: 14rem; overflow: auto; resize: vertical; contain: strict; }
zfxxgk-form .zf-summary h2 { margin-top: .25rem; }
zfxxgk-form .zf-summary ul { margin: .25rem 0; padding-left: 1.2rem; }
zfxxgk-form .zf-summary li.zf-error { color: #a4161a; }
zfxxgk-form .zf-summary li.zf-warning { color: #7a4a00; }
zfxxgk-form .zf-jump { border: none; padding: 0; background: none; color: inherit; text-align: left; text-decoration: underline; }
zfxxgk-form .zf-focusbar { min-height: 1.5em; margin: .25rem 0; padding: .25rem .5rem; background: #f2f2f2; color: #1b1b1b; font-size: .9rem; }
zfxxgk-form .zf-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .25rem 1rem; border: none; padding: 0; margin: 0 0 .5rem; }
zfxxgk-form legend { font-weight: 600; margin: .5rem 0 .25rem; }
zfxxgk-form .zf-field-row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; position: relative; }
zfxxgk-form .zf-field-row label { min-width: 8rem; }
zfxxgk-form .zf-field, zfxxgk-form select { font: inherit; padding: .2rem .4rem; border: 1px solid #767676; border-radius: 3px; flex: 1; min-width: 8rem; }
zfxxgk-form .zf-scroll { overflow-x: auto; }
zfxxgk-form table.zf-table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
zfxxgk-form table.zf-table caption { text-align: left; font-weight: 600; padding: .25rem 0; }
zfxxgk-form table.zf-table th, zfxxgk-form table.zf-table td { border: 1px solid #767676; padding: 2px 4px; }
zfxxgk-form table.zf-table th { font-weight: normal; text-align: left; background: #f7f7f7; }
zfxxgk-form table.zf-table thead th { text-align: center; }
zfxxgk-form table.zf-table td { position: relative; min-width: 4.5rem; padding: 0; }
zfxxgk-form input.zf-cell { box-sizing: border-box; width: 100%; min-width: 4.5rem; border: 2px solid transparent; padding: 3px 4px; font: inherit; text-align: right; background: transparent; color: #1b1b1b; }
zfxxgk-form input.zf-cell:focus-visible { outline: 3px solid #1d4f91; outline-offset: -3px; background: #eef4fc; }
zfxxgk-form td[data-state="error"] { background: #fde8e8; }
zfxxgk-form td[data-state="error"] input.zf-cell { border-color: #a4161a; }
zfxxgk-form td[data-state="warning"] { background: #fff1d6; }
zfxxgk-form td[data-state="warning"] input.zf-cell { border-color: #8a5a00; border-style: dashed; }
zfxxgk-form td[data-state="note"] { background: #eef4fc; }
zfxxgk-form td[data-state="filled"] { background: #e3f4e6; }
zfxxgk-form td[data-state="filled"] input.zf-cell { font-style: italic; }
zfxxgk-form .zf-msg { display: none; }
zfxxgk-form td:is(:hover, :focus-within) > .zf-msg:not(:empty),
zfxxgk-form .zf-field-row .zf-msg:not(:empty),
zfxxgk-form .zf-narrative .zf-msg:not(:empty) { display: block; white-space: pre-line; }
zfxxgk-form td > .zf-msg:not(:empty) { position: absolute; z-index: 3; top: 100%; right: 0; width: 18rem; padding: .25rem .5rem; background: #fff; color: #1b1b1b; border: 1px solid #1b1b1b; box-shadow: 0 2px 6px rgb(0 0 0 / .25); text-align: left; }
zfxxgk-form .zf-field-row .zf-msg, zfxxgk-form .zf-narrative .zf-msg { color: #a4161a; flex-basis: 100%; }
zfxxgk-form [aria-invalid="true"]:not(.zf-cell) { border: 2px solid #a4161a; }
zfxxgk-form .zf-narrative { margin: .5rem 0; }
zfxxgk-form .zf-narrative label { display: block; font-weight: 600; }
zfxxgk-form .zf-hint { margin: 0; font-size: .85rem; color: #4d4d4d; }
zfxxgk-form textarea.zf-text { box-sizing: border-box; width: 100%; font: inherit; padding: .3rem .4rem; border: 1px solid #767676; border-radius: 3px; }
zfxxgk-form table.zf-statistics th.zf-level1 { padding-left: 1.2em; }
zfxxgk-form table.zf-statistics th.zf-level2 { padding-left: 2.4em; }
zfxxgk-form table.zf-statistics th.zf-level3 { padding-left: 3.6em; }
zfxxgk-form table.zf-statistics td.zf-unit { text-align: center; padding: 2px 6px; }
zfxxgk-form table.zf-statistics td.zf-fixed { text-align: right; padding: 2px 6px; color: #4d4d4d; }
zfxxgk-form .zf-local { font-size: .85em; color: #4d4d4d; }
zfxxgk-form .zf-body-fields { grid-template-columns: minmax(8rem, 12rem) 1fr; }
zfxxgk-form .zf-body-fields label { min-width: 0; }
zfxxgk-form .zf-field.zf-short { min-width: 3rem; max-width: 6rem; }
@media print { zfxxgk-form .zf-toolbar, zfxxgk-form .zf-focusbar { display: none; } }
`;
