/**
 * Quote rules of the record layer (records.ts), as Excel and LibreOffice write CSV: a quote opens a quoted cell
 * only at the start of a cell, `""` inside is a quote, a quote later in an unquoted cell is a plain character.
 */

/** Does the line (entered inside or outside a quoted cell) end inside a quoted cell? Excel's quote rules. */
export function endsInsideQuotes(line: string, delimiter: string, startInside: boolean): boolean {
  let inside = startInside;
  let pos = 0;
  for (;;) {
    const j = line.indexOf('"', pos);
    if (j < 0) return inside;
    if (inside) {
      if (line.charCodeAt(j + 1) === 34) pos = j + 2;
      else {
        inside = false;
        pos = j + 1;
      }
    } else {
      // A quote opens a quoted cell only at the start of a cell.
      if (j === 0 || line[j - 1] === delimiter) inside = true;
      pos = j + 1;
    }
  }
}

/**
 * The cells of a record whose quoting is regular — every quoted cell is `"…"` (with `""` for a quote) followed
 * directly by the delimiter or the end; a quote later in an unquoted cell is a plain character — or null when
 * anything else is found (an unclosed quote, text after a closing quote): such records go to papaparse, whose
 * reading and complaints stay the reference. Regular records are read exactly as papaparse reads them, without
 * its per-batch overhead; most rows of a shop export quote a cell or two (addresses, item names).
 */
export function splitWellQuoted(text: string, delimiter: string, keep: Uint8Array | null = null): string[] | null {
  const cells: string[] = [];
  const n = text.length;
  const dl = delimiter.length;
  let pos = 0;
  for (;;) {
    if (text.charCodeAt(pos) === 34) {
      // quoted cell
      let value = '';
      let from = pos + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return null; // never closed
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        pos = q + 1;
        break;
      }
      cells.push(keep === null || keep[cells.length] === 1 ? value : '');
      if (pos === n) return cells;
      if (!text.startsWith(delimiter, pos)) return null; // text after the closing quote
      pos += dl;
    } else {
      const d = text.indexOf(delimiter, pos);
      const k = keep === null || keep[cells.length] === 1;
      if (d < 0) {
        cells.push(k ? text.slice(pos) : '');
        return cells;
      }
      cells.push(k ? text.slice(pos, d) : '');
      pos = d + dl;
    }
  }
}
