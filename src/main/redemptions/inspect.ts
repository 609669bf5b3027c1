/**
 * First look at an uploaded export (main process, first MiB only): encoding, delimiter, format by header names,
 * a preview and a pre-filled mapping — the format's own, the one remembered for this header signature, or a guess.
 */
import path from 'node:path';
import Papa from 'papaparse';
import type { Db } from '../db/connection';
import type { FileInspection } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { finishedUpload } from '../imports/uploads';
import { sniffFile } from './csv-stream';
import { detectFormat, FORMAT_LABELS, HeaderIndex, mappingProblems, type Mapping } from './formats';
import { redemptionSignature } from './publish';
import { alreadyImported } from '../imports/batches';
import { cleanCell } from './values';
import { lastShopOfFormat, rememberedMapping } from './queries';

const SAMPLE_ROWS = 8;

export function inspectFile(db: Db, dataDir: string, fileId: string, chosenShop?: string): FileInspection {
  const upload = finishedUpload(dataDir, fileId);
  const sniff = sniffFile(upload.file);
  if (sniff.binary) throw new DomainError('INVALID_INPUT', `${upload.fileName} is not a CSV file (it contains binary data).`, { field: 'fileId', key: 'imports.binary', params: { file: upload.fileName } });
  const base = {
    fileId,
    fileName: upload.fileName,
    sizeBytes: upload.sizeBytes,
    encoding: sniff.encoding,
    delimiter: sniff.delimiter,
    alreadyImported: alreadyImported(db, upload.sha256),
  };
  const parsed = Papa.parse<string[]>(sniff.text, { delimiter: sniff.delimiter, newline: sniff.newline, preview: 200, skipEmptyLines: false });
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) {
    return {
      ...base,
      format: 'generic',
      headers: [],
      sample: [],
      mapping: {},
      mappingSource: 'guessed',
      shop: '',
      problems: [{ code: 'empty', message: `${upload.fileName} is empty: it has no header and no rows.`, params: { hint: 'no_header', file: upload.fileName } }],
    };
  }
  const headers = records[0].cells.map((h) => h.replace(/^\uFEFF/, '').trim());
  const data = records.slice(1);
  const detection = detectFormat(headers);
  let mapping: Mapping = detection.mapping;
  let mappingSource: FileInspection['mappingSource'] = detection.format === 'generic' ? 'guessed' : 'format';
  let problems = detection.problems;
  const shop = chosenShop?.trim() || guessShop(db, headers, data[0]?.cells ?? [], detection.format, upload.fileName);
  {
    // The mapping the user confirmed for this header: for this shop first, else for any shop.
    const remembered = rememberedMapping(db, redemptionSignature(headers, shop), detection.format) ?? rememberedMapping(db, redemptionSignature(headers), detection.format);
    // Known formats read their own columns; a mapping applies to generic files.
    if (remembered && detection.format === 'generic') {
      mapping = remembered;
      mappingSource = 'remembered';
      problems = mappingProblems(mapping);
    }
  }
  if (data.length === 0 && !detection.note) problems = [...problems, { code: 'empty', message: `${upload.fileName} has a header but no orders.`, params: { hint: 'no_orders', file: upload.fileName } }];
  return {
    ...base,
    format: detection.format,
    headers,
    sample: data.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, cells: r.cells.map((c) => cleanCell(c)) })),
    mapping,
    mappingSource,
    shop,
    problems,
  };
}

/** A shop column's value, else the shop of the last import of this format, else the platform (or file) name. */
function guessShop(db: Db, headers: string[], first: string[], format: FileInspection['format'], fileName: string): string {
  const h = new HeaderIndex(headers);
  const col = h.idx(h.pick('Shop', 'Shop Name', 'Store', 'Store Name', 'Shop domain', 'Domain') ?? '');
  const fromColumn = col >= 0 ? cleanCell(first[col]) : '';
  if (fromColumn) return fromColumn.slice(0, 120);
  const last = lastShopOfFormat(db, format);
  if (last) return last;
  if (format !== 'generic') return FORMAT_LABELS[format];
  return path.parse(fileName).name.slice(0, 120) || 'Shop';
}
