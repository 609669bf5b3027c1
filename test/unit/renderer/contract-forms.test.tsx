// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { UnsavedChangesDialog } from '../../../src/renderer/src/components/UnsavedChangesDialog';
import { CreateInfluencerModal } from '../../../src/renderer/src/features/influencers/CreateInfluencerModal';
import { EditCampaignModal } from '../../../src/renderer/src/features/campaigns/EditCampaignModal';
import { useUnsavedQuestion } from '../../../src/renderer/src/lib/unsaved';
import { OverviewTab } from '../../../src/renderer/src/features/campaigns/card/OverviewTab';
import { SampleForm } from '../../../src/renderer/src/features/campaigns/card/SamplesTab';
import { PostForm } from '../../../src/renderer/src/features/campaigns/card/ContentTab';
import { storyDraftOf } from '../../../src/renderer/src/features/campaigns/card/StoryFields';
import { StageDialog } from '../../../src/renderer/src/features/campaigns/board/StageDialog';
import { AddPeopleModal } from '../../../src/renderer/src/features/campaigns/AddPeopleModal';
import { UtmRulesSection } from '../../../src/renderer/src/features/campaigns/UtmRulesSection';
import type { CampaignDetail, CollaborationDetail, InfluencerRow, StageDto } from '../../../src/shared/contract';

/**
 * The forms check what they would send with the contract's own schema (lib/contractForm.ts): a value the core
 * would refuse shows at its field in German, and nothing is sent; form.isDirty() decides the close question.
 */

// jsdom has no font loading; the autosizing text areas listen for it.
if (!(document as { fonts?: unknown }).fonts) Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {} } });

function shell(children: ReactNode) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider theme={theme}>
        {children}
        <UnsavedChangesDialog />
      </MantineProvider>
    </I18nextProvider>,
  );
}

const CAMPAIGN: CampaignDetail = {
  id: 7,
  name: 'Herbst-Launch',
  goal: 'launch',
  product: 'Hafer-Riegel',
  phase: 'planned',
  startDate: null,
  endDate: null,
  budgetMinor: 0,
  currency: 'EUR',
  collaborations: 0,
  costMinor: 0,
  revenueMinor: 0,
  disclosureText: '#werbung',
  baseUrl: null,
  notes: '',
  targetKpis: {},
  targetAudience: null,
  stages: [],
};

function fakeCore() {
  return installFakeBridge({
    'influencers.create': () => ok({ id: 1 }),
    'influencers.list': () => ok({ total: 0, rows: [] }),
    'campaigns.update': () => ok({ id: CAMPAIGN.id }),
    'campaigns.get': () => ok(CAMPAIGN),
    'campaigns.list': () => ok([]),
    'collaborations.update': () => ok({ id: CARD.id, moved: [] }),
    'samples.save': () => ok({ id: 1 }),
    'posts.save': () => ok({ id: 1, disclosurePresent: true }),
    'campaigns.utmRules': () => ok({ campaignId: CAMPAIGN.id, rules: {}, defaults: { source: '{{kanal}}', medium: 'influencer', campaign: '{{kampagne}}', content: '{{handle}}' } }),
    'campaigns.utmPreview': () => ok({ changes: [], sample: 'https://shop.example.de/?utm_source=instagram' }),
    'campaigns.setUtmRules': () => ok({ campaignId: CAMPAIGN.id, regenerated: 0 }),
    'stages.add': () => ok({ id: 20 }),
    'stages.rename': () => ok({ id: 13 }),
    'collaborations.add': (input: { influencerIds: number[] }) => ok({ added: input.influencerIds, skipped: [], active: input.influencerIds.length, limit: 1000 }),
  });
}
const CARD: CollaborationDetail = {
  id: 7,
  campaignId: 1,
  campaignName: 'Herbst-Launch',
  campaignCurrency: 'EUR',
  stageId: 13,
  position: 0,
  influencer: { id: 70, name: 'Jörg Müller', email: 'joerg@example.de', platform: 'instagram', handle: 'joerg.mueller', followers: 24_000, tier: 'micro', engagementRateBp: 380 },
  channelId: 1,
  type: 'sponsored_post',
  feeMinor: 25_000,
  productValueMinor: 0,
  commissionBp: 0,
  currency: 'EUR',
  paymentStatus: 'invoiced',
  invoicedOn: '2026-03-01',
  paidOn: null,
  invoiceNumber: null,
  vatRateBp: null,
  ksk: false,
  paymentDueOn: null,
  startDate: null,
  contactedAt: null,
  notes: '',
  deliverables: [],
  history: [],
  codes: [],
  links: [],
  attachments: [],
};

const calledWith = (bridge: ReturnType<typeof fakeCore>, method: string) => bridge.call.mock.calls.some(([m]) => m === method);

beforeEach(() => {
  initI18n('de');
  useUnsavedQuestion.setState({ question: null });
});

// userEvent types key by key (as the number fields need); on a loaded machine that takes a while
vi.setConfig({ testTimeout: 60_000 });

describe('forms checked by the contract before sending (German)', () => {
  it('create influencer: an e-mail the core would refuse shows „Keine gültige E-Mail-Adresse.“ at the field and nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<CreateInfluencerModal opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Influencer anlegen' });
    const email = within(dialog).getByLabelText('E-Mail');
    await user.click(email);
    await user.paste('lena(at)example');
    await user.click(within(dialog).getByRole('button', { name: 'Influencer anlegen' }));

    expect(await within(dialog).findByText('Keine gültige E-Mail-Adresse.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // the empty name is flagged too, by the same key the core's error uses
    expect(within(dialog).getByText('Pflichtfeld.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'influencers.create')).toBe(false);

    // corrected, it is sent as typed
    await user.click(within(dialog).getByLabelText(/^Name/));
    await user.paste('Lena Berg');
    await user.clear(email);
    await user.paste('lena@example.de');
    expect(within(dialog).queryByText('Keine gültige E-Mail-Adresse.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Influencer anlegen' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('influencers.create', expect.objectContaining({ name: 'Lena Berg', email: 'lena@example.de' })));
  });

  it('create influencer: an unreadable number stops the save and gets the focus', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<CreateInfluencerModal opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Influencer anlegen' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Lena Berg');
    await user.type(within(dialog).getByLabelText('Handle'), 'lena.berg');
    const followers = within(dialog).getByLabelText('Follower');
    await user.type(followers, '1.234,56');
    await user.click(within(dialog).getByRole('button', { name: 'Influencer anlegen' }));
    await waitFor(() => expect(followers).toHaveFocus());
    expect(calledWith(bridge, 'influencers.create')).toBe(false);
  });

  it('edit campaign: a base URL and a follower range the core would refuse show their German messages, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<EditCampaignModal campaign={CAMPAIGN} opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Kampagne bearbeiten' });
    const url = within(dialog).getByLabelText(/Basis-URL für Tracking-Links/);
    await user.click(url);
    await user.paste('shop.example.de');
    await user.type(within(dialog).getByLabelText('Follower ab'), '5000');
    await user.type(within(dialog).getByLabelText('Follower bis'), '1000');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(await within(dialog).findByText('Keine gültige Webadresse (https://…).')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('„Follower ab“ liegt über „Follower bis“.')).toBeInTheDocument();
    expect(calledWith(bridge, 'campaigns.update')).toBe(false);
  });
  it('card overview: an invoice number longer than the core takes shows „Zu lang (höchstens 60 Zeichen).“ at the field, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<OverviewTab detail={CARD} onSaved={() => {}} />);
    const invoice = await screen.findByLabelText('Rechnungsnummer');
    await user.click(invoice);
    await user.paste('R'.repeat(61));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Zu lang (höchstens 60 Zeichen).')).toBeInTheDocument();
    expect(invoice).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'collaborations.update')).toBe(false);

    await user.type(invoice, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('collaborations.update', expect.objectContaining({ id: CARD.id, invoiceNumber: 'R'.repeat(60) })));
  });
  it('sample shipment: an unnamed item and a too long tracking number show their German messages at the fields, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    const blank = { items: [{ name: '', quantity: 1, valueMinor: null }], shippingCostMinor: null, carrier: '', trackingNumber: '', status: 'planned' as const, shippedOn: '', deliveredOn: '', returnedOn: '', notes: '' };
    shell(<SampleForm initial={blank} collaborationId={CARD.id} currency="EUR" onCancel={() => {}} onSaved={() => {}} />);
    const tracking = await screen.findByLabelText('Sendungsnummer');
    await user.click(tracking);
    await user.paste('1Z'.repeat(41));
    await user.click(screen.getByRole('button', { name: 'Sendung speichern' }));

    expect(await screen.findByText('Zu lang (höchstens 80 Zeichen).')).toBeInTheDocument();
    expect(tracking).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Pflichtfeld.')).toBeInTheDocument();
    expect(screen.getByLabelText('Artikel')).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'samples.save')).toBe(false);

    await user.type(screen.getByLabelText('Artikel'), 'Hafer-Riegel');
    await user.clear(tracking);
    await user.paste('1Z999');
    await user.click(screen.getByRole('button', { name: 'Sendung speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('samples.save', expect.objectContaining({ collaborationId: CARD.id, trackingNumber: '1Z999', items: [{ name: 'Hafer-Riegel', quantity: 1, valueMinor: 0 }] })));
  });
  it('post: a link the core would refuse and an override without its note show their German messages at the fields, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    const counts = { reach: null, impressions: null, views: null, likes: null, comments: null, shares: null, saves: null, clicks: null };
    const blank = { platform: 'instagram' as const, kind: 'reel' as const, url: '', postedAt: '2026-03-12', caption: '', mode: 'auto' as const, note: '', counts, story: storyDraftOf(null) };
    shell(<PostForm initial={blank} collaborationId={CARD.id} rules={{ campaignLabel: '#werbung' }} onCancel={() => {}} onSaved={() => {}} />);
    const url = await screen.findByLabelText('Link zum Beitrag');
    await user.click(url);
    await user.paste('kein-link');
    await user.click(screen.getByRole('radio', { name: 'Vorhanden' }));
    // blanks only: the browser's "required" lets it through, the contract (trimmed) does not
    await user.type(screen.getByLabelText(/Warum du von Hand entscheidest/), '   ');
    await user.click(screen.getByRole('button', { name: 'Beitrag speichern' }));

    expect(await screen.findByText('Keine gültige Webadresse (https://…).')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Sag, warum du die Werbekennzeichnung von Hand festlegst.')).toBeInTheDocument();
    expect(calledWith(bridge, 'posts.save')).toBe(false);

    await user.clear(url);
    await user.paste('instagram.com/reel/abc');
    await user.type(screen.getByLabelText(/Warum du von Hand entscheidest/), 'Im Video gesagt');
    await user.click(screen.getByRole('button', { name: 'Beitrag speichern' }));
    await waitFor(() =>
      expect(bridge.call).toHaveBeenCalledWith('posts.save', expect.objectContaining({ url: 'https://instagram.com/reel/abc', disclosurePresent: true, disclosureNote: 'Im Video gesagt' })),
    );
  });
});

describe('the board\'s dialogs checked by the contract before sending (German)', () => {
  const STAGE: StageDto = { id: 13, key: null, name: 'Longlist', position: 0 };

  it('stage dialog: a blank name shows „Pflichtfeld.“ at the field (add and rename), nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    const view = shell(<StageDialog state={{ mode: 'add', index: 1 }} campaignId={CAMPAIGN.id} stages={[STAGE]} onClose={() => {}} />);
    const add = await screen.findByRole('dialog', { name: 'Neue Phase' });
    const name = within(add).getByLabelText('Name der Phase');
    await user.type(name, '   ');
    await user.click(within(add).getByRole('button', { name: 'Phase hinzufügen' }));
    expect(await within(add).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'stages.add')).toBe(false);

    await user.type(name, 'Nachfassen');
    await user.click(within(add).getByRole('button', { name: 'Phase hinzufügen' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('stages.add', { campaignId: CAMPAIGN.id, name: 'Nachfassen', index: 1 }));

    view.rerender(
      <I18nextProvider i18n={getI18n()}>
        <MantineProvider theme={theme}>
          <StageDialog state={{ mode: 'rename', stage: STAGE }} campaignId={CAMPAIGN.id} stages={[STAGE]} onClose={() => {}} />
          <UnsavedChangesDialog />
        </MantineProvider>
      </I18nextProvider>,
    );
    const rename = await screen.findByRole('dialog', { name: 'Phase umbenennen' });
    const renamed = within(rename).getByLabelText('Name der Phase');
    await waitFor(() => expect(renamed).toHaveValue('Longlist'));
    await user.clear(renamed);
    await user.click(within(rename).getByRole('button', { name: 'Speichern' }));
    expect(await within(rename).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(calledWith(bridge, 'stages.rename')).toBe(false);
  });

  it('add people: more than the 500 people the core takes at once shows „Höchstens 500.“, nothing is sent', async () => {
    const person = (id: number): InfluencerRow => ({
      id,
      name: `Person ${id}`,
      platform: 'instagram',
      handle: `p${id}`,
      followers: 1_000,
      tier: 'nano',
      engagementRateBp: 300,
      erFromSheet: false,
      niches: [],
      country: null,
      language: null,
      campaignCount: 0,
      lastContactAt: null,
      authVerdict: 'ok',
      tags: [],
      fitScore: null,
    });
    // three searches of up to 200 (the dialog's limit): 200 + 200 + 101 people
    const ranges: Record<string, [number, number]> = { a: [1, 200], b: [201, 400], c: [401, 501] };
    const bridge = installFakeBridge({
      'influencers.list': (input: { search?: string }) => {
        const [from, to] = ranges[input.search ?? ''] ?? [0, -1];
        const rows = Array.from({ length: to - from + 1 }, (_, i) => person(from + i));
        return ok({ total: rows.length, rows });
      },
      'collaborations.add': (input: { influencerIds: number[] }) => ok({ added: input.influencerIds, skipped: [], active: 1, limit: 1000 }),
    });
    const user = userEvent.setup();
    const onClose = vi.fn();
    shell(<AddPeopleModal campaignId={CAMPAIGN.id} opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Influencer zur Kampagne hinzufügen' });
    const search = within(dialog).getByLabelText('Nach Name, Handle oder Tag suchen');
    for (const [term, [, last]] of Object.entries(ranges)) {
      // plain events and text/label queries: userEvent and role queries over 200 rows are slow in jsdom on a loaded machine
      fireEvent.change(search, { target: { value: term } });
      await within(dialog).findByText(`Person ${last}`, {}, { timeout: 30_000 });
      fireEvent.click(within(dialog).getByLabelText('Alle angezeigten auswählen'));
    }
    await user.click(await within(dialog).findByText('501 hinzufügen'));
    expect(await within(dialog).findByText('Höchstens 500.')).toBeInTheDocument();
    expect(calledWith(bridge, 'collaborations.add')).toBe(false);
    expect(onClose).not.toHaveBeenCalled();

    // one less, and they are added
    fireEvent.click(within(dialog).getByLabelText('Person 501 auswählen'));
    await user.click(within(dialog).getByText('500 hinzufügen'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const sent = bridge.call.mock.calls.find(([m]) => m === 'collaborations.add')![1] as { influencerIds: number[] };
    expect(sent.influencerIds).toHaveLength(500);
  }, 180_000);

  it('UTM rules: a pattern longer than the core takes shows „Zu lang (höchstens 200 Zeichen).“ at the field, neither review nor save is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<UtmRulesSection campaignId={CAMPAIGN.id} />);
    const medium = await screen.findByRole('textbox', { name: 'utm_medium' });
    await user.click(medium);
    await user.paste('m'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Regeln übernehmen…' }));

    expect(await screen.findByText('Zu lang (höchstens 200 Zeichen).')).toBeInTheDocument();
    expect(medium).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog', { name: 'Neue UTM-Regeln übernehmen' })).not.toBeInTheDocument();
    expect(calledWith(bridge, 'campaigns.setUtmRules')).toBe(false);
    expect(bridge.call.mock.calls.some(([m, input]) => m === 'campaigns.utmPreview' && JSON.stringify(input).includes('m'.repeat(201)))).toBe(false);

    await user.clear(medium);
    await user.paste('creator');
    await user.click(screen.getByRole('button', { name: 'Regeln übernehmen…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Neue UTM-Regeln übernehmen' });
    await user.click(within(confirm).getByRole('button', { name: 'Regeln speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('campaigns.setUtmRules', { campaignId: CAMPAIGN.id, rules: { medium: 'creator' } }));
  });
});

describe('form.isDirty() decides the unsaved-changes question', () => {
  it('closes an untouched form at once, asks after a change, and not again once the change is undone', async () => {
    fakeCore();
    const onClose = vi.fn();
    const user = userEvent.setup();
    shell(<EditCampaignModal campaign={CAMPAIGN} opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Kampagne bearbeiten' });
    const cancel = within(dialog).getByRole('button', { name: 'Abbrechen' });

    await user.click(cancel);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Ungespeicherte Änderungen' })).not.toBeInTheDocument();

    const product = within(dialog).getByLabelText('Produkt');
    await user.type(product, 'n');
    await user.click(cancel);
    const question = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(question).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(product).toHaveValue('Hafer-Riegeln');

    await user.type(product, '{Backspace}');
    await user.click(cancel);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
