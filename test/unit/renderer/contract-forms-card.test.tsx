// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { UnsavedChangesDialog } from '../../../src/renderer/src/components/UnsavedChangesDialog';
import { useUnsavedQuestion } from '../../../src/renderer/src/lib/unsaved';
import { CodesTab } from '../../../src/renderer/src/features/campaigns/card/CodesTab';
import { LinksTab } from '../../../src/renderer/src/features/campaigns/card/LinksTab';
import { TemplatesModal } from '../../../src/renderer/src/features/campaigns/card/TemplatesModal';
import { SaveTemplateModal } from '../../../src/renderer/src/features/briefings/TemplatePicker';
import { EditCampaignModal } from '../../../src/renderer/src/features/campaigns/EditCampaignModal';
import type { CampaignDetail, CollaborationDetail, EmailTemplateDto } from '../../../src/shared/contract';

/**
 * The card's code generator and link builder, the click counts, the e-mail template editor, the briefing
 * template name and the campaign's UTM rules check what they would send with the contract's own schema
 * (lib/contractForm.ts): a value the core would refuse shows at its field in German and nothing is sent; the
 * corrected value is sent. Closing a dialog with unsaved input asks, like the other dialogs.
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
  links: [{ id: 31, url: 'https://shop.example.de/?utm_source=instagram', clicks: 12 }],
  attachments: [],
};

const CAMPAIGN: CampaignDetail = {
  id: 1,
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

const OWN: EmailTemplateDto = { id: '12', name: 'Erstkontakt kurz', language: 'de', subject: 'Hallo', body: 'Hallo {{vorname}},', builtin: false, followUpDays: [], followUpTemplateId: null };

function fakeCore() {
  return installFakeBridge({
    'codes.suggest': () => ok({ code: 'JOERG15', taken: false }),
    'codes.add': () => ok({ id: 1 }),
    'links.build': (input: { baseUrl?: string }) => ok({ url: `${input.baseUrl ?? 'https://shop.example.de/'}?utm_source=instagram` }),
    'links.add': () => ok({ id: 32 }),
    'links.update': () => ok({ id: 31 }),
    'outreach.templates': () => ok([OWN]),
    'outreach.preview': () => ok({ subject: 'Hallo', body: 'Hallo Jörg,', unknown: [] }),
    'outreach.updateTemplate': () => ok({ id: OWN.id }),
    'briefings.saveTemplate': () => ok({ id: 'own:1' }),
    'campaigns.update': () => ok({ id: CAMPAIGN.id }),
    'campaigns.get': () => ok(CAMPAIGN),
    'campaigns.list': () => ok([]),
    'campaigns.utmRules': () => ok({ campaignId: CAMPAIGN.id, rules: {}, defaults: { source: '{{kanal}}', medium: 'influencer', campaign: '{{kampagne}}', content: '{{handle}}' } }),
    'campaigns.utmPreview': () => ok({ changes: [], sample: 'https://shop.example.de/?utm_source=instagram' }),
  });
}
const calledWith = (bridge: ReturnType<typeof fakeCore>, method: string) => bridge.call.mock.calls.some(([m]) => m === method);

beforeEach(() => {
  initI18n('de');
  useUnsavedQuestion.setState({ question: null });
});

// userEvent types key by key; on a loaded machine that takes a while
vi.setConfig({ testTimeout: 60_000 });

describe('the card drawer\'s add panels checked by the contract before sending (German)', () => {
  it('code generator: a pattern and a code the core would refuse show their German messages at the fields, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<CodesTab detail={CARD} onChanged={() => {}} />);
    const pattern = await screen.findByLabelText(/^Muster/);
    await user.clear(pattern);
    await user.click(pattern);
    await user.paste('{HANDLE}'.repeat(8)); // 64 characters, the core takes 60
    await user.click(screen.getByRole('button', { name: 'Vorschlagen' }));
    expect(await screen.findByText('Zu lang (höchstens 60 Zeichen).')).toBeInTheDocument();
    expect(pattern).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'codes.suggest')).toBe(false);

    await user.clear(pattern);
    await user.paste('{HANDLE}{PERCENT}');
    await user.click(screen.getByRole('button', { name: 'Vorschlagen' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('codes.suggest', { collaborationId: CARD.id, pattern: '{HANDLE}{PERCENT}', percent: 15 }));
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(code).toHaveValue('JOERG15'));
    expect(screen.getByLabelText('Rabatttext')).toHaveValue('15 % Rabatt');

    // a code shorter than the core takes
    await user.clear(code);
    await user.type(code, 'ab');
    await user.click(screen.getByRole('button', { name: 'Code hinzufügen' }));
    expect(await screen.findByText('Zu kurz (mindestens 3 Zeichen).')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'codes.add')).toBe(false);

    await user.type(code, 'c15');
    await user.click(screen.getByRole('button', { name: 'Code hinzufügen' }));
    await waitFor(() =>
      expect(bridge.call).toHaveBeenCalledWith('codes.add', { collaborationId: CARD.id, code: 'ABC15', discountDescription: '15 % Rabatt', validFrom: null, validTo: null }),
    );
  });

  it('link builder: a base URL and a link the core would refuse show „Keine gültige Webadresse (https://…).“ at the field, nothing is sent', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    shell(<LinksTab detail={CARD} onChanged={() => {}} baseUrl={null} />);
    const base = await screen.findByLabelText(/^Basis-URL/);
    await user.click(base);
    await user.paste('shop.example.de');
    await user.click(screen.getByRole('button', { name: 'UTM-Link erstellen' }));
    expect(await screen.findByText('Keine gültige Webadresse (https://…).')).toBeInTheDocument();
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'links.build')).toBe(false);

    await user.clear(base);
    await user.paste('https://shop.example.de/');
    await user.click(screen.getByRole('button', { name: 'UTM-Link erstellen' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('links.build', { collaborationId: CARD.id, baseUrl: 'https://shop.example.de/' }));
    const link = screen.getByLabelText('Link');
    await waitFor(() => expect(link).toHaveValue('https://shop.example.de/?utm_source=instagram'));

    // the link itself, edited by hand into something the core would refuse
    await user.clear(link);
    await user.paste('kein-link');
    await user.click(screen.getByRole('button', { name: 'Link speichern' }));
    expect(await screen.findByText('Keine gültige Webadresse (https://…).')).toBeInTheDocument();
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'links.add')).toBe(false);

    await user.clear(link);
    await user.paste('https://shop.example.de/?utm_source=tiktok');
    await user.click(screen.getByRole('button', { name: 'Link speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('links.add', { collaborationId: CARD.id, url: 'https://shop.example.de/?utm_source=tiktok' }));
  });

  it('click count: a number the field cannot take is not sent; one the core refuses shows its German message at the field; a corrected one is sent', async () => {
    const bridge = fakeCore();
    // the core refuses the first count it gets (as for a rule of its own) by its field and kind of problem
    let refused = false;
    const update = bridge.call.getMockImplementation()!;
    bridge.call.mockImplementation(async (method: string, input: unknown) => {
      if (method !== 'links.update' || refused) return update(method, input);
      refused = true;
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'clicks: Too big', field: 'clicks', details: { issue: 'too_big', origin: 'number', maximum: 100000 } } };
    });
    const user = userEvent.setup();
    shell(<LinksTab detail={CARD} onChanged={() => {}} baseUrl="https://shop.example.de/" />);
    const clicks = await screen.findByLabelText('Klicks');
    await user.clear(clicks);
    await user.type(clicks, '99999999999999999');
    await user.tab();
    expect(await screen.findByText('Diese Zahl ist zu groß.')).toBeInTheDocument();
    expect(calledWith(bridge, 'links.update')).toBe(false);

    await user.clear(clicks);
    await user.type(clicks, '340000');
    await user.tab();
    expect(await screen.findByText('Höchstens 100.000.')).toBeInTheDocument();
    expect(clicks).toHaveAttribute('aria-invalid', 'true');

    await user.clear(clicks);
    await user.type(clicks, '340');
    await user.tab();
    await waitFor(() => expect(bridge.call).toHaveBeenLastCalledWith('links.update', { id: 31, clicks: 340 }));
    await waitFor(() => expect(screen.queryByText('Höchstens 100.000.')).not.toBeInTheDocument());
  });
});

describe('the template dialogs checked by the contract before sending (German)', () => {
  it('e-mail template: a blank name and follow-ups out of order show their German messages, nothing is sent; closing unsaved asks', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    const onClose = vi.fn();
    shell(<TemplatesModal opened onClose={onClose} collaborationId={CARD.id} language="de" onChanged={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Nachrichtenvorlagen' });
    await user.click(await within(dialog).findByText('Erstkontakt kurz'));
    const name = within(dialog).getByLabelText('Name');
    await waitFor(() => expect(name).toHaveValue('Erstkontakt kurz'));
    await user.clear(name);
    const days = within(dialog).getByLabelText(/^Nachfassen nach/);
    await user.type(days, '10, 5');
    await user.click(within(dialog).getByRole('button', { name: 'Vorlage speichern' }));
    expect(await within(dialog).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Jede Nachfass-Mail kommt nach der vorigen (z. B. 5, 10).')).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'outreach.updateTemplate')).toBe(false);

    // closing with the changes unsaved asks
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    const question = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(question).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(onClose).not.toHaveBeenCalled();

    await user.type(name, 'Erstkontakt');
    await user.clear(days);
    await user.type(days, '5, 10');
    await user.click(within(dialog).getByRole('button', { name: 'Vorlage speichern' }));
    await waitFor(() =>
      expect(bridge.call).toHaveBeenCalledWith('outreach.updateTemplate', { id: 12, name: 'Erstkontakt', language: 'de', subject: 'Hallo', body: 'Hallo {{vorname}},', followUpDays: [5, 10], followUpTemplateId: null }),
    );
  });

  it('briefing template: a blank name shows „Pflichtfeld.“ at the field, nothing is sent; closing with a name typed asks', async () => {
    const bridge = fakeCore();
    const user = userEvent.setup();
    const onClose = vi.fn();
    shell(<SaveTemplateModal opened onClose={onClose} campaignId={CAMPAIGN.id} language="de" goal="launch" />);
    const dialog = await screen.findByRole('dialog', { name: 'Dieses Briefing als Vorlage speichern' });
    const name = within(dialog).getByLabelText('Name der Vorlage');
    await user.type(name, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Als Vorlage speichern' }));
    expect(await within(dialog).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'briefings.saveTemplate')).toBe(false);

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(question).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(onClose).not.toHaveBeenCalled();

    await user.clear(name);
    await user.type(name, 'Launch kurz');
    await user.click(within(dialog).getByRole('button', { name: 'Als Vorlage speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('briefings.saveTemplate', { name: 'Launch kurz', language: 'de', goal: 'launch', fromCampaignId: CAMPAIGN.id }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});

describe('UTM patterns not applied are unsaved changes of the edit-campaign dialog (form.isDirty())', () => {
  it('closing with a pattern typed asks; discarding closes; saving the campaign beside it asks before closing', async () => {
    const bridge = fakeCore();
    const onClose = vi.fn();
    const user = userEvent.setup();
    shell(<EditCampaignModal campaign={CAMPAIGN} opened onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Kampagne bearbeiten' });
    const medium = await within(dialog).findByRole('textbox', { name: 'utm_medium' });
    await user.type(medium, 'creator');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    const question = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    // the patterns are applied by their own review, so the question offers keep or discard
    expect(within(question).queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(medium).toHaveValue('creator');

    // the campaign's own save: sent, then the question before the patterns would be lost
    await user.type(within(dialog).getByLabelText('Produkt'), 'n');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('campaigns.update', expect.objectContaining({ id: CAMPAIGN.id, product: 'Hafer-Riegeln' })));
    const again = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(again).getByRole('button', { name: 'Verwerfen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(calledWith(bridge, 'campaigns.setUtmRules')).toBe(false);
  });
});
