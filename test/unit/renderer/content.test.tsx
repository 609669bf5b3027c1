// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import type { CollaborationDetail, PostDto, SampleDto, StageDto } from '../../../src/shared/contract';
import { DEFAULT_STAGES } from '../../../src/shared/domain';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { CardDrawer } from '../../../src/renderer/src/features/campaigns/card/CardDrawer';
import { captionHasDisclosure, trackingUrl } from '../../../src/renderer/src/features/campaigns/card/content';
import { formatStored } from '../../../src/renderer/src/components/NumberField';
import { readTypedNumber } from '../../../src/shared/numbers-typed';
import { progressColor } from '../../../src/renderer/src/features/campaigns/CampaignKpis';
import { checkDisclosure } from '../../../src/shared/disclosure';
import { startDataSync } from '../../../src/renderer/src/lib/sync';
import { installUndoShortcut } from '../../../src/renderer/src/lib/undo';

// jsdom has no FontFaceSet; Mantine's autosize Textarea listens on it
if (!(document as { fonts?: unknown }).fonts) Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {} } });

const STAGES: StageDto[] = DEFAULT_STAGES.map((key, i) => ({ id: 10 + i, key, name: null, position: i }));

const DETAIL: CollaborationDetail = {
  id: 7,
  campaignId: 1,
  campaignName: 'Vegan Protein Launch',
  campaignCurrency: 'EUR',
  stageId: 13,
  position: 0,
  influencer: { id: 70, name: 'Jörg Müller', email: 'joerg@example.de', platform: 'instagram', handle: 'joerg.mueller', followers: 24_000, tier: 'micro', engagementRateBp: 380 },
  channelId: 1,
  type: 'product_test',
  feeMinor: 25_000,
  productValueMinor: 0,
  commissionBp: 0,
  currency: 'EUR',
  paymentStatus: 'agreed',
  invoicedOn: null,
  paidOn: null,
    invoiceNumber: null,
    vatRateBp: null,
    ksk: false,
    paymentDueOn: null,
  startDate: null,
  contactedAt: null,
  notes: '',
  deliverables: [{ id: 1, kind: 'reel', count: 1, dueDate: null, doneAt: null }],
  history: [],
  codes: [],
  links: [],
  attachments: [],
};

function post(id: number, over: Partial<PostDto> = {}): PostDto {
  const caption = over.caption ?? 'Mein Protein #werbung';
  return {
    disclosure: checkDisclosure(caption, { campaignLabel: '#werbung' }),
    disclosureOverride: null,
    disclosureNote: '',
    id,
    collaborationId: 7,
    platform: 'instagram',
    kind: 'reel',
    url: `https://www.instagram.com/reel/${id}`,
    postedAt: '2026-03-12',
    caption: 'Mein Protein #werbung',
    disclosurePresent: true,
    reach: 12_500,
    impressions: 0,
    views: 0,
    likes: 500,
    comments: 20,
    shares: 5,
    saves: 0,
    clicks: 42,
    tapsForward: 0,
    tapsBack: 0,
    replies: 0,
    stickerTaps: 0,
    frames: [],
    media: [],
    engagementRateBp: 420,
    ...over,
  };
}

type Fake = (input: never) => unknown;
function fakeCore(extra: Record<string, Fake> = {}) {
  const handlers: Record<string, Fake> = {
    'collaborations.get': () => DETAIL,
    'samples.list': () => [],
    'posts.list': () => [],
    'kpis.leaks': () => ({ rows: [], total: 0 }),
    ...extra,
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, async (input: unknown) => ok(await h(input as never))])));
}

function renderDrawer(disclosureText = '#werbung') {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>
          <Notifications />
          <CardDrawer cardId={7} stages={STAGES} baseUrl={null} disclosureText={disclosureText} onClose={() => {}} />
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const calls = (bridge: ReturnType<typeof fakeCore>, method: string) => bridge.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input as Record<string, unknown>);

beforeEach(() => {
  localStorage.clear();
  initI18n('de');
});

describe('money typed as text → minor units (the shared field parser)', () => {
  const money = (text: string, locale: 'de' | 'en') => {
    const r = readTypedNumber(text, locale, { decimals: 2 });
    return r.state === 'ok' ? r.value : r.state === 'empty' ? 0 : null;
  };
  it('parses German and English amounts without float drift', () => {
    expect(money('29,99', 'de')).toBe(2999);
    expect(money('0,07', 'de')).toBe(7);
    expect(money('4,5', 'de')).toBe(450);
    expect(money('1.299,95', 'de')).toBe(129_995);
    expect(money('1.299', 'de')).toBe(129_900);
    expect(money('29.99', 'de')).toBe(2999); // a lone point with two digits is still a decimal point
    expect(money(' 19,90 € ', 'de')).toBe(1990);
    expect(money('29.99', 'en')).toBe(2999);
    expect(money('1,299.95', 'en')).toBe(129_995);
    expect(money('£12', 'en')).toBe(1200);
    expect(money('', 'de')).toBe(0);
    // 0.1 + 0.2-style values stay exact
    expect(money('0,29', 'de')).toBe(29);
    expect(money('1234567,89', 'de')).toBe(123_456_789);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['abc', '29,999', '-5', '1,2,3', '12.34.5', '29,9x', '1.29,99']) expect(money(bad, 'de'), bad).toBeNull();
  });

  it('formats minor units back for editing', () => {
    expect(formatStored(2999, 'de', 2, true)).toBe('29,99');
    expect(formatStored(450, 'en', 2, true)).toBe('4.50');
    expect(formatStored(1200, 'de', 2, true)).toBe('12,00');
    expect(formatStored(123456, 'de', 2, true)).toBe('1.234,56');
    expect(formatStored(null, 'de', 2, true)).toBe('');
    expect(formatStored(1500, 'de', 0, true)).toBe('1.500');
  });
});

describe('tracking links and the disclosure hint', () => {
  it('links the carriers it knows when there is a number', () => {
    expect(trackingUrl('DHL', '00340434161234567890')).toBe('https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890');
    expect(trackingUrl('dpd', '01234567890123')).toContain('tracking.dpd.de');
    expect(trackingUrl('Hermes', 'H1000000000000000001')).toContain('myhermes.de');
    expect(trackingUrl('GLS', '12345678901')).toContain('gls-group.com');
    expect(trackingUrl('UPS', '1Z999AA10123456784')).toContain('ups.com');
    expect(trackingUrl('Österreichische Post', '1012345678901234567890')).toContain('post.at');
    expect(trackingUrl('DHL', '')).toBeNull();
    expect(trackingUrl('Kurier Meier', '123')).toBeNull();
  });

  it('finds #werbung/#anzeige or the campaign text as words of their own; #ad and "Kooperation" are weak in German (issue 14)', () => {
    expect(captionHasDisclosure('Lecker! #Werbung', '')).toBe(true);
    expect(captionHasDisclosure('#anzeige Mein Shake', '')).toBe(true);
    expect(captionHasDisclosure('love it #ad', '')).toBe(false);
    expect(captionHasDisclosure('love it #ad', '#ad')).toBe(true);
    expect(captionHasDisclosure('Danke @gruenfit [Kooperation]', '[Kooperation]')).toBe(false);
    expect(captionHasDisclosure('GrünFit-Test: Danke @gruenfit', 'GrünFit-Test')).toBe(true);
    expect(captionHasDisclosure('#adventskalender ist da', '')).toBe(false);
    expect(captionHasDisclosure('Mein neues Lieblings-Protein', '#werbung')).toBe(false);
  });

  it('colours target progress', () => {
    expect(progressColor(1.1)).toBe('teal');
    expect(progressColor(0.8)).toBe('yellow');
    expect(progressColor(0.3)).toBe('red');
    expect(progressColor(1.2, true)).toBe('red');
    expect(progressColor(0.5, true)).toBe('teal');
  });
});

describe('Card drawer: Samples tab', () => {
  it('sends "29,99" typed in German as 2999 minor units, with shipping, carrier and status', async () => {
    const saved: SampleDto[] = [];
    const bridge = fakeCore({
      'samples.list': () => saved,
      'samples.save': (input: Omit<SampleDto, 'id' | 'valueMinor'>) => {
        saved.push({ ...input, id: 1, valueMinor: input.items.reduce((a, i) => a + i.valueMinor * i.quantity, 0) } as SampleDto);
        return { id: 1 };
      },
    });
    const user = userEvent.setup();
    renderDrawer();
    await user.click(await screen.findByRole('tab', { name: 'Muster' }));
    expect(await screen.findByText('Noch keine Muster verschickt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sendung erfassen' }));
    const form = screen.getByTestId('sample-form');
    await user.type(within(form).getByLabelText('Artikel'), 'Vegan Protein Vanille 1 kg');
    await user.clear(within(form).getByLabelText('Menge'));
    await user.type(within(form).getByLabelText('Menge'), '2');
    await user.type(within(form).getByLabelText('Wert je Stück'), '29,99');
    expect(norm(within(form).getByTestId('sample-goods-value').textContent)).toBe('Warenwert 59,98 €');
    await user.type(within(form).getByLabelText('Versandkosten'), '4,90');
    await user.type(within(form).getByLabelText('Sendungsnummer'), '00340434161234567890');
    await user.type(within(form).getByLabelText('Versanddienstleister'), 'DHL');
    await user.click(within(form).getByText('Verschickt', { exact: true }));
    await user.click(within(form).getByRole('button', { name: 'Sendung speichern' }));

    await waitFor(() => expect(calls(bridge, 'samples.save')).toHaveLength(1));
    const sent = calls(bridge, 'samples.save')[0]!;
    expect(sent).toMatchObject({
      collaborationId: 7,
      items: [{ name: 'Vegan Protein Vanille 1 kg', quantity: 2, valueMinor: 2999 }],
      shippingCostMinor: 490,
      currency: 'EUR',
      carrier: 'DHL',
      trackingNumber: '00340434161234567890',
      status: 'shipped',
    });
    expect(sent.shippedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.id).toBeUndefined();

    // the list: value, tracking link to DHL in a new window
    const row = await screen.findByTestId('sample-row');
    expect(norm(row.textContent)).toContain('59,98 €');
    expect(within(row).getByText('Verschickt')).toBeInTheDocument();
    const link = within(row).getByRole('link', { name: /Bei DHL verfolgen/ });
    expect(link).toHaveAttribute('href', expect.stringContaining('piececode=00340434161234567890'));
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
  }, 120_000);

  it('shows a field error for an amount it cannot read and sends nothing', async () => {
    const bridge = fakeCore({ 'samples.save': () => ({ id: 1 }) });
    const user = userEvent.setup();
    renderDrawer();
    await user.click(await screen.findByRole('tab', { name: 'Muster' }));
    await user.click(await screen.findByRole('button', { name: 'Sendung erfassen' }));
    const form = screen.getByTestId('sample-form');
    await user.type(within(form).getByLabelText('Artikel'), 'Shaker');
    await user.type(within(form).getByLabelText('Wert je Stück'), '29,999');
    await user.click(within(form).getByRole('button', { name: 'Sendung speichern' }));
    // 29,999 € cannot be an amount in German; the field says it is ambiguous (29.999 € in English) instead of guessing
    expect(await within(form).findByText(/„29,999“ ist mehrdeutig/)).toBeInTheDocument();
    expect(calls(bridge, 'samples.save')).toHaveLength(0);
  }, 120_000);
});

describe('Card drawer: Content tab', () => {
  it('marks the post without disclosure with a red badge and the tab count in red', async () => {
    fakeCore({ 'posts.list': () => [post(1), post(2, { caption: 'Mein neues Lieblings-Protein', disclosurePresent: false, kind: 'story' })] });
    const user = userEvent.setup();
    renderDrawer();
    const tab = await screen.findByRole('tab', { name: /Inhalte/ });
    await waitFor(() => expect(within(tab).getByLabelText('1 Beitrag ohne Werbekennzeichnung')).toHaveTextContent('2'));
    await user.click(tab);
    const rows = await screen.findAllByTestId('post-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).queryByText('Kennzeichnung fehlt')).toBeNull();
    expect(within(rows[1]!).getByText('Kennzeichnung fehlt')).toBeInTheDocument();
    expect(rows[1]).toHaveAttribute('data-disclosure', 'missing');
    expect(screen.getByText('1 Beitrag ohne Werbekennzeichnung')).toBeInTheDocument();
    // reach, ER and clicks, German formats
    expect(norm(rows[0]!.textContent)).toContain('12,5 Tsd.');
    expect(norm(rows[0]!.textContent)).toContain('4,2 %');
    expect(within(rows[0]!).getByRole('link', { name: /Beitrag öffnen/ })).toHaveAttribute('href', 'https://www.instagram.com/reel/1');
  });

  it('hints live whether the caption carries the disclosure and lets the core decide (no disclosurePresent sent)', async () => {
    const bridge = fakeCore({ 'posts.save': () => ({ id: 5, disclosurePresent: false }) });
    const user = userEvent.setup();
    renderDrawer('[GrünFit-Test]');
    await user.click(await screen.findByRole('tab', { name: /Inhalte/ }));
    await user.click(await screen.findByRole('button', { name: 'Beitrag erfassen' }));
    const form = screen.getByTestId('post-form');
    const caption = within(form).getByRole('textbox', { name: 'Caption' });
    const hint = within(form).getByTestId('disclosure-hint');
    expect(hint).toHaveTextContent('Keine Werbekennzeichnung gefunden – ergänze [GrünFit-Test] in der Caption.');
    await user.click(caption);
    await user.paste('Danke an GrünFit [GrünFit-Test]');
    expect(hint).toHaveTextContent('Werbekennzeichnung in der Caption gefunden.');
    await user.clear(caption);
    await user.type(caption, 'Mein neues Lieblings-Protein');
    expect(hint).toHaveTextContent('Keine Werbekennzeichnung gefunden');
    await user.type(within(form).getByLabelText('Reichweite'), '50000');
    await user.type(within(form).getByLabelText('Link zum Beitrag'), 'instagram.com/reel/abc');
    await user.click(within(form).getByRole('button', { name: 'Beitrag speichern' }));
    await waitFor(() => expect(calls(bridge, 'posts.save')).toHaveLength(1));
    const sent = calls(bridge, 'posts.save')[0]!;
    expect(sent).toMatchObject({ collaborationId: 7, platform: 'instagram', kind: 'reel', caption: 'Mein neues Lieblings-Protein', reach: 50_000, url: 'https://instagram.com/reel/abc' });
    expect('disclosurePresent' in sent).toBe(false);
    expect(await screen.findByText('Beitrag gespeichert – die Werbekennzeichnung fehlt')).toBeInTheDocument();
  }, 120_000);

  it('refetches the lists when the core reports changed collaborations', async () => {
    let posts: PostDto[] = [];
    const bridge = fakeCore({ 'posts.list': () => posts });
    const stop = startDataSync();
    renderDrawer();
    const tab = await screen.findByRole('tab', { name: /Inhalte/ });
    await waitFor(() => expect(calls(bridge, 'posts.list').length).toBeGreaterThan(0));
    posts = [post(3, { disclosurePresent: false })];
    await act(async () => {
      bridge.emit({ type: 'data.changed', scopes: ['collaborations'] });
      await new Promise((r) => setTimeout(r, 20));
    });
    await waitFor(() => expect(within(tab).getByText('1')).toBeInTheDocument());
    stop();
  });
});

describe('Card drawer: Ctrl+Z', () => {
  const media = (id: number, fileName: string) => ({ id, postId: 1, fileName, mime: 'image/png', sizeBytes: 100, width: 90, height: 160, frame: null, createdAt: '2026-03-12T10:00:00.000Z', thumbDataUrl: 'data:image/png;base64,AA==' });

  it('undoes the last app action from the drawer, but leaves Ctrl+Z to a text field that has the focus', async () => {
    const bridge = fakeCore({
      'posts.list': () => [post(1, { kind: 'story', media: [media(31, 'frame-1.png'), media(32, 'frame-2.png')] })],
      'posts.removeMedia': (input: { id: number }) => ({ id: input.id, postId: 1 }),
      'posts.restoreMedia': (input: { id: number }) => ({ id: input.id, postId: 1 }),
    });
    const uninstall = installUndoShortcut();
    const user = userEvent.setup();
    try {
      renderDrawer();
      const tab = await screen.findByRole('tab', { name: /Inhalte/ });
      await user.click(tab);
      await user.click(await screen.findByRole('button', { name: 'Screenshot frame-1.png entfernen' }));
      await waitFor(() => expect(calls(bridge, 'posts.removeMedia')).toEqual([{ id: 31 }]));

      // focus on the drawer's tab (inside the dialog, not a text field): Ctrl+Z undoes the removal
      act(() => tab.focus());
      await user.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(calls(bridge, 'posts.restoreMedia')).toEqual([{ id: 31 }]));

      await user.click(screen.getByRole('button', { name: 'Screenshot frame-2.png entfernen' }));
      await waitFor(() => expect(calls(bridge, 'posts.removeMedia')).toHaveLength(2));
      // in the notes field Ctrl+Z is the field's own text undo: the app's action stays
      await user.click(screen.getByRole('tab', { name: /Überblick/ }));
      const notes = await screen.findByRole('textbox', { name: 'Notizen' });
      await user.click(notes);
      await user.keyboard('{Control>}z{/Control}');
      expect(calls(bridge, 'posts.restoreMedia')).toHaveLength(1);
      // the stage picker is a read-only input (no text to undo): Ctrl+Z there undoes the app's last action
      const stage = screen.getAllByLabelText('Phase').find((el) => el.tagName === 'INPUT')!;
      expect(stage).toHaveAttribute('readonly');
      act(() => stage.focus());
      await user.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(calls(bridge, 'posts.restoreMedia')).toEqual([{ id: 31 }, { id: 32 }]));
    } finally {
      uninstall();
    }
  }, 60_000);
});
