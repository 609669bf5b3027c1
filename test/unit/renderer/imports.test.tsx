// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/renderer/src/App';
import { DEFAULT_SETTINGS, type DryRunReport, type FileInspection, type ImportBatchDetail, type ImportBatchRow } from '../../../src/shared/contract';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { ReportView } from '../../../src/renderer/src/features/imports/ReportView';
import { blockingProblems } from '../../../src/renderer/src/features/imports/ShopImportWizard';
import { toBase64 } from '../../../src/renderer/src/features/imports/transfer';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fakes read whatever input shape the method has
type Fake = (input: any) => unknown;

const FILE_ID = '0b5a9aeb-821f-40f5-859b-8a204b7cf275';

const INSPECTION: FileInspection = {
  fileId: FILE_ID,
  fileName: 'orders_export_1.csv',
  sizeBytes: 4985,
  format: 'shopify',
  encoding: 'utf-8',
  delimiter: ',',
  headers: ['Name', 'Financial Status', 'Currency', 'Total', 'Discount Code', 'Created at', 'Lineitem name'],
  sample: [
    { row: 2, cells: ['#1001', 'paid', 'EUR', '49.90', 'EMMA15', '2026-07-10 10:15:00 +0200', 'Protein'] },
    { row: 3, cells: ['#1002', 'paid', 'EUR', '55.00', 'MIRA10', '2026-11-05 12:00:00 +0100', 'Shaker'] },
  ],
  mapping: { orderId: 'Name', orderedAt: 'Created at', code: 'Discount Code', total: 'Total', currency: 'Currency', status: 'Financial Status' },
  mappingSource: 'format',
  shop: 'Shopify',
  problems: [],
};

const REPORT: DryRunReport = {
  rows: 11,
  orders: 9,
  ordersWithCode: 7,
  ordersWithoutCode: 2,
  redemptions: 7,
  ordersNew: 7,
  ordersChanged: 0,
  ordersUnchanged: 0,
  accounting: {
    rowsRead: 11,
    ordersStored: 7,
    rowsRejected: 1,
    rowsIgnored: 3,
    ignored: { no_code: 2, shop_label: 1, continuation: 0, duplicate: 0, repeated_header: 0, blank: 0 },
    lostRows: 1,
    needsConfirmation: false,
  },
  withKnownCode: 5,
  withUnknownCode: 2,
  unknownCodes: [{ code: 'MIRA10', orders: 2, revenueMinor: 11740, firstOrderAt: '2026-11-05T12:00:00+01:00', lastOrderAt: '2026-11-06T09:30:00+01:00' }],
  ignoredLabels: [{ label: 'AUTOMATIC DISCOUNTS', orders: 1 }],
  rejected: 1,
  rejects: [{ row: 11, reason: 'order #E2E1009: unreadable order date “gestern”' }],
  firstOrderAt: '2026-05-20T08:00:00+02:00',
  lastOrderAt: '2026-11-08T14:00:00+01:00',
  currency: 'EUR',
  revenueMinor: 30170,
  inserted: 7,
  updated: 0,
  unchanged: 0,
  leaks: [{ code: 'LAURA15', collaborationId: 1, kind: 'before_start', day: '2026-05-20', orders: 1 }],
};

const BOARDS: Record<number, unknown> = {
  1: {
    campaignId: 1,
    stages: [],
    cards: [
      { id: 1, influencerName: 'Laura Kühn', handle: 'laura.kuehn', platform: 'instagram' },
      { id: 2, influencerName: 'Mira Schulz', handle: 'mira.moves', platform: 'tiktok' },
    ],
  },
};

function fakeCore(extra: Record<string, Fake> = {}) {
  const handlers: Record<string, Fake> = {
    'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'en' }),
    'imports.list': () => [],
    'campaigns.list': () => [{ id: 1, name: 'Sommer-Kollektion', phase: 'finished' }],
    'campaigns.board': (i: { id: number }) => BOARDS[i.id],
    ...extra,
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, async (input: unknown) => ok(await h(input))])));
}

beforeEach(() => {
  queryClient.clear();
  localStorage.clear();
  initI18n('en');
});

function renderReport(report: DryRunReport, assign: Record<string, number | null> = {}, onAssign = () => {}) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>
          <ReportView report={report} currency="EUR" assign={assign} onAssign={onAssign} />
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('Shop import: the report step', () => {
  it('shows orders, codes, unknown codes with their revenue, ignored labels, rejects, leaks and what would change', async () => {
    fakeCore();
    renderReport(REPORT);
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(norm(summary.textContent)).toContain('9Ordersfrom 11 rows');
    expect(norm(summary.textContent)).toContain('5With a known code');
    expect(norm(summary.textContent)).toContain('2With an unknown code');
    expect(norm(summary.textContent)).toContain('1Rejected rows');
    expect(norm(screen.getByText('20/05/2026 – 08/11/2026').textContent)).toBeTruthy();
    expect(screen.getByText('€301.70')).toBeInTheDocument();

    const changes = screen.getByRole('list', { name: 'What an import would change' });
    expect(norm(within(changes).getByTestId('change-new').textContent)).toContain('7New');
    expect(norm(within(changes).getByTestId('change-unchanged').textContent)).toContain('0Unchanged');
    expect(screen.queryByText('Already imported')).not.toBeInTheDocument();

    const unknown = screen.getByRole('table', { name: '1 unknown code' });
    const row = within(unknown).getByRole('row', { name: /MIRA10/ });
    expect(norm(row.textContent)).toContain('2€117.40');
    expect(within(row).getByRole('combobox', { name: 'Assign MIRA10 to a collaboration' })).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: '1 shop label ignored' })).toBeInTheDocument();
    expect(screen.getByText('AUTOMATIC DISCOUNTS')).toBeInTheDocument();

    const rejects = screen.getByRole('table', { name: '1 rejected row' });
    expect(norm(within(rejects).getAllByRole('row')[1].textContent)).toBe('11order #E2E1009: unreadable order date “gestern”');

    expect(screen.getByRole('heading', { name: '1 sign of a leaked code' })).toBeInTheDocument();
    expect(screen.getByText('Used before the collaboration started')).toBeInTheDocument();
    expect(norm(screen.getByText(/1 order with LAURA15 from 20\/05\/2026 on/).textContent)).toContain('before the collaboration started');
    // the leak names the collaboration once the campaigns are loaded
    await waitFor(() => expect(queryClient.getQueryData(['imports.collabDirectory'])).toHaveLength(2));
    expect(await screen.findByRole('link', { name: 'Laura Kühn · Sommer-Kollektion' })).toHaveAttribute('href', '/campaigns/1');
  });

  it('says plainly when a file was imported before: 0 new, N unchanged', () => {
    fakeCore();
    renderReport({ ...REPORT, inserted: 0, updated: 0, unchanged: 7, ordersNew: 0, ordersChanged: 0, ordersUnchanged: 7, unknownCodes: [], withUnknownCode: 0, leaks: [] });
    expect(screen.getByText('Already imported')).toBeInTheDocument();
    expect(screen.getByText(/All 7 orders in this file are stored already, unchanged/)).toBeInTheDocument();
    expect(norm(screen.getByTestId('change-new').textContent)).toContain('0New');
    expect(norm(screen.getByTestId('change-unchanged').textContent)).toContain('7Unchanged');
    expect(screen.getByText('Every code in this file belongs to a collaboration.')).toBeInTheDocument();
    expect(screen.getByText('No signs of leaked codes.')).toBeInTheDocument();
  });

  it('is German with German money and dates', async () => {
    fakeCore();
    await getI18n().changeLanguage('de');
    renderReport(REPORT);
    expect(screen.getByText('301,70 €')).toBeInTheDocument();
    expect(screen.getByText('20.05.2026 – 08.11.2026')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '1 unbekannter Code' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'MIRA10 einer Kooperation zuordnen' })).toBeInTheDocument();
    await getI18n().changeLanguage('en');
  });

  it('shows the reasons of rejected rows in German from their codes, the English reason for an unknown code', async () => {
    fakeCore();
    await getI18n().changeLanguage('de');
    const rejects: DryRunReport['rejects'] = [
      { row: 4, reason: 'missing order id', code: 'missing_order_id', params: {} },
      { row: 6, reason: 'broken quotes: a quoted field is never closed, so the rest of the file cannot be read from here', code: 'bad_quotes', params: {} },
      { row: 9, reason: 'order #E2E1008: unreadable total “zwölf”', code: 'bad_amount', params: { order: '#E2E1008', field: 'total', value: 'zwölf' } },
      { row: 10, reason: 'order 7: row 12: unreadable voucher line price “x”', code: 'bad_voucher_price', params: { order: '7', value: 'x', atRow: 12 } },
      { row: 11, reason: 'order #E2E1009: unreadable order date “gestern”', code: 'bad_date', params: { order: '#E2E1009', value: 'gestern' } },
      { row: 12, reason: 'something new from a newer core', code: 'not_known_yet', params: {} },
      { row: 13, reason: 'stored before reasons had codes' },
    ];
    renderReport({ ...REPORT, rejected: rejects.length, rejects });
    const rows = within(screen.getByRole('table', { name: '7 abgelehnte Zeilen' })).getAllByRole('row').slice(1).map((r) => norm(r.textContent));
    expect(rows).toEqual([
      '4Bestellnummer fehlt',
      '6Fehlerhafte Anführungszeichen: Ein Feld in Anführungszeichen wird nie geschlossen, daher ist der Rest der Datei ab hier nicht lesbar',
      '9Bestellung #E2E1008: Gesamtbetrag „zwölf“ nicht lesbar',
      '10Bestellung 7: Preis der Gutscheinzeile „x“ nicht lesbar (Zeile 12)',
      '11Bestellung #E2E1009: Bestelldatum „gestern“ nicht lesbar',
      '12something new from a newer core',
      '13stored before reasons had codes',
    ]);
    await getI18n().changeLanguage('en');
  });
});

describe('Shop import wizard', () => {
  it('uploads in chunks, shows the detected format, runs the dry run, assigns an unknown code and imports', async () => {
    window.location.hash = '#/imports/new';
    const jobs: Record<string, number> = {};
    let imported = false;
    const bridge = fakeCore({
      'redemptions.shops': () => ({ shops: imported ? [{ key: 'grünkraft shop', name: 'Grünkraft Shop', orders: 7, lastImportAt: '2026-11-24T12:45:02.000Z' }] : [] }),
      'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 4 }),
      'uploads.chunk': (i: { offset: number; dataBase64: string }) => ({ received: i.offset + atob(i.dataBase64).length }),
      'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 10, sha256: 'x' }),
      'redemptions.inspect': () => INSPECTION,
      'redemptions.dryRun': () => ({ jobId: 'dry-1' }),
      'redemptions.import': () => ({ jobId: 'imp-1' }),
      'imports.job': (i: { jobId: string }) => {
        jobs[i.jobId] = (jobs[i.jobId] ?? 0) + 1;
        if (jobs[i.jobId] < 2) return { status: 'running', done: 5, total: 10, report: null, batchId: null, message: null };
        return i.jobId === 'dry-1'
          ? { status: 'done', done: 10, total: 10, report: REPORT, batchId: null, message: null }
          : ((imported = true), { status: 'done', done: 10, total: 10, report: { ...REPORT, withKnownCode: 7, withUnknownCode: 0 }, batchId: 42, message: null });
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop export file'), new File(['0123456789'], 'orders_export_1.csv', { type: 'text/csv' }));

    // three chunks of 4 bytes announced by the core, at the right offsets
    expect(await screen.findByRole('heading', { name: 'Check the file' })).toBeInTheDocument();
    const chunks = bridge.call.mock.calls.filter(([m]) => m === 'uploads.chunk').map(([, i]) => i as { offset: number; dataBase64: string });
    expect(chunks.map((c) => [c.offset, atob(c.dataBase64)])).toEqual([
      [0, '0123'],
      [4, '4567'],
      [8, '89'],
    ]);
    expect(screen.getByTestId('detected-format')).toHaveTextContent('Shopify');
    expect(screen.getByText('Encoding: UTF-8')).toBeInTheDocument();
    expect(screen.getByText('Separator: comma')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Shop/ })).toHaveValue('Shopify');
    expect(screen.getByText('MIRA10')).toBeInTheDocument(); // preview row
    await user.clear(screen.getByRole('combobox', { name: /^Shop/ }));
    await user.type(screen.getByRole('combobox', { name: /^Shop/ }), 'Grünkraft Shop');

    await user.click(screen.getByRole('button', { name: 'Check all rows' }));
    expect(await screen.findByRole('heading', { name: 'Dry run: what an import would do' }, { timeout: 5000 })).toBeInTheDocument();
    expect(bridge.call).toHaveBeenCalledWith('redemptions.dryRun', { fileId: FILE_ID, format: 'shopify', shop: 'Grünkraft Shop' });

    // assign the unknown code to a collaboration right in the report
    const picker = screen.getByRole('combobox', { name: 'Assign MIRA10 to a collaboration' });
    await user.click(picker);
    const list = await screen.findByRole('listbox', { hidden: true });
    await user.click(within(list).getByRole('option', { name: /Mira Schulz/, hidden: true }));
    await waitFor(() => expect(screen.getByText('1 of 1 assigned')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Import 7 orders' }));
    expect(await screen.findByRole('heading', { name: 'Import finished' }, { timeout: 5000 })).toBeInTheDocument();
    expect(bridge.call).toHaveBeenCalledWith('redemptions.import', {
      fileId: FILE_ID,
      format: 'shopify',
      shop: 'Grünkraft Shop',
      assign: [{ code: 'MIRA10', collaborationId: 2 }],
    });
    expect(norm(screen.getByTestId('result-new').textContent)).toContain('7New');
    expect(screen.getByRole('link', { name: 'Open this import' })).toHaveAttribute('href', '#/imports/42');

    // the next file of the same shop gets the shop name used last time instead of the platform's name
    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    await user.upload(await screen.findByLabelText('Shop export file'), new File(['0123456789'], 'orders_export_2.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('combobox', { name: /^Shop/ })).toHaveValue('Grünkraft Shop');
  });

  it('shows blocking problems prominently and keeps the dry run closed', async () => {
    window.location.hash = '#/imports/new';
    const message = 'This Shopify orders export has no “Discount Code” column. Export the orders again from Orders › Export (all columns).';
    fakeCore({
      'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 4 * 1024 * 1024 }),
      'uploads.chunk': () => ({ received: 3 }),
      'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 3, sha256: 'x' }),
      'redemptions.inspect': () => ({ ...INSPECTION, problems: [{ code: 'no_code_column', message }] }),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop export file'), new File(['a,b'], 'x.csv', { type: 'text/csv' }));
    const alert = await screen.findByTestId('blocking-problems');
    expect(alert).toHaveTextContent('No voucher-code column');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Check all rows' })).toBeDisabled();
  });

  it('shows blocking problems in German from their code and hint', async () => {
    window.location.hash = '#/imports/new';
    await getI18n().changeLanguage('de');
    const message = 'This is Shopify’s discounts export (Discounts › Export): it lists your discount codes, not orders.';
    fakeCore({
      'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'de' }),
      'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 4 * 1024 * 1024 }),
      'uploads.chunk': () => ({ received: 3 }),
      'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 3, sha256: 'x' }),
      'redemptions.inspect': () => ({
        ...INSPECTION,
        problems: [
          { code: 'no_code_column', message, params: { hint: 'shopify_discounts' } },
          { code: 'empty', message: 'x.csv has a header but no orders.', params: { hint: 'no_orders', file: 'x.csv' } },
        ],
      }),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Shop-Export-Datei'), new File(['a,b'], 'x.csv', { type: 'text/csv' }));
    const alert = await screen.findByTestId('blocking-problems');
    expect(alert).toHaveTextContent('Keine Spalte mit Gutscheincodes');
    expect(alert).toHaveTextContent('Das ist der Rabatt-Export von Shopify');
    expect(alert).toHaveTextContent('x.csv hat eine Kopfzeile, aber keine Bestellungen.');
    expect(alert).not.toHaveTextContent(message);
    await getI18n().changeLanguage('en');
  });

  it('solves a generic file’s problem once the field is mapped', () => {
    const insp: FileInspection = { ...INSPECTION, format: 'generic', problems: [{ code: 'no_code_column', message: 'No column with voucher codes was found.' }] };
    expect(blockingProblems(insp, 'generic', { orderId: 'Name', orderedAt: 'Created at', total: 'Total' }).map((p) => p.code)).toEqual(['no_code_column']);
    expect(blockingProblems(insp, 'generic', { orderId: 'Name', orderedAt: 'Created at', total: 'Total', code: 'Discount Code' })).toEqual([]);
    expect(blockingProblems(insp, 'generic', { code: 'Discount Code', total: 'Total' }).map((p) => p.code).sort()).toEqual(['no_date_column', 'no_order_column']);
  });

  it('encodes binary chunks as base64', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(atob(toBase64(bytes.buffer)).length).toBe(70_000);
    expect(toBase64(new TextEncoder().encode('Grünkraft').buffer)).toBe('R3LDvG5rcmFmdA==');
  });
});

describe('Imports screen', () => {
  const row: ImportBatchRow = {
    id: 7,
    kind: 'redemptions',
    fileName: 'orders_export_1.csv',
    format: 'shopify',
    status: 'done',
    counts: { orders: 9, inserted: 7, updated: 0, unchanged: 0, unknownCodes: 1, rejected: 1 },
    startedAt: '2026-11-24T12:45:00.000Z',
    finishedAt: '2026-11-24T12:45:02.000Z',
  };
  const detail: ImportBatchDetail = {
    ...row,
    fileHash: 'abcdef0123456789',
    fileSize: 4985,
    encoding: 'utf-8',
    delimiter: ',',
    shop: 'Grünkraft Shop',
    undoneAt: null,
    accounting: null,
    rejects: [{ row: 11, reason: 'unreadable order date “gestern”', raw: '#E2E1009,kundin9@example.com,paid' }],
    leaks: [{ code: 'LEON20', collaborationId: 1, kind: 'spike', day: '2026-11-20', orders: 38 }],
  };

  it('explains the supported shops when there are no imports', async () => {
    window.location.hash = '#/imports';
    fakeCore();
    render(<App />);
    expect(await screen.findByText('No imports yet')).toBeInTheDocument();
    const shops = screen.getByRole('list', { name: 'Supported shops' });
    for (const name of ['Shopify', 'WooCommerce', 'Shopware', 'Any other CSV']) expect(within(shops).getByText(name)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import shop export' })).toHaveAttribute('href', '#/imports/new');
  });

  it('lists batches with their counts, opens one and undoes it after confirming', async () => {
    window.location.hash = '#/imports';
    let undone = false;
    const bridge = fakeCore({
      'imports.list': () => [undone ? { ...row, status: 'undone' } : row],
      'imports.get': () => (undone ? { ...detail, status: 'undone', undoneAt: '2026-11-24T13:00:00.000Z' } : detail),
      'imports.undo': () => {
        undone = true;
        return { id: 7, removed: 7, restored: 0 };
      },
    });
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Import batches' });
    const r = within(table).getByTestId('batch-7');
    expect(norm(r.textContent)).toContain('orders_export_1.csvShop orders · Shopify24/11/2026');
    expect(norm(r.textContent)).toContain('970011Imported');

    await user.click(within(r).getByRole('link', { name: 'orders_export_1.csv' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'orders_export_1.csv' })).toBeInTheDocument();
    expect(norm(screen.getByTestId('count-inserted').textContent)).toContain('7New');
    expect(screen.getByText('Sudden spike')).toBeInTheDocument();
    expect(screen.getByText(/38 orders with LEON20 on 20\/11\/2026 alone/)).toBeInTheDocument();
    const rejects = screen.getByRole('table', { name: '1 rejected row' });
    expect(within(rejects).getByText('#E2E1009,kundin9@example.com,paid')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo this import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo this import?' });
    await user.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    expect(await screen.findByTestId('undo-result')).toHaveTextContent('7 orders removed, 0 restored to their previous state.');
    expect(bridge.call).toHaveBeenCalledWith('imports.undo', { id: 7 });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo this import' })).not.toBeInTheDocument());
  });

  it('counts orders, not order × code pairs, on the batch page (an order with two codes is one order)', async () => {
    window.location.hash = '#/imports/7';
    fakeCore({
      'imports.list': () => [row],
      'imports.get': () => ({ ...detail, counts: { ...detail.counts, orders: 58, inserted: 62, ordersNew: 58, updated: 0, ordersChanged: 0, unchanged: 0, ordersUnchanged: 0 } }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'orders_export_1.csv' })).toBeInTheDocument();
    expect(norm(screen.getByTestId('count-inserted').textContent)).toContain('58New');
  });
});
