// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { DEFAULT_SETTINGS, type BoardCard, type CampaignDetail, type CampaignRow, type InfluencerRow, type StageDto } from '../../../src/shared/contract';
import { DEFAULT_STAGES } from '../../../src/shared/domain';
import { initI18n } from '../../../src/renderer/src/i18n';
import { useCampaignsUi } from '../../../src/renderer/src/features/campaigns/store';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { applyMove } from '../../../src/renderer/src/features/campaigns/board/model';

// jsdom has no layout: lay the board out in a grid so dnd-kit can measure columns and cards.
const original = Element.prototype.getBoundingClientRect;
const rect = (x: number, y: number, w: number, h: number) =>
  ({ x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) }) as DOMRect;
beforeAll(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this.classList.contains('board-card-overlay')) return rect(5, 100, 270, 100);
    const section = this.closest('section.board-column');
    if (!section) return rect(0, 0, 0, 0);
    const x = [...document.querySelectorAll('section.board-column')].indexOf(section) * 300;
    if (this.classList.contains('board-card')) return rect(x + 5, 100 + [...section.querySelectorAll('.board-card')].indexOf(this) * 110, 270, 100);
    if (this.classList.contains('board-column-cards')) return rect(x, 100, 280, 600);
    return rect(x, 60, 280, 40);
  };
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = original;
});

const STAGES: StageDto[] = DEFAULT_STAGES.map((key, i) => ({ id: 10 + i, key, name: null, position: i }));

function card(id: number, stageId: number, position: number, name: string, over: Partial<BoardCard> = {}): BoardCard {
  return {
    id,
    stageId,
    position,
    influencerId: 100 + id,
    influencerName: name,
    platform: 'instagram',
    handle: name.toLowerCase().replace(/\W+/g, '.'),
    followers: 12_500,
    tier: 'micro',
    engagementRateBp: 420,
    type: 'product_test',
    feeMinor: 25_000,
    currency: 'EUR',
    nextDueDate: null,
    badges: { sampleShipped: false, voucherCode: false, contentLive: false, disclosureMissing: false },
    ...over,
  };
}

const CARDS: BoardCard[] = [
  card(1, 10, 0, 'Jörg Müller', { handle: 'joerg.mueller', nextDueDate: '2020-01-15', badges: { sampleShipped: true, voucherCode: true, contentLive: false, disclosureMissing: true } }),
  card(2, 10, 1, 'Anna Krüger', { platform: 'tiktok', tier: 'nano', followers: 900 }),
  card(3, 10, 2, 'Lena Schmidt'),
  card(4, 11, 0, 'Mia Wagner', { feeMinor: 10_000 }),
];

const ROW: CampaignRow = {
  id: 1,
  name: 'Frühjahr 2027',
  goal: 'launch',
  product: 'Hafer-Riegel',
  phase: 'active',
  startDate: '2027-03-01',
  endDate: '2027-04-30',
  budgetMinor: 500_000,
  currency: 'EUR',
  collaborations: 4,
  costMinor: 85_000,
  revenueMinor: 120_000,
};
const DETAIL: CampaignDetail = {
  ...ROW,
  disclosureText: '#werbung',
  baseUrl: 'https://shop.example.de/riegel',
  notes: '',
  targetKpis: { reach: 250_000, roasBp: 30_000 },
  targetAudience: { countries: ['DE', 'AT'], niches: ['vegan'] },
  stages: STAGES,
};

function fakeCore(extra: Record<string, (input: never) => unknown> = {}, settings = {}) {
  let cards = CARDS;
  const handlers: Record<string, (input: never) => unknown> = {
    'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'en', ...settings }),
    'campaigns.list': () => [ROW, { ...ROW, id: 2, name: 'Weihnachts-Challenge', phase: 'planned' }, { ...ROW, id: 3, name: 'Sommer 2025', phase: 'archived' }],
    'campaigns.get': () => DETAIL,
    'campaigns.board': () => ({ campaignId: 1, stages: STAGES, cards }),
    'influencers.facets': () => ({ countries: ['DE'], niches: ['vegan', 'fitness'], languages: ['de'] }),
    'collaborations.move': (input: { id: number; stageId: number; index: number }) => {
      cards = applyMove(cards, input.id, input.stageId, input.index);
      return { id: input.id, stageId: input.stageId, position: input.index };
    },
    ...extra,
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, (input: unknown) => ok(h(input as never))])));
}

const tick = (ms = 20) => act(() => new Promise((r) => setTimeout(r, ms)));

beforeEach(() => {
  useCampaignsUi.setState({ search: '', tab: 'all', lastAdd: null });
  queryClient.clear();
  initI18n('en');
});

describe('Campaign board', () => {
  it('renders one column per stage with translated names, counts, fee sums and the cards', async () => {
    window.location.hash = '#/campaigns/1';
    fakeCore();
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline board' });
    const columns = board.querySelectorAll('section.board-column');
    expect(columns).toHaveLength(8);
    const shortlist = within(board).getByRole('heading', { name: 'Shortlist' }).closest('section') as HTMLElement;
    const contacted = within(board).getByRole('heading', { name: 'Contacted' }).closest('section') as HTMLElement;
    expect(within(board).getByRole('heading', { name: 'Sample shipped' })).toBeInTheDocument();
    expect(within(shortlist).getByLabelText('3 collaborations')).toHaveTextContent('3');
    expect(norm(within(shortlist).getByText(/^Fees:/).textContent)).toBe('Fees: €750');
    expect(within(contacted).getByText('Mia Wagner')).toBeInTheDocument();
    // card content: handle, compact followers, ER, type, fee, overdue date, badges
    const jorg = within(shortlist).getByRole('button', { name: 'Jörg Müller, Shortlist' });
    expect(within(jorg).getByText('@joerg.mueller')).toBeInTheDocument();
    expect(norm(jorg.textContent)).toContain('12.5K · ER 4.2%');
    expect(within(jorg).getByText('Product test')).toBeInTheDocument();
    expect(within(jorg).getByText('Overdue since 15/01/2020')).toBeInTheDocument();
    expect(within(jorg).getByRole('img', { name: 'Disclosure missing' })).toBeInTheDocument();
    expect(within(jorg).getByRole('img', { name: 'Voucher code' })).toBeInTheDocument();
    // header: KPI targets and audience, folded away with the figures so the board gets the window's height
    expect(screen.queryByText('Targets')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByText('Targets')).toBeInTheDocument();
    expect(screen.getByText('Germany')).toBeInTheDocument();
  });

  it('moves a card with the keyboard: Space, ArrowRight, Space → collaborations.move with the next stage and index 0', async () => {
    window.location.hash = '#/campaigns/1';
    const bridge = fakeCore();
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline board' });
    const jorg = within(board).getByRole('button', { name: 'Jörg Müller, Shortlist' });
    jorg.focus();
    fireEvent.keyDown(jorg, { code: 'Space', key: ' ' });
    await tick();
    fireEvent.keyDown(document.activeElement ?? jorg, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    fireEvent.keyDown(document.activeElement ?? jorg, { code: 'Space', key: ' ' });
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('collaborations.move', { id: 1, stageId: 11, index: 0 }));
    // optimistic: the card is in "Contacted" at once, with an undo notification
    const contacted = within(board).getByRole('heading', { name: 'Contacted' }).closest('section') as HTMLElement;
    await waitFor(() => expect(within(contacted).getByText('Jörg Müller')).toBeInTheDocument());
    const names = [...contacted.querySelectorAll('.card-name')].map((n) => n.textContent);
    expect(names).toEqual(['Jörg Müller', 'Mia Wagner']);
    expect(await screen.findByText('Jörg Müller moved to “Contacted”')).toBeInTheDocument();

    // Undo moves it back to its previous stage and index
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('collaborations.move', { id: 1, stageId: 10, index: 0 }));
  });

  it('reverts an optimistic move and shows the message when the core refuses it', async () => {
    window.location.hash = '#/campaigns/1';
    const bridge = fakeCore();
    bridge.call.mockImplementation(async (method: string) => {
      if (method === 'collaborations.move') return { ok: false, error: { code: 'CONFLICT', message: 'The stage was removed meanwhile.' } };
      const h = {
        'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'en' }),
        'campaigns.get': () => DETAIL,
        'campaigns.board': () => ({ campaignId: 1, stages: STAGES, cards: CARDS }),
        'influencers.facets': () => ({ countries: [], niches: [], languages: [] }),
      }[method];
      return h ? ok(h()) : { ok: false, error: { code: 'UNKNOWN_METHOD', message: method } };
    });
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline board' });
    const anna = within(board).getByRole('button', { name: 'Anna Krüger, Shortlist' });
    anna.focus();
    fireEvent.keyDown(anna, { code: 'Space', key: ' ' });
    await tick();
    fireEvent.keyDown(document.activeElement ?? anna, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    fireEvent.keyDown(document.activeElement ?? anna, { code: 'Space', key: ' ' });
    expect(await screen.findByText('The stage was removed meanwhile.')).toBeInTheDocument();
    const shortlist = within(board).getByRole('heading', { name: 'Shortlist' }).closest('section') as HTMLElement;
    await waitFor(() => expect([...shortlist.querySelectorAll('.card-name')].map((n) => n.textContent)).toEqual(['Jörg Müller', 'Anna Krüger', 'Lena Schmidt']));
  });

  it('filters cards by platform and text, and warns when active collaborations exceed the Settings limit', async () => {
    window.location.hash = '#/campaigns/1';
    fakeCore({}, { maxActiveCollaborations: 3 });
    const user = userEvent.setup();
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline board' });
    expect(await screen.findByTestId('limit-warning')).toHaveTextContent('4 active collaborations; your limit in Settings is 3');
    await user.type(screen.getByRole('searchbox', { name: 'Filter by name or handle' }), 'anna');
    await waitFor(() => expect(board.querySelectorAll('.board-card')).toHaveLength(1));
    const shortlist = within(board).getByRole('heading', { name: 'Shortlist' }).closest('section') as HTMLElement;
    expect(within(shortlist).getByText('1/3')).toBeInTheDocument();
  });

  it('renders a German board with German stage names and formatting', async () => {
    initI18n('de');
    window.location.hash = '#/campaigns/1';
    fakeCore({}, { locale: 'de' });
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline-Board' });
    expect(within(board).getByRole('heading', { name: 'Kontaktiert' })).toBeInTheDocument();
    const shortlist = within(board).getByRole('heading', { name: 'Shortlist' }).closest('section') as HTMLElement;
    expect(norm(within(shortlist).getByText(/^Honorare:/).textContent)).toBe('Honorare: 750 €');
    expect(within(shortlist).getByText('Überfällig seit 15.01.2020')).toBeInTheDocument();
    initI18n('en');
  });
});

describe('Change announcements', () => {
  it('refreshes the board when another window or write announces a change, without a reload by hand', async () => {
    window.location.hash = '#/campaigns/1';
    let cards = CARDS;
    const bridge = fakeCore({ 'campaigns.board': () => ({ campaignId: 1, stages: STAGES, cards }) });
    render(<App />);
    const board = await screen.findByRole('region', { name: 'Pipeline board' });
    expect(within(board).queryByText('Paul Becker')).not.toBeInTheDocument();
    // another window adds a card and moves Mia Wagner back to the shortlist; the core announces it
    cards = [...applyMove(CARDS, 4, 10, 0), card(5, 11, 0, 'Paul Becker')];
    const calls = bridge.call.mock.calls.filter(([m]) => m === 'campaigns.board').length;
    act(() => bridge.emit({ type: 'data.changed', scopes: ['collaborations'] }));
    const contacted = within(board).getByRole('heading', { name: 'Contacted' }).closest('section') as HTMLElement;
    expect(await within(contacted).findByText('Paul Becker')).toBeInTheDocument();
    const shortlist = within(board).getByRole('heading', { name: 'Shortlist' }).closest('section') as HTMLElement;
    expect([...shortlist.querySelectorAll('.card-name')].map((n) => n.textContent)).toEqual(['Mia Wagner', 'Jörg Müller', 'Anna Krüger', 'Lena Schmidt']);
    expect(bridge.call.mock.calls.filter(([m]) => m === 'campaigns.board').length).toBe(calls + 1);
    // a change of a scope the board does not read leaves it alone
    act(() => bridge.emit({ type: 'data.changed', scopes: ['backups'] }));
    await tick();
    expect(bridge.call.mock.calls.filter(([m]) => m === 'campaigns.board').length).toBe(calls + 1);
  });
});

describe('Adding people', () => {
  const rows: InfluencerRow[] = [
    { id: 201, name: 'Emma Götz', platform: 'instagram', handle: 'emma.goetz', followers: 40_000, tier: 'micro', engagementRateBp: 380, erFromSheet: false, niches: ['vegan'], country: 'DE', language: 'de', campaignCount: 0, lastContactAt: null, authVerdict: 'ok', tags: [], fitScore: 86 },
    { id: 202, name: 'Kai Hofmann', platform: 'youtube', handle: 'kaihof', followers: 8_000, tier: 'micro', engagementRateBp: 510, erFromSheet: false, niches: ['fitness'], country: 'AT', language: 'de', campaignCount: 1, lastContactAt: null, authVerdict: 'ok', tags: [], fitScore: 41 },
  ];

  it('lists candidates by fit, adds the selected ones and shows skipped people and the over-limit warning', async () => {
    window.location.hash = '#/campaigns/1';
    const bridge = fakeCore({
      'influencers.list': () => ({ total: 2, rows }),
      'collaborations.add': () => ({ added: [5], skipped: [{ influencerId: 202, reason: 'already_in_campaign' }], active: 13, limit: 12 }),
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Pipeline board' });
    await user.click(screen.getByRole('button', { name: 'Add influencers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add influencers to the campaign' });
    await within(dialog).findByText('Emma Götz');
    expect(bridge.call).toHaveBeenCalledWith('influencers.list', expect.objectContaining({ notInCampaignId: 1, fitCampaignId: 1, sort: 'fit', dir: 'desc' }));
    expect(within(dialog).getByRole('progressbar', { name: 'Fit score 86 of 100' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Select Emma Götz' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Select Kai Hofmann' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 2' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('collaborations.add', { campaignId: 1, influencerIds: [201, 202] }));
    expect(await within(dialog).findByText('More active collaborations than planned')).toBeInTheDocument();
    expect(within(dialog).getByText('Kai Hofmann (already in the campaign)')).toBeInTheDocument();
  });
});

describe('Campaign list', () => {
  it('shows phase tabs with counts and hides archived campaigns until their tab is chosen', async () => {
    window.location.hash = '#/campaigns';
    const bridge = fakeCore();
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Frühjahr 2027')).toBeInTheDocument();
    expect(bridge.call).toHaveBeenCalledWith('campaigns.list', expect.objectContaining({ includeArchived: true }));
    expect(screen.getByText('Weihnachts-Challenge')).toBeInTheDocument();
    expect(screen.queryByText('Sommer 2025')).not.toBeInTheDocument();
    await user.click(screen.getByText('Archived'));
    expect(await screen.findByText('Sommer 2025')).toBeInTheDocument();
    expect(screen.queryByText('Frühjahr 2027')).not.toBeInTheDocument();
    await user.click(screen.getByText('Planned'));
    expect(await screen.findByText('Weihnachts-Challenge')).toBeInTheDocument();
  });
});
