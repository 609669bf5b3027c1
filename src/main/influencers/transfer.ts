import fs from 'node:fs';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { finishedUpload } from '../imports/uploads';
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { FileDownload, ImportPreview, InfluencerFilter, ParsedInputOf } from '../../shared/contract';
import { detailToInput } from '../../shared/influencer-input';
import { engagementRateBp, tierOf } from '../../shared/domain';
import { nicheLabel, VALUE_LABELS } from '../../shared/labels';
import { readSpreadsheet, SpreadsheetError, toCsv, toXlsx, type SpreadsheetFile } from './directory/spreadsheet';
import { guessMapping, TARGET_FIELDS, type ColumnMapping } from './directory/columns';
import { mergeDiff } from './directory/merge-diff';
import { planImport, type ExistingChannel, type ParsedInfluencerInput } from './directory/import-plan';
import { getInfluencer } from './service';
import { filterSql } from './filter';
import { parseJson, stringList } from '../db/json-columns';
import * as q from './queries';
import { getSettings } from '../settings/service';

/** header_mappings.mapping: sheet header → import target (or unmapped). */
const mappingColumn = z.record(z.string(), z.enum(TARGET_FIELDS).nullable());

const MAX_BYTES = 25 * 1024 * 1024;

/** The sheet to read: its name and bytes. */
export interface SheetFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The sheet of an import call: a finished upload (by `fileId`) or the bytes sent along (base64). */
export function sheetFile(dataDir: string, input: { fileId?: string; fileName?: string; dataBase64?: string }): SheetFile {
  let bytes: Buffer;
  let fileName: string;
  if (input.fileId !== undefined) {
    const upload = finishedUpload(dataDir, input.fileId);
    if (upload.sizeBytes > MAX_BYTES) throw new DomainError('INVALID_INPUT', 'The file is larger than 25 MB', { field: 'fileId', key: 'influencers.fileTooLarge', params: { mb: 25 } });
    bytes = fs.readFileSync(upload.file);
    fileName = upload.fileName;
  } else {
    bytes = Buffer.from(input.dataBase64 ?? '', 'base64');
    fileName = input.fileName ?? '';
  }
  if (bytes.length > MAX_BYTES) throw new DomainError('INVALID_INPUT', 'The file is larger than 25 MB', { field: 'dataBase64', key: 'influencers.fileTooLarge', params: { mb: 25 } });
  return { fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

async function readSheet(fileName: string, bytes: Uint8Array): Promise<SpreadsheetFile> {
  try {
    return await readSpreadsheet(fileName, bytes);
  } catch (err) {
    if (err instanceof SpreadsheetError) throw new DomainError('INVALID_INPUT', err.message, {
        field: 'dataBase64',
        details: { reason: err.code },
        key: `influencers.sheet.${err.code}`,
        params: { fileName },
      });
    throw err;
  }
}

/** The header signature under which a mapping is remembered: the normalised header names, hashed. */
export function headerSignature(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map((h) => h.trim().toLowerCase()).join('\u0001')).digest('hex').slice(0, 32);
}

function rememberedMapping(db: Db, headers: readonly string[]): ColumnMapping | null {
  const text = q.rememberedMappingText(db, headerSignature(headers));
  if (text === undefined) return null;
  // a mapping remembered by a build with other import targets is guessed afresh instead of failing the import
  const parsed = mappingColumn.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

function existingChannels(db: Db): ExistingChannel[] {
  return q.allChannelHandles(db);
}

export async function plan(db: Db, file: SheetFile, input: { mapping?: ColumnMapping; locale: 'de' | 'en' | 'auto' }) {
  const sheet = await readSheet(file.fileName, file.bytes);
  const remembered = input.mapping ? null : rememberedMapping(db, sheet.headers);
  const mapping: ColumnMapping = input.mapping
    ? Object.fromEntries(sheet.headers.map((h) => [h, input.mapping![h] ?? null]))
    : (remembered ?? guessMapping(sheet.headers));
  const result = planImport(sheet, mapping, existingChannels(db), { locale: input.locale });
  return { sheet, mapping, result, source: input.mapping ? ('given' as const) : remembered ? ('remembered' as const) : ('guessed' as const) };
}

export async function previewImport(db: Db, file: SheetFile, input: ParsedInputOf<'influencers.import.preview'>): Promise<ImportPreview> {
  const { sheet, mapping, result, source } = await plan(db, file, input);
  const nameOfRow = (row: number): string | null => {
    const idx = sheet.rowNumbers.indexOf(row);
    const nameCol = sheet.headers.findIndex((h) => mapping[h] === 'name');
    return idx >= 0 && nameCol >= 0 ? (sheet.rows[idx][nameCol] ?? null) : null;
  };
  return {
    format: sheet.format,
    encoding: sheet.format === 'csv' ? sheet.encoding : null,
    delimiter: sheet.format === 'csv' ? sheet.delimiter : null,
    headers: sheet.headers,
    mapping,
    mappingSource: source,
    sample: sheet.rows.slice(0, 8).map((cells, i) => ({ row: sheet.rowNumbers[i], cells })),
    totalRows: sheet.rows.length,
    ready: result.rows.length,
    held: result.held.length,
    problems: result.problems.map((p) => ({ ...p })),
    duplicates: result.duplicates.map((d) => ({
      row: d.row,
      platform: d.platform,
      handle: d.handle,
      name: d.input?.name ?? nameOfRow(d.row),
      existingInfluencerId: d.existingInfluencerId ?? null,
      existingName: d.existingName ?? null,
      sameFileRow: d.sameFileRow ?? null,
      fields: d.existingInfluencerId != null && d.input ? diffAgainst(db, d.existingInfluencerId, d.input, d) : [],
    })),
  };
}

/** The merge diff against a stored person; none when the person cannot be read (e.g. erased meanwhile). */
function diffAgainst(db: Db, id: number, incoming: ParsedInfluencerInput, channel: { platform: string; handle: string }) {
  try {
    return mergeDiff(storedInput(db, id), incoming, channel);
  } catch {
    return [];
  }
}

export function storedInput(db: Db, id: number): ParsedInfluencerInput {
  return detailToInput(getInfluencer(db, id)) as ParsedInfluencerInput;
}

const EXPORT_HEADERS = {
  en: ['Name', 'Platform', 'Handle', 'URL', 'Followers', 'Engagement rate %', 'Tier', 'Niches', 'Tags', 'Country', 'Language', 'E-mail', 'Phone', 'Street', 'Postal code', 'City', 'Notes'],
  de: ['Name', 'Plattform', 'Handle', 'URL', 'Follower', 'Engagement-Rate %', 'Stufe', 'Nischen', 'Tags', 'Land', 'Sprache', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'Notizen'],
};
/**
 * The machine values behind the translated ones, for a round trip (re-import, other tools): the import maps
 * "Plattform"/"Nischen" to the labelled columns and leaves these unmapped unless the user picks them.
 */
const EXPORT_KEY_HEADERS = {
  en: ['Platform (key)', 'Tier (key)', 'Niches (keys)'],
  de: ['Plattform (Schlüssel)', 'Stufe (Schlüssel)', 'Nischen (Schlüssel)'],
};

/**
 * The directory (filtered like the list) as CSV (semicolon and decimal comma for German) or XLSX. Platforms,
 * tiers and built-in niches are written in the chosen language (shared/labels.ts); own niches as they are.
 */
export async function exportDirectory(db: Db, format: 'csv' | 'xlsx', filter: InfluencerFilter, language: 'de' | 'en', today: string): Promise<FileDownload> {
  const thresholds = getSettings(db).tierThresholds;
  const labels = VALUE_LABELS[language];
  const { where, params } = filterSql(filter, thresholds);
  const rows = q.exportRows(db, where, params);
  const table = rows.map((r) => {
    const er = engagementRateBp(r.followers, r.likes, r.comments, r.shares, r.sheetErBp);
    const erPercent = er === null ? null : er / 100;
    const platform = r.platform;
    const tier = tierOf(r.followers, thresholds);
    const niches = parseJson(stringList, r.niches);
    return [
      r.name,
      platform === null ? null : ((labels.platforms as Record<string, string>)[platform] ?? platform),
      r.handle,
      r.url,
      r.followers,
      format === 'csv' && language === 'de' && erPercent !== null ? String(erPercent).replace('.', ',') : erPercent,
      labels.tiers[tier],
      niches.map((n) => nicheLabel(language, n)).join(', '),
      parseJson(stringList, r.tags).join(', '),
      r.country,
      r.language,
      r.email,
      r.phone,
      r.street,
      r.postalCode,
      r.city,
      r.notes,
      platform,
      tier,
      niches.join(', '),
    ];
  });
  const headers = [...EXPORT_HEADERS[language], ...EXPORT_KEY_HEADERS[language]];
  const base = `kollab-influencers-${today}`;
  if (format === 'xlsx') {
    const data = await toXlsx(headers, table);
    return { fileName: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: Buffer.from(data).toString('base64') };
  }
  const csv = toCsv(headers, table, { delimiter: language === 'de' ? ';' : ',', bom: true });
  return { fileName: `${base}.csv`, mime: 'text/csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
}
