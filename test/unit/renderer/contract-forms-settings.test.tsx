// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { useUnsavedQuestion } from '../../../src/renderer/src/lib/unsaved';
import { UnsavedChangesDialog } from '../../../src/renderer/src/components/UnsavedChangesDialog';
import { GeneralSettingsCard } from '../../../src/renderer/src/features/settings/GeneralSettingsCard';
import { KpiSettingsSection } from '../../../src/renderer/src/features/settings/KpiSettingsSection';
import { ChecksCard } from '../../../src/renderer/src/features/settings/ChecksCard';
import { PaymentsCard } from '../../../src/renderer/src/features/settings/PaymentsCard';
import { ExchangeRates } from '../../../src/renderer/src/features/settings/ExchangeRates';
import { SavedFiltersButton } from '../../../src/renderer/src/features/influencers/DirectoryActions';
import { EraseModal } from '../../../src/renderer/src/features/influencers/EraseModal';
import { useDirectoryStore } from '../../../src/renderer/src/features/influencers/store';
import { DEFAULT_SETTINGS, type InfluencerDetail, type Settings } from '../../../src/shared/contract';

/**
 * The Settings forms, the directory's saved-filter name and the erase confirmation check what they would send with
 * the contract's own schema (lib/contractForm.ts, the form's own rules in front: lib/formRules.ts), like the forms
 * in contract-forms.test.tsx: a value the core would refuse shows at its field in German, and nothing is sent.
 */

function shell(children: ReactNode) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        <UnsavedChangesDialog />
      </MantineProvider>
    </I18nextProvider>,
  );
}

beforeEach(() => {
  initI18n('de');
  useUnsavedQuestion.setState({ question: null });
  queryClient.clear();
});

// userEvent types key by key (as the number fields need); on a loaded machine that takes a while
vi.setConfig({ testTimeout: 60_000 });

describe('Settings, saved filter and erasing checked by the contract before sending (German)', () => {
  const SETTINGS: Settings = { ...DEFAULT_SETTINGS, locale: 'de' };
  function settingsCore() {
    let settings = SETTINGS;
    return installFakeBridge({
      'settings.get': () => ok(settings),
      'settings.update': (patch: Partial<Settings>) => {
        settings = { ...settings, ...patch };
        return ok(settings);
      },
      'exchangeRates.list': () => ok([]),
      'exchangeRates.set': (input: { currency: string; month: string; rate: string }) => ok(input),
      'savedFilters.list': () => ok([]),
      'savedFilters.save': () => ok({ id: 1 }),
      'influencers.facets': () => ok({ niches: [], countries: [], languages: [], tags: [] }),
      'campaigns.list': () => ok([]),
      'influencers.erase': () => ok({ id: 70, name: 'Jörg Müller' }),
    });
  }
  const calledWith = (bridge: ReturnType<typeof settingsCore>, method: string) => bridge.call.mock.calls.some(([m]) => m === method);
  const sent = (bridge: ReturnType<typeof settingsCore>, method: string) => bridge.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input);

  it('general settings: Macro below Micro shows „Die Stufen müssen wachsen …“ at Macro, nothing is sent; corrected, it is', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    shell(<GeneralSettingsCard settings={SETTINGS} />);
    const macro = await screen.findByLabelText('Macro ab');
    await user.clear(macro);
    await user.type(macro, '500');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));

    expect(await screen.findByText('Die Stufen müssen wachsen: Micro < Macro < Mega.')).toBeInTheDocument();
    expect(macro).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'settings.update')).toBe(false);

    await user.clear(macro);
    await user.type(macro, '50.000');
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('settings.update', expect.objectContaining({ tierThresholds: { micro: 1_000, macro: 50_000, mega: 1_000_000 } })));
  });

  it('KPI settings: a window over the 365 days the core takes shows „Höchstens 365.“ at the field, nothing is sent; corrected, it is', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    shell(<KpiSettingsSection />);
    const days = await screen.findByLabelText('Tage nach dem Ende, die noch zählen');
    await user.clear(days);
    // Enter sends the form from the field, as typed
    await user.type(days, '400{Enter}');

    expect(await screen.findByText('Höchstens 365.')).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'settings.update')).toBe(false);

    await user.clear(days);
    await user.type(days, '21');
    await user.click(screen.getByRole('button', { name: 'KPI-Einstellungen speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('settings.update', expect.objectContaining({ kpiWindowDays: 21, kpiAttribution: 'equalSplit' })));
  });

  it('checks: an emptied position shows „Mindestens 1.“ at the field, nothing is sent; corrected, it is', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    shell(<ChecksCard settings={SETTINGS} />);
    const position = await screen.findByLabelText(/Werbekennzeichnung innerhalb der ersten/);
    await user.clear(position);
    await user.click(screen.getByRole('button', { name: 'Prüfungen speichern' }));

    expect(await screen.findByText('Mindestens 1.')).toBeInTheDocument();
    expect(position).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'settings.update')).toBe(false);

    await user.type(position, '5');
    await user.click(screen.getByRole('button', { name: 'Prüfungen speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('settings.update', { disclosureMaxPosition: 5, noPostAfterDays: 14, noAnswerAfterDays: 7 }));
  });

  it('payments: payment terms over 365 days show „Höchstens 365.“ at the field, nothing is sent; corrected, they are', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    shell(<PaymentsCard settings={SETTINGS} />);
    const terms = await screen.findByLabelText('Zahlungsziel (Tage nach Rechnung)');
    await user.clear(terms);
    await user.type(terms, '400{Enter}');

    expect(await screen.findByText('Höchstens 365.')).toBeInTheDocument();
    expect(terms).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'settings.update')).toBe(false);

    await user.clear(terms);
    await user.type(terms, '30');
    // The card's own button (it said „Prüfungen speichern“, the checks card's words)
    await user.click(screen.getByRole('button', { name: 'Zahlungseinstellungen speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('settings.update', { paymentTermsDays: 30, kskRateBp: 490 }));
  });

  it('exchange rates: a rate of 0 shows „Gib eine positive Zahl wie 0,92 ein“ at the field until corrected, nothing is sent; 0,92 is sent as 0.92', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    shell(<ExchangeRates workspaceCurrency="EUR" />);
    const rate = await screen.findByLabelText('1 USD in EUR');
    await user.type(rate, '0');
    await user.click(screen.getByRole('button', { name: 'Kurs hinzufügen' }));

    expect(await screen.findByText('Gib eine positive Zahl wie 0,92 ein')).toBeInTheDocument();
    expect(screen.getByText('Wähle einen Monat')).toBeInTheDocument();
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'exchangeRates.set')).toBe(false);

    // correcting the rate takes its message away at once
    await user.type(rate, ',92');
    expect(screen.queryByText('Gib eine positive Zahl wie 0,92 ein')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Monat' }));
    // (the picker is still fading in, so jsdom counts it as hidden)
    await user.click((await screen.findAllByRole('button', { name: /^Nov/, hidden: true }))[0]!);
    await user.click(screen.getByRole('button', { name: 'Kurs hinzufügen' }));
    await waitFor(() => expect(sent(bridge, 'exchangeRates.set')).toEqual([{ currency: 'USD', month: expect.stringMatching(/^\d{4}-11$/), rate: '0.92' }]));
  });

  it('saved filter: a name of blanks shows „Pflichtfeld.“ at the field, nothing is sent; a name is', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    useDirectoryStore.getState().replaceFilter({ niche: 'vegan' });
    shell(<SavedFiltersButton />);
    await user.click(await screen.findByRole('button', { name: 'Gespeicherte Filter' }));
    await user.click(await screen.findByRole('button', { name: 'Aktuellen Filter speichern…', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Filter speichern' });
    const name = within(dialog).getByLabelText('Name');
    await user.type(name, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(await within(dialog).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'savedFilters.save')).toBe(false);

    await user.type(name, 'Vegan DE');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('savedFilters.save', { name: '   Vegan DE', query: { niche: 'vegan' } }));
  });

  it('erasing a person: a typed name that does not match says so at the field, nothing is erased; the name is sent', async () => {
    const bridge = settingsCore();
    const user = userEvent.setup();
    const person = { id: 70, name: 'Jörg Müller' } as InfluencerDetail;
    shell(<EraseModal d={person} opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Jörg Müller endgültig löschen?' });
    const typed = within(dialog).getByLabelText('Zur Bestätigung „Jörg Müller“ eingeben');
    await user.type(typed, 'Jörg Meier');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await within(dialog).findByText('Tippe zur Bestätigung den Namen „Jörg Müller“ ein.')).toBeInTheDocument();
    expect(typed).toHaveAttribute('aria-invalid', 'true');
    expect(calledWith(bridge, 'influencers.erase')).toBe(false);

    await user.clear(typed);
    await user.type(typed, 'jörg müller ');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('influencers.erase', { id: 70, confirmName: 'jörg müller ' }));
  });
});
