// @vitest-environment jsdom
/**
 * Issue 11 in the shop import wizard: the dry-run report accounts for every row (read = stored + rejected +
 * ignored, rejected rows with line, reason in the UI language and raw text), more than a few lost rows replace the
 * Import button by a confirmation that sends confirmLostRows, the button counts orders (not order × code), the shop
 * is chosen from the known shops or typed and normalised, and a file imported before is recognised after the upload
 * without being read.
 */
import { installFakeBridge, ok, norm } from './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { App } from '../../../src/renderer/src/App';
import { DEFAULT_SETTINGS, type DryRunReport, type FileInspection, type KnownShop } from '../../../src/shared/contract';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { ReportView } from '../../../src/renderer/src/features/imports/ReportView';
import { CommitBar } from '../../../src/renderer/src/features/imports/CommitBar';
import { initialShop, normaliseShop } from '../../../src/renderer/src/features/imports/wizardRules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fakes read whatever input shape the method has
type Fake = (input: any) => unknown;

const FILE_ID = '0b5a9aeb-821f-40f5-859b-8a204b7cf275';

const INSPECTION: FileInspection = {
  fileId: FILE_ID,
  fileName: 'bestellungen.csv',
  sizeBytes: 4985,
  format: 'generic',
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Bestellnummer', 'Bestelldatum', 'Status', 'Gutscheincode(s)', 'Summe (brutto)', 'Währung'],
  sample: [{ row: 2, cells: ['1001', '24.11.2026 13:45', 'abgeschlossen', 'LENA10', '12,50', 'EUR'] }],
  mapping: { orderId: 'Bestellnummer', orderedAt: 'Bestelldatum', status: 'Status', code: 'Gutscheincode(s)', total: 'Summe (brutto)', currency: 'Währung' },
  mappingSource: 'guessed',
  shop: 'Shop',
  problems: [],
};

/** 66 rows: 58 orders stored (4 of them with two codes: 62 redemptions), 5 rejected, 3 ignored. */
const REPORT: DryRunReport = {
  rows: 66,
  orders: 60,
  ordersWithCode: 58,
  ordersWithoutCode: 2,
  redemptions: 62,
  ordersNew: 50,
  ordersChanged: 3,
  ordersUnchanged: 5,
  accounting: {
    rowsRead: 66,
    ordersStored: 58,
    rowsRejected: 5,
    rowsIgnored: 3,
    ignored: { no_code: 2, shop_label: 0, continuation: 0, duplicate: 0, repeated_header: 0, blank: 1 },
    lostRows: 5,
    needsConfirmation: true,
  },
  withKnownCode: 58,
  withUnknownCode: 0,
  unknownCodes: [],
  ignoredLabels: [],
  rejected: 5,
  rejects: [
    { row: 14, line: 14, reason: 'broken quotes', code: 'unclosed_quote', params: {}, raw: '1013;"24.11.2026 13:45;abgeschlossen;LENA10;12,50;EUR' },
    { row: 20, line: 20, reason: 'too many cells: 7 instead of 6', code: 'too_many_columns', params: { expected: 6, found: 7 }, raw: '1019;24.11.2026;bezahlt;LENA10;12,50;EUR;x' },
    { row: 31, line: 31, reason: 'order 1030: unreadable order date “gestern”', code: 'bad_date', params: { order: '1030', value: 'gestern' }, raw: '1030;gestern;bezahlt;LENA10;12,50;EUR' },
    { row: 40, line: 40, reason: 'NUL', code: 'nul_bytes', params: {}, raw: '1039;24.11.2026' },
    { row: 67, line: 67, reason: 'the last row ends early', code: 'cut_off', params: {}, raw: '1066;24.11.2026 13:45;abgesch' },
  ],
  firstOrderAt: '2026-11-01T08:00:00+01:00',
  lastOrderAt: '2026-11-24T13:45:00+01:00',
  currency: 'EUR',
  revenueMinor: 72500,
  inserted: 54,
  updated: 3,
  unchanged: 5,
  leaks: [],
};

const SHOPS: KnownShop[] = [
  { key: 'müllershop', name: 'Müllershop', orders: 1240, lastImportAt: '2026-11-24T12:45:02.000Z' },
  { key: 'grünkraft', name: 'Grünkraft', orders: 12, lastImportAt: '2026-10-01T09:00:00.000Z' },
];

function fakeCore(extra: Record<string, Fake> = {}, locale: 'en' | 'de' = 'en') {
  const handlers: Record<string, Fake> = {
    'settings.get': () => ({ ...DEFAULT_SETTINGS, locale }),
    'imports.list': () => [],
    'campaigns.list': () => [],
    'redemptions.shops': () => ({ shops: SHOPS }),
    ...extra,
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, async (input: unknown) => ok(await h(input))])));
}

beforeEach(async () => {
  queryClient.clear();
  localStorage.clear();
  initI18n('en');
  await getI18n().changeLanguage('en');
});

function wrap(node: ReactNode) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>{node}</MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the dry-run report accounts for every row', () => {
  it('shows read = stored + rejected + ignored, why rows are ignored, and each rejected row with line, reason and raw text', () => {
    fakeCore();
    wrap(<ReportView report={REPORT} currency="EUR" assign={{}} onAssign={() => {}} />);
    const acc = screen.getByTestId('row-accounting');
    expect(acc).toHaveTextContent('66 rows read = 58 orders stored + 5 rows rejected + 3 rows ignored');
    expect(norm(within(acc).getByTestId('accounting-read').textContent)).toBe('66Rows read');
    expect(norm(within(acc).getByTestId('accounting-rejected').textContent)).toContain('5Rows rejected');
    expect(within(acc).getByTestId('ignored-why').textContent).toBe('2 orders without a voucher code1 empty line');

    const rows = within(screen.getByRole('table', { name: '5 rejected rows' })).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent).slice(0, 2)).toEqual(['Line', 'Reason']);
    expect(norm(rows[1].textContent)).toBe('14broken quotes: a quote in this row is never closed; reading went on at the next valid row1013;"24.11.2026 13:45;abgeschlossen;LENA10;12,50;EUR');
    expect(norm(rows[2].textContent)).toContain('20the row has 7 cells, the header 6');
    expect(norm(rows[5].textContent)).toContain('67the last row ends early: the file was cut off (interrupted download?)1066;24.11.2026 13:45;abgesch');
  });

  it('is German: the equation, the reasons and why rows are ignored', async () => {
    fakeCore({}, 'de');
    await getI18n().changeLanguage('de');
    wrap(<ReportView report={REPORT} currency="EUR" assign={{}} onAssign={() => {}} />);
    expect(screen.getByTestId('row-accounting')).toHaveTextContent('66 Zeilen gelesen = 58 Bestellungen gespeichert + 5 Zeilen abgelehnt + 3 Zeilen übergangen');
    expect(screen.getByTestId('ignored-why').textContent).toBe('2 Bestellungen ohne Gutscheincode1 leere Zeile');
    const rows = within(screen.getByRole('table', { name: '5 abgelehnte Zeilen' })).getAllByRole('row');
    expect(norm(rows[1].textContent)).toMatch(/^14Fehlerhafte Anführungszeichen: Ein Anführungszeichen in dieser Zeile wird nie geschlossen/);
    expect(norm(rows[2].textContent)).toContain('20Die Zeile hat 7 Zellen, die Kopfzeile 6');
    expect(norm(rows[4].textContent)).toContain('40Die Zeile enthält NUL-Bytes');
    expect(norm(rows[5].textContent)).toContain('67Die letzte Zeile bricht ab');
  });

  it('says each count in its number: 1 order, 1 row (German and English)', async () => {
    fakeCore({}, 'de');
    await getI18n().changeLanguage('de');
    const one = { ...REPORT, accounting: { ...REPORT.accounting, rowsRead: 1, ordersStored: 1, rowsRejected: 0, rowsIgnored: 0 } };
    const { unmount } = wrap(<ReportView report={one} currency="EUR" assign={{}} onAssign={() => {}} />);
    expect(screen.getByTestId('row-accounting')).toHaveTextContent('1 Zeile gelesen = 1 Bestellung gespeichert + 0 Zeilen abgelehnt + 0 Zeilen übergangen');
    unmount();
    await getI18n().changeLanguage('en');
    const mixed = { ...REPORT, accounting: { ...REPORT.accounting, rowsRead: 3, ordersStored: 1, rowsRejected: 1, rowsIgnored: 1 } };
    wrap(<ReportView report={mixed} currency="EUR" assign={{}} onAssign={() => {}} />);
    expect(screen.getByTestId('row-accounting')).toHaveTextContent('3 rows read = 1 order stored + 1 row rejected + 1 row ignored');
  });

  it('counts what an import changes per order, not per order × code', () => {
    fakeCore();
    wrap(<ReportView report={{ ...REPORT, accounting: { ...REPORT.accounting, needsConfirmation: false } }} currency="EUR" assign={{}} onAssign={() => {}} />);
    expect(norm(screen.getByTestId('change-new').textContent)).toContain('50New');
    expect(norm(screen.getByTestId('change-changed').textContent)).toContain('3Changed');
  });
});

describe('the Import button', () => {
  const plain: DryRunReport = { ...REPORT, rejected: 1, rejects: REPORT.rejects.slice(0, 1), accounting: { ...REPORT.accounting, rowsRejected: 1, rowsIgnored: 7, lostRows: 1, needsConfirmation: false } };

  it('counts orders exactly: 58 orders of which 4 carry two codes (62 redemptions) import as 58', async () => {
    fakeCore();
    const onCommit = vi.fn();
    wrap(<CommitBar report={plain} assigned={0} busy={false} importing={false} onBack={() => {}} onCommit={onCommit} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import 58 orders' }));
    expect(onCommit).toHaveBeenCalledWith();
    expect(screen.getByText('50 new · 3 changed · 5 unchanged')).toBeInTheDocument();
    expect(screen.queryByTestId('lost-rows-confirmation')).not.toBeInTheDocument();
  });

  it('says “58 Bestellungen importieren” in German', async () => {
    fakeCore({}, 'de');
    await getI18n().changeLanguage('de');
    wrap(<CommitBar report={plain} assigned={0} busy={false} importing={false} onBack={() => {}} onCommit={() => {}} />);
    expect(screen.getByRole('button', { name: '58 Bestellungen importieren' })).toBeEnabled();
  });

  it('is replaced by a confirmation naming the lost rows when more than a few would be lost; confirming sends their number', async () => {
    fakeCore();
    const onCommit = vi.fn();
    wrap(<CommitBar report={REPORT} assigned={0} busy={false} importing={false} onBack={() => {}} onCommit={onCommit} />);
    expect(screen.queryByRole('button', { name: 'Import 58 orders' })).not.toBeInTheDocument();
    const box = screen.getByTestId('lost-rows-confirmation');
    expect(box).toHaveTextContent('5 rows would be lost');
    await userEvent.setup().click(within(box).getByRole('button', { name: 'Import 58 orders without the 5 lost rows' }));
    expect(onCommit).toHaveBeenCalledWith(5);
  });
});

describe('the shop of an import', () => {
  it('is a known shop when the file guesses it in another spelling, the last shop for a platform name, else the guess; typed names are normalised', () => {
    expect(initialShop('MÜLLERSHOP', SHOPS)).toBe('Müllershop');
    expect(initialShop('Shopify', SHOPS)).toBe('Müllershop');
    expect(initialShop('Shopify', [])).toBe('Shopify');
    expect(initialShop(' Neuer  Laden ', SHOPS)).toBe('Neuer  Laden');
    expect(normaliseShop('  müllershop ', SHOPS)).toBe('Müllershop');
    expect(normaliseShop('  Neuer   Laden ', SHOPS)).toBe('Neuer Laden');
  });
});

describe('the wizard end to end (fake core)', () => {
  function wizardCore(opts: { alreadyImported?: boolean; locale?: 'en' | 'de' } = {}) {
    const jobs: Record<string, number> = {};
    return fakeCore(
      {
        'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 1024 }),
        'uploads.chunk': (i: { offset: number; dataBase64: string }) => ({ received: i.offset + atob(i.dataBase64).length }),
        'uploads.finish': () => ({
          fileId: FILE_ID,
          sizeBytes: 10,
          sha256: 'x',
          alreadyImported: opts.alreadyImported ? { batchId: 9, importedAt: '2026-11-24T12:45:02.000Z', fileName: 'bestellungen.csv', shop: 'Müllershop' } : null,
        }),
        'uploads.discard': () => ({ removed: true }),
        'redemptions.inspect': () => INSPECTION,
        'redemptions.dryRun': () => ({ jobId: 'dry-1' }),
        'redemptions.import': () => ({ jobId: 'imp-1' }),
        'imports.job': (i: { jobId: string }) => {
          jobs[i.jobId] = (jobs[i.jobId] ?? 0) + 1;
          return { status: 'done', done: 10, total: 10, report: REPORT, batchId: i.jobId === 'imp-1' ? 43 : null, message: null };
        },
      },
      opts.locale,
    );
  }

  it('a file imported before: “imported on 24/11/2026 — import again?” without reading it; going on reads it as that shop; lost rows are confirmed', async () => {
    window.location.hash = '#/imports/new';
    const bridge = wizardCore({ alreadyImported: true });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop export file'), new File(['0123456789'], 'bestellungen.csv', { type: 'text/csv' }));
    const notice = await screen.findByTestId('imported-before');
    expect(notice).toHaveTextContent('imported on 24/11/2026 — import again?');
    expect(within(notice).getByRole('link', { name: 'Open that import' })).toHaveAttribute('href', '#/imports/9');
    expect(bridge.call.mock.calls.map(([m]) => m)).not.toContain('redemptions.inspect');

    await user.click(within(notice).getByRole('button', { name: 'Import again' }));
    expect(await screen.findByRole('heading', { name: 'Check the file' })).toBeInTheDocument();
    const shop = screen.getByRole('combobox', { name: /^Shop/ });
    expect(shop).toHaveValue('Müllershop');
    expect(screen.getByText('Known shop: 1,240 orders stored')).toBeInTheDocument();

    // typing a known shop in another spelling: the hint says which one, leaving the field takes its name
    await user.clear(shop);
    await user.type(shop, '  MÜLLERSHOP ');
    expect(screen.getByText('Same shop as “Müllershop” (case and spaces do not matter).')).toBeInTheDocument();
    await user.tab();
    await waitFor(() => expect(shop).toHaveValue('Müllershop'));

    await user.click(screen.getByRole('button', { name: 'Check all rows' }));
    const box = await screen.findByTestId('lost-rows-confirmation', {}, { timeout: 5000 });
    await user.click(within(box).getByRole('button', { name: 'Import 58 orders without the 5 lost rows' }));
    expect(await screen.findByRole('heading', { name: 'Import finished' }, { timeout: 5000 })).toBeInTheDocument();
    expect(bridge.call).toHaveBeenCalledWith('redemptions.import', expect.objectContaining({ shop: 'Müllershop', confirmLostRows: 5 }));
  });

  it('offers the known shops to choose from, with their orders', async () => {
    window.location.hash = '#/imports/new';
    wizardCore();
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop export file'), new File(['0123456789'], 'bestellungen.csv', { type: 'text/csv' }));
    const shop = await screen.findByRole('combobox', { name: /^Shop/ });
    await user.clear(shop);
    await user.type(shop, 'grün');
    const option = await screen.findByRole('option', { name: /Grünkraft/, hidden: true });
    expect(norm(option.textContent)).toBe('Grünkraft12 orders');
    expect(screen.queryByRole('option', { name: /Müllershop/, hidden: true })).not.toBeInTheDocument();
    await user.click(option);
    expect(shop).toHaveValue('Grünkraft');
    await user.clear(shop);
    await user.type(shop, 'Neuer Laden');
    expect(screen.getByText('New shop: orders are recognised per shop, so use the same name every time.')).toBeInTheDocument();
  });

  it('stopping a file imported before deletes the upload and reads nothing; German date format', async () => {
    window.location.hash = '#/imports/new';
    await getI18n().changeLanguage('de');
    const bridge = wizardCore({ alreadyImported: true, locale: 'de' });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop-Export-Datei'), new File(['0123456789'], 'bestellungen.csv', { type: 'text/csv' }));
    const notice = await screen.findByTestId('imported-before');
    expect(notice).toHaveTextContent('importiert am 24.11.2026 – erneut importieren?');
    await user.click(within(notice).getByRole('button', { name: 'Nicht importieren' }));
    await waitFor(() => expect(screen.queryByTestId('imported-before')).not.toBeInTheDocument());
    expect(bridge.call).toHaveBeenCalledWith('uploads.discard', { fileId: FILE_ID });
    expect(bridge.call.mock.calls.map(([m]) => m)).not.toContain('redemptions.inspect');
  });
});

describe('failures and the batch page', () => {
  it('a failed import job shows the core’s message by key, in German', async () => {
    window.location.hash = '#/imports/new';
    await getI18n().changeLanguage('de');
    fakeCore(
      {
        'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 1024 }),
        'uploads.chunk': () => ({ received: 10 }),
        'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 10, sha256: 'x', alreadyImported: null }),
        'redemptions.inspect': () => ({ ...INSPECTION, shop: 'Müllershop' }),
        'redemptions.dryRun': () => ({ jobId: 'dry-1' }),
        'redemptions.import': () => ({ jobId: 'imp-1' }),
        'imports.job': (i: { jobId: string }) =>
          i.jobId === 'dry-1'
            ? { status: 'done', done: 1, total: 1, report: REPORT, batchId: null, message: null, errorKey: null, errorParams: null }
            : { status: 'failed', done: 1, total: 1, report: null, batchId: null, message: 'This file would lose 5 rows', errorKey: 'imports.lostRowsUnconfirmed', errorParams: { rows: 5 } },
      },
      'de',
    );
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop-Export-Datei'), new File(['0123456789'], 'bestellungen.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Alle Zeilen prüfen' }));
    const box = await screen.findByTestId('lost-rows-confirmation', {}, { timeout: 5000 });
    await user.click(within(box).getByRole('button', { name: /verlorenen Zeilen importieren/ }));
    expect(await screen.findByText(/Diese Datei würde 5 Zeilen verlieren/, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('the batch page shows where every row went', async () => {
    window.location.hash = '#/imports/7';
    fakeCore({
      'imports.get': () => ({
        id: 7,
        kind: 'redemptions',
        fileName: 'bestellungen.csv',
        fileHash: 'abc',
        fileSize: 10,
        format: 'generic',
        encoding: 'windows-1252',
        delimiter: ';',
        shop: 'Müllershop',
        status: 'done',
        counts: { orders: 60, inserted: 54, rejected: 5 },
        startedAt: '2026-11-24T12:45:00.000Z',
        finishedAt: '2026-11-24T12:45:02.000Z',
        undoneAt: null,
        accounting: REPORT.accounting,
        rejects: REPORT.rejects.map((r) => ({ ...r, raw: r.raw ?? '' })),
        leaks: [],
      }),
    });
    render(<App />);
    expect(await screen.findByTestId('row-accounting')).toHaveTextContent('66 rows read = 58 orders stored + 5 rows rejected + 3 rows ignored');
    expect(norm(within(screen.getByRole('table', { name: '5 rejected rows' })).getAllByRole('row')[1].textContent)).toMatch(/^14broken quotes/);
  });
});
