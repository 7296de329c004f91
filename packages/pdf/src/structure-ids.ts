/**
 * Chromium names the structure elements of a tagged PDF after DOM node ids (`(node00000035)`),
 * which count up for the life of the renderer process: the same page printed twice gets different
 * ids. This renumbers them 1, 2, 3… in their original order, keeping each id's width so no byte
 * offset moves and the ID tree stays sorted.
 */
export function renumberStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const ids = [...new Set(Array.from(text.matchAll(ID), (m) => m[1] as string))];
  if (ids.length === 0) return pdf;
  ids.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, "0")]));
  const renumbered = text.replace(ID, (whole, id: string) => {
    const next = rank.get(id);
    return next && next.length === id.length ? `(node${next})` : whole;
  });
  return new Uint8Array(Buffer.from(renumbered, "latin1"));
}

const ID = /\(node(\d+)\)/g;
