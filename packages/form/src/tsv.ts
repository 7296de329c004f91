/**
 * Splits text copied from Excel, WPS or a browser table into rows of cells. Tabs separate cells
 * and line breaks rows; a cell Excel quoted (it held a tab, a line break or a quote) is unquoted.
 * The line break Excel adds after the last row is not a row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && cell === "") {
      const close = quotedEnd(text, i + 1);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replaceAll('""', '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === "\t") endCell();
    else if (ch === "\n") endRow();
    else if (ch === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** Index of the quote closing a quoted cell opened before `from`, or -1 if it is not one. */
function quotedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? i : -1;
  }
  return -1;
}

/** Whether pasted text is a block of cells rather than one value. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/u.test(text.replace(/[\r\n]+$/u, ""));
}
