// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { DEFAULT_SETTINGS, type ImportPreview, type InfluencerRow } from '../../../src/shared/contract';
import { initI18n } from '../../../src/renderer/src/i18n';
import { useDirectoryStore } from '../../../src/renderer/src/features/influencers/store';
import { queryClient } from '../../../src/renderer/src/lib/query';

// jsdom has no layout: give the directory's scroll box a size so the virtualiser renders a window of rows.
const sizes = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return (this as HTMLElement).classList.contains('dir-scroll') ? 600 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      return (this as HTMLElement).classList.contains('dir-scroll') ? 1200 : 0;
    },
  });
});
afterAll(() => {
  if (sizes.clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', sizes.clientHeight);
  if (sizes.clientWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', sizes.clientWidth);
});

function row(i: number, over: Partial<InfluencerRow> = {}): InfluencerRow {
  return {
    id: i + 1,
    name: `Creator ${String(i).padStart(5, '0')}`,
    platform: 'instagram',
    handle: `creator.${i}`,
    followers: 1000 + i * 10,
    tier: 'micro',
    engagementRateBp: 320,
    erFromSheet: false,
    niches: ['vegan'],
    country: 'DE',
    language: 'de',
    campaignCount: i % 3,
    lastContactAt: null,
    authVerdict: i % 50 === 0 ? 'suspicious' : i % 7 === 0 ? 'review' : 'ok',
    tags: [],
    fitScore: null,
    ...over,
  };
}

const ROWS = Array.from({ length: 10_000 }, (_, i) => row(i));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fakes read whatever input shape the method has
type Fake = (input: any) => unknown;

function fakeCore(extra: Record<string, Fake> = {}) {
  const handlers: Record<string, Fake> = {
    'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'en' }),
    'influencers.list': () => ({ total: ROWS.length, rows: ROWS }),
    'influencers.facets': () => ({ countries: ['AT', 'DE'], niches: ['vegan'], languages: ['de'] }),
    'campaigns.list': () => [],
    'savedFilters.list': () => [],
    ...extra,
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, (input: unknown) => ok(h(input))])));
}

beforeEach(() => {
  useDirectoryStore.setState({ filter: {}, sort: 'name', dir: 'asc', fitCampaignId: null });
  queryClient.clear();
  initI18n('en');
});

describe('Influencer directory', () => {
  it('renders 10,000 rows through the virtualiser: only a window of rows is in the DOM', async () => {
    window.location.hash = '#/influencers';
    const bridge = fakeCore();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Influencer directory' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(await within(table).findByText('Creator 00000')).toBeInTheDocument();
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(within(table).queryByText('Creator 09999')).not.toBeInTheDocument();
    expect(norm(screen.getByTestId('influencer-count').textContent)).toBe('10,000 influencers');
    // one call, all rows
    expect(bridge.call).toHaveBeenCalledWith('influencers.list', expect.objectContaining({ limit: 20_000, sort: 'name', dir: 'asc' }));
    // the suspicious flag is announced in words
    expect(within(table).getAllByRole('img', { name: 'Suspicious' }).length).toBeGreaterThan(0);
  });

  it('sorts by a column header through the API and marks it with aria-sort', async () => {
    window.location.hash = '#/influencers';
    const bridge = fakeCore();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('table', { name: 'Influencer directory' });
    await user.click(screen.getByRole('button', { name: 'Sort by Followers' }));
    await waitFor(() => expect(bridge.call).toHaveBeenLastCalledWith('influencers.list', expect.objectContaining({ sort: 'followers', dir: 'desc' })));
    const header = screen.getByRole('columnheader', { name: /Followers/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Sort by Followers' }));
    await waitFor(() => expect(bridge.call).toHaveBeenLastCalledWith('influencers.list', expect.objectContaining({ sort: 'followers', dir: 'asc' })));
    expect(screen.getByRole('columnheader', { name: /Followers/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Sort by ER' }));
    await waitFor(() => expect(bridge.call).toHaveBeenLastCalledWith('influencers.list', expect.objectContaining({ sort: 'engagementRate', dir: 'desc' })));
  });

  it('opens a profile with Enter on a focused row', async () => {
    window.location.hash = '#/influencers';
    fakeCore({ 'influencers.get': () => new Promise(() => {}) });
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Influencer directory' });
    const first = (await within(table).findByText('Creator 00000')).closest('[role="row"]') as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/influencers/1'));
  });

  it('shows the empty state with both ways in when there are no influencers', async () => {
    window.location.hash = '#/influencers';
    fakeCore({ 'influencers.list': () => ({ total: 0, rows: [] }) });
    render(<App />);
    expect(await screen.findByText('No influencers yet')).toBeInTheDocument();
    const main = screen.getByText('No influencers yet').closest('.mantine-Paper-root') as HTMLElement;
    expect(within(main).getByRole('button', { name: 'Add influencer' })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Import spreadsheet' })).toBeInTheDocument();
  });
});

describe('Change announcements', () => {
  it('refreshes the directory and its saved filters when another window or write announces a change', async () => {
    window.location.hash = '#/influencers';
    let rows = ROWS.slice(0, 3);
    let saved: { id: number; name: string; query: object }[] = [];
    const bridge = fakeCore({ 'influencers.list': () => ({ total: rows.length, rows }), 'savedFilters.list': () => saved });
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Influencer directory' });
    expect(norm(screen.getByTestId('influencer-count').textContent)).toBe('3 influencers');
    // another window adds an influencer and saves a filter; the core announces both writes
    rows = [...rows, row(3, { name: 'Zoe Neumann' })];
    saved = [{ id: 1, name: 'Vegan DE', query: { niche: 'vegan' } }];
    act(() => bridge.emit({ type: 'data.changed', scopes: ['influencers'] }));
    expect(await within(table).findByText('Zoe Neumann')).toBeInTheDocument();
    expect(norm(screen.getByTestId('influencer-count').textContent)).toBe('4 influencers');
    await user.click(screen.getByRole('button', { name: 'Saved filters' }));
    // (the popover is still fading in, so jsdom counts it as hidden)
    expect(await screen.findByRole('button', { name: 'Apply saved filter Vegan DE', hidden: true })).toBeInTheDocument();
  });
});

const FILE_ID = '6f1c0a52-3b7e-4d2a-9a51-0c6f2b8e7d10';

describe('Import wizard', () => {
  const headers = ['Name', 'Instagram', 'Follower', 'Engagement-Rate', 'Notizen'];
  const preview = (mapping?: Record<string, string | null>): ImportPreview => ({
    format: 'csv',
    encoding: 'utf-8-bom',
    delimiter: ';',
    headers,
    mapping: (mapping ?? { Name: 'name', Instagram: 'instagram', Follower: 'followers', 'Engagement-Rate': 'engagementRate', Notizen: 'notes' }) as ImportPreview['mapping'],
    mappingSource: mapping ? 'given' : 'guessed',
    sample: [
      { row: 2, cells: ['Elias Schäfer', '@elias.schaefer95', '135,7k', '10,7 %', ''] },
      { row: 3, cells: ['Lukas Yılmaz', '@lukas.yilmaz48', '108938', '3,5 %', 'Antwortet schnell'] },
    ],
    totalRows: 2,
    ready: 1,
    held: 1,
    problems: [{ row: 3, field: 'followers', column: 'Follower', value: 'viele', code: 'not_a_number', severity: 'error', message: 'Follower: "viele" is not a number' }],
    duplicates: [],
  });

  it('maps columns with pre-filled selects, re-runs the preview on a change, and shows translated problems', async () => {
    window.location.hash = '#/influencers/import';
    const bridge = fakeCore({
      'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 4 * 1024 * 1024 }),
      'uploads.chunk': (i: { offset: number; dataBase64: string }) => ({ received: i.offset + atob(i.dataBase64).length }),
      'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 18, sha256: 'x' }),
      'influencers.import.preview': (input: { mapping?: Record<string, string | null> }) => preview(input.mapping),
    });
    const user = userEvent.setup();
    render(<App />);
    const input = await screen.findByLabelText('Spreadsheet file');
    await user.upload(input, new File(['Name;Follower\nA;1\n'], 'influencers-de.csv', { type: 'text/csv' }));

    const follower = await screen.findByRole('combobox', { name: 'Mapping for column “Follower”' });
    expect(follower).toHaveValue('Followers');
    expect(screen.getByRole('combobox', { name: 'Mapping for column “Notizen”' })).toHaveValue('Notes');
    expect(screen.getByText('135,7k')).toBeInTheDocument();
    // the file's facts in words, not the reader's identifiers ('utf-8-bom')
    expect(screen.getByText(/2 rows · 5 columns · separated by ; · Encoding: UTF-8 \(BOM\)$/)).toBeInTheDocument();
    // the sheet travels like a shop export: chunked upload, then the preview reads it by its id
    expect(bridge.call).toHaveBeenCalledWith('uploads.begin', { fileName: 'influencers-de.csv', sizeBytes: 18 });
    expect(bridge.call).toHaveBeenCalledWith('influencers.import.preview', expect.objectContaining({ fileId: FILE_ID }));

    await user.click(screen.getByRole('combobox', { name: 'Mapping for column “Notizen”' }));
    const list = await screen.findByRole('listbox', { name: 'Mapping for column “Notizen”', hidden: true });
    await user.click(within(list).getByRole('option', { name: 'Tags', hidden: true }));
    await waitFor(() =>
      expect(bridge.call).toHaveBeenLastCalledWith('influencers.import.preview', expect.objectContaining({ mapping: expect.objectContaining({ Notizen: 'tags', Follower: 'followers' }) })),
    );
    expect(screen.getByRole('combobox', { name: 'Mapping for column “Notizen”' })).toHaveValue('Tags');

    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(await screen.findByText('“viele” is not a number.')).toBeInTheDocument();
    expect(screen.getByText('Import the 1 held row without its unreadable values')).toBeInTheDocument();
  });
  it('names merges apart on the import button: a merge adds nobody („2 zusammenführen und 61 … importieren“)', async () => {
    window.location.hash = '#/influencers/import';
    const dup = { fields: [], row: 4, platform: 'instagram', handle: 'elias.schaefer95', name: 'Elias Schäfer', existingInfluencerId: null, existingName: null, sameFileRow: 2 };
    const bridge = fakeCore({
      'uploads.begin': () => ({ fileId: FILE_ID, chunkBytes: 4 * 1024 * 1024 }),
      'uploads.chunk': (i: { offset: number; dataBase64: string }) => ({ received: i.offset + atob(i.dataBase64).length }),
      'uploads.finish': () => ({ fileId: FILE_ID, sizeBytes: 18, sha256: 'x' }),
      'influencers.import.preview': (input: { mapping?: Record<string, string | null> }) => ({ ...preview(input.mapping), totalRows: 4, duplicates: [dup, { ...dup, row: 5, handle: 'lukas.yilmaz48', name: 'Lukas Yılmaz', sameFileRow: 3 }] }),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.upload(await screen.findByLabelText('Spreadsheet file'), new File(['Name;Follower\nA;1\n'], 'influencers-de.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Check rows' }));
    // one ready row; the held one and the duplicate are not imported until chosen
    expect(await screen.findByRole('button', { name: 'Import 1 influencer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merge all' }));
    expect(await screen.findByRole('button', { name: 'Merge 2 and import 1 influencer' })).toBeInTheDocument();
    expect(bridge.call).toHaveBeenCalledWith('influencers.import.preview', expect.objectContaining({ fileId: FILE_ID }));
  });
});
