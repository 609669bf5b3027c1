import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  SpreadsheetError,
  cellText,
  decodeText,
  detectDelimiter,
  guardFormula,
  parseCsv,
  readSpreadsheet,
  readXlsx,
  toCsv,
  toXlsx,
} from '../../../src/main/influencers/directory/spreadsheet';
import { SAMPLE_NAMES, fixturePath, sampleBytes, sharedSamplePath } from './fixtures';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('fixtures', () => {
  it.each(SAMPLE_NAMES)('the repository copy of %s equals the shared sample', (name) => {
    const copy = readFileSync(fixturePath(name));
    expect(copy.length).toBeGreaterThan(1000);
    if (existsSync(sharedSamplePath(name))) expect(Buffer.compare(copy, readFileSync(sharedSamplePath(name)))).toBe(0);
  });
});

describe('decodeText', () => {
  it('detects and removes a UTF-8 BOM (the German sample)', () => {
    const raw = sampleBytes('influencers-de.csv');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeText(raw);
    expect(encoding).toBe('utf-8-bom');
    expect(text.startsWith('Name;Instagram;')).toBe(true);
    expect(text).toContain('Elias Schäfer');
    expect(text).toContain('Lukas Yılmaz');
    expect(text).toContain('\r\n');
  });

  it('reads plain UTF-8 (the English sample)', () => {
    const { text, encoding } = decodeText(sampleBytes('influencers-en.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Full name,')).toBe(true);
    expect(text).toContain('Zoé Richter');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Müller;Straße;€5" as German Excel writes it
    const raw = bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x80, 0x35);
    expect(decodeText(raw)).toEqual({ text: 'Müller;Straße;€5', encoding: 'windows-1252' });
    // the typographic characters of 0x80–0x9F, which Latin-1 would turn into control characters
    expect(decodeText(bytes(0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0x99, 0x20, 0x8a, 0x9a)).text).toBe('„a“ – ™ Šš');
  });

  it('keeps valid UTF-8 umlauts as UTF-8', () => {
    expect(decodeText(utf8('Müller'))).toEqual({ text: 'Müller', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with and without BOM, and UTF-16 BE with BOM', () => {
    const le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeText(bytes(0xff, 0xfe, ...le('Jörg;1')))).toEqual({ text: 'Jörg;1', encoding: 'utf-16le' });
    expect(decodeText(bytes(...le('Name;Follower')))).toEqual({ text: 'Name;Follower', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x4a, 0x00, 0xf6))).toEqual({ text: 'Jö', encoding: 'utf-16be' });
  });
});

describe('detectDelimiter', () => {
  it('is not fooled by decimal commas in a semicolon file', () => {
    expect(detectDelimiter('a;b;c\n12,5k;1,2 Mio.;3\n4;5,5;6\n')).toBe(';');
  });
  it('finds comma, tab and pipe', () => {
    expect(detectDelimiter('a,b\n1,2\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });
  it('ignores delimiters inside quotes, also across line breaks', () => {
    expect(detectDelimiter('a,b\n"x;y;z\n;;",2\n"1;2",3\n')).toBe(',');
  });
  it('defaults to comma for one column', () => {
    expect(detectDelimiter('name\nAnna\n')).toBe(',');
  });
});

describe('parseCsv on the German sample', () => {
  const sheet = parseCsv(decodeText(sampleBytes('influencers-de.csv')).text);

  it('detects the semicolon and trims the headers', () => {
    expect(sheet.delimiter).toBe(';');
    expect(sheet.headers).toEqual(['Name', 'Instagram', 'Follower', 'Engagement-Rate', 'Nische', 'E-Mail', 'Land', 'Notizen']);
  });

  it('skips the empty row but keeps the original row numbers', () => {
    // 65 lines: the header, 63 data rows and the empty row 32.
    expect(sheet.rows).toHaveLength(63);
    expect(sheet.rowNumbers[0]).toBe(2);
    expect(sheet.rowNumbers).not.toContain(32);
    expect(sheet.rowNumbers[29]).toBe(31);
    expect(sheet.rowNumbers[30]).toBe(33);
    expect(sheet.rows[30][0]).toBe('Laura Braun');
    expect(sheet.rowNumbers.at(-1)).toBe(65);
    expect(sheet.lineNumbers).toEqual(sheet.rowNumbers); // no quoted line breaks in this file
    expect(sheet.rows.every((r) => r.length === 8)).toBe(true);
  });

  it('reads the quoted note with a semicolon and doubled quotes', () => {
    const aylin = sheet.rows.find((r) => r[1] === '@aylin.schwarz50')!;
    expect(aylin[7]).toBe('nur mit Vertrag; "Agentur" kümmert sich');
  });

  it('keeps the cells as written', () => {
    expect(sheet.rows[0]).toEqual(['Elias Schäfer', '@elias.schaefer95', '135,7k', '10,7 %', 'Eltern & Familie', 'elias.schaefer@example.de', 'Deutschland', '']);
    expect(sheet.rows.at(-1)).toEqual(['Kein Name', '@ohne.zahlen', 'viele', '?', 'Mode', '', 'Deutschland', '']);
  });
});

describe('parseCsv on the English sample', () => {
  const sheet = parseCsv(decodeText(sampleBytes('influencers-en.csv')).text);
  it('detects the comma and reads all 25 rows', () => {
    expect(sheet.delimiter).toBe(',');
    expect(sheet.headers).toEqual(['Full name', 'Platform', 'Handle', 'Followers', 'Avg likes', 'Avg comments', 'Niche', 'Email', 'Country']);
    expect(sheet.rows).toHaveLength(25);
    expect(sheet.rowNumbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(sheet.rows[1]).toEqual(['Lukas Yılmaz', 'Instagram', '@lukas.yilmaz48', '36.1K', '2156', '233', 'Travel', 'lukas.yilmaz@example.de', 'Austria']);
  });
});

describe('parseCsv edge cases', () => {
  it('keeps quoted line breaks and counts physical lines separately from rows', () => {
    const s = parseCsv('Name,Notes\r\nAnna,"line 1\r\nline 2"\r\n\r\nBen,"a ""b"""\r\n');
    expect(s.rows).toEqual([
      ['Anna', 'line 1\r\nline 2'],
      ['Ben', 'a "b"'],
    ]);
    expect(s.rowNumbers).toEqual([2, 4]);
    expect(s.lineNumbers).toEqual([2, 5]);
  });

  it('works with LF and CR line ends and a BOM left in the text', () => {
    expect(parseCsv('\uFEFFa;b\n1;2\n').headers).toEqual(['a', 'b']);
    expect(parseCsv('a;b\r1;2\r').rows).toEqual([['1', '2']]);
  });

  it("strips Excel's leading apostrophe before digits and formula characters only", () => {
    const s = parseCsv("Name;Telefon;Ort\nAnna;'0171 1234567;'s-Hertogenbosch\nBen;'=1+1;'+49 30 123\n");
    expect(s.rows).toEqual([
      ['Anna', '0171 1234567', "'s-Hertogenbosch"],
      ['Ben', '=1+1', '+49 30 123'],
    ]);
  });

  it('trims cells, pads short rows, names empty and repeated headers, and keeps extra cells', () => {
    const s = parseCsv(' Name ;;Name\nAnna;x\nBen;y;z;extra\n');
    expect(s.headers).toEqual(['Name', 'B', 'Name (2)', 'D']);
    expect(s.rows).toEqual([
      ['Anna', 'x', '', ''],
      ['Ben', 'y', 'z', 'extra'],
    ]);
  });

  it('uses the first non-empty row as header and honours a given delimiter', () => {
    const s = parseCsv('\n;;\nName;Follower\nAnna;12,5k\n', { delimiter: ';' });
    expect(s.headers).toEqual(['Name', 'Follower']);
    expect(s.rowNumbers).toEqual([4]);
  });

  it('throws a SpreadsheetError for empty text', () => {
    expect(() => parseCsv('  \r\n')).toThrow(SpreadsheetError);
    expect(() => parseCsv(';;\n;;\n')).toThrowError(/no data/);
  });
});

describe('cellText', () => {
  it('turns every exceljs value kind into display text without locale', () => {
    expect(cellText(12345)).toBe('12345');
    expect(cellText(0.045)).toBe('0.045');
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(cellText(new Date(Date.UTC(2024, 2, 5, 14, 30)))).toBe('2024-03-05T14:30:00');
    expect(cellText({ richText: [{ text: 'Jörg ' }, { text: 'Müller', font: { bold: true } }] })).toBe('Jörg Müller');
    expect(cellText({ formula: 'A1*2', result: 24 } as ExcelJS.CellFormulaValue)).toBe('24');
    expect(cellText({ text: '@joerg', hyperlink: 'https://instagram.com/joerg' })).toBe('@joerg');
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });
});

describe('XLSX', () => {
  it('round-trips umlauts, numbers and formula-looking text through toXlsx → readXlsx', async () => {
    const data = await toXlsx(
      ['Name', 'Follower', 'ER', 'Notiz'],
      [
        ['Jörg Müller', 12345, 0.045, 'Straße; "zitiert"'],
        ['Zoé Weiß', 1200000, null, '=HYPERLINK("x")'],
      ],
    );
    expect([...data.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const s = await readXlsx(data);
    expect(s.sheets).toEqual(['Export']);
    expect(s.headers).toEqual(['Name', 'Follower', 'ER', 'Notiz']);
    expect(s.rows).toEqual([
      ['Jörg Müller', '12345', '0.045', 'Straße; "zitiert"'],
      ['Zoé Weiß', '1200000', '', '=HYPERLINK("x")'],
    ]);
    expect(s.rowNumbers).toEqual([2, 3]);
  });

  it('writes numbers as numbers, a bold header with autofilter and column widths', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await toXlsx(['Name', 'Follower'], [['A very long influencer name here', 42]])) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell('B2').value).toBe(42);
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(1).width).toBe(34);
    expect(ws.getColumn(2).width).toBe(10);
  });

  it('reads the first sheet with data, keeps Excel row numbers, and converts dates, rich text and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Leer');
    const ws = wb.addWorksheet('Influencer');
    ws.getCell('A2').value = 'Name';
    ws.getCell('B2').value = 'Seit';
    ws.getCell('C2').value = 'Follower';
    ws.getCell('A3').value = { richText: [{ text: 'Jörg ' }, { text: 'Koch' }] };
    ws.getCell('B3').value = new Date(Date.UTC(2023, 10, 1));
    ws.getCell('C3').value = { formula: '1000*12', result: 12000 } as ExcelJS.CellFormulaValue;
    ws.getCell('A5').value = 'Anna';
    ws.getCell('C5').value = 512;
    const s = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(s.sheets).toEqual(['Leer', 'Influencer']);
    expect(s.sheet).toBe('Influencer');
    expect(s.headers).toEqual(['Name', 'Seit', 'Follower']);
    expect(s.rows).toEqual([
      ['Jörg Koch', '2023-11-01', '12000'],
      ['Anna', '', '512'],
    ]);
    expect(s.rowNumbers).toEqual([3, 5]);
  });
});

describe('readSpreadsheet', () => {
  it('chooses XLSX by the zip magic bytes, whatever the name', async () => {
    const data = await toXlsx(['Name'], [['Anna']]);
    const s = await readSpreadsheet('influencer.csv', data);
    expect(s.format).toBe('xlsx');
    expect(s.rows).toEqual([['Anna']]);
  });

  it('reads a CSV named .xlsx as CSV, with its encoding', async () => {
    const s = await readSpreadsheet('liste.xlsx', sampleBytes('influencers-de.csv'));
    expect(s.format).toBe('csv');
    if (s.format === 'csv') {
      expect(s.encoding).toBe('utf-8-bom');
      expect(s.delimiter).toBe(';');
    }
    expect(s.rows).toHaveLength(63);
  });

  it('refuses old .xls, binary and empty files with a code', async () => {
    await expect(readSpreadsheet('a.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).rejects.toMatchObject({ code: 'xls_unsupported' });
    await expect(readSpreadsheet('a.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).rejects.toMatchObject({ code: 'not_a_spreadsheet' });
    await expect(readSpreadsheet('a.csv', bytes())).rejects.toMatchObject({ code: 'empty' });
    await expect(readSpreadsheet('a.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x00))).rejects.toMatchObject({ code: 'not_a_spreadsheet' });
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180 and ends every record with CRLF', () => {
    const csv = toCsv(['Name', 'Notiz', 'Follower'], [
      ['Jörg; Müller', 'er sagte "ja"', 12345],
      ['Anna', 'Zeile 1\nZeile 2', 0.045],
      ['Ben', null, undefined],
    ], { delimiter: ';' });
    expect(csv).toBe(
      'Name;Notiz;Follower\r\n' +
        '"Jörg; Müller";"er sagte ""ja""";12345\r\n' +
        'Anna;"Zeile 1\nZeile 2";0.045\r\n' +
        'Ben;;\r\n',
    );
  });

  it('defaults to comma without BOM and adds a BOM on request', () => {
    expect(toCsv(['a', 'b'], [['1,5', 'x']])).toBe('a,b\r\n"1,5",x\r\n');
    expect(toCsv(['a'], [], { bom: true, delimiter: ';' })).toBe('\uFEFFa\r\n');
  });

  it('defuses formula injection but leaves plain numbers alone', () => {
    const rows = [['=SUM(A1:A9)'], ['+49 171 1234567'], ['-2+3'], ['@cmd'], ['\tx'], ['\r=1'], ['-12,5'], ['+3'], ['-7'], [-7], ['a=b']];
    const csv = toCsv(['v'], rows, { delimiter: ';' });
    expect(csv.split('\r\n').slice(1, -1)).toEqual(["'=SUM(A1:A9)", "'+49 171 1234567", "'-2+3", "'@cmd", "'\tx", '"\'\r=1"', '-12,5', '+3', '-7', '-7', 'a=b']);
    // With a comma delimiter a decimal comma is quoted, not guarded.
    expect(toCsv(['v'], [['-12,5']])).toBe('v\r\n"-12,5"\r\n');
    expect(guardFormula('=1')).toBe("'=1");
    expect(guardFormula('Anna')).toBe('Anna');
  });

  it('round-trips through parseCsv, the guard included', () => {
    const rows = [['Jörg', '=1+1', 'a "b"; c'], ['Zoé', '+49 30 1', 'x\r\ny']];
    const s = parseCsv(toCsv(['Name', 'Formel', 'Notiz'], rows, { delimiter: ';', bom: true }));
    expect(s.delimiter).toBe(';');
    expect(s.rows).toEqual(rows);
  });
});
