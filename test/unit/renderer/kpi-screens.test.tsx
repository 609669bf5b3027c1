// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { DEFAULT_SETTINGS, type KpiFigures } from '../../../src/shared/contract';
import { getI18n, initI18n, setLocale } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { queryClient, useApiQuery } from '../../../src/renderer/src/lib/query';
import { startDataSync } from '../../../src/renderer/src/lib/sync';
import { KpiGrid } from '../../../src/renderer/src/components/kpi/KpiGrid';
import { Funnel } from '../../../src/renderer/src/components/kpi/Funnel';
import { formatterFor } from '../../../src/renderer/src/lib/format';

function wrap(ui: ReactNode) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>{ui}</MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const zero = { feesMinor: 0, productValueMinor: 0, shippingMinor: 0, commissionMinor: 0, unconverted: [] };
const figures: KpiFigures = {
  currency: 'EUR',
  erBasis: 'followers',
  attribution: 'equalSplit',
  posts: 2,
  reach: 10_000,
  impressions: 12_000,
  views: 0,
  followers: 50_000,
  engagements: 500,
  engagementRateBp: 100,
  clicks: 0,
  ctrBp: 0,
  conversions: 0,
  conversionRateBp: null,
  revenueMinor: 0,
  revenueUnconverted: [{ currency: 'USD', minor: 123_400 }],
  aovMinor: null,
  costMinor: 50_000,
  cost: { ...zero, feesMinor: 50_000 },
  cpmMinor: 4167,
  cpeMinor: 100,
  cpcMinor: null,
  cpaMinor: null,
  roasBp: 0,
  roiBp: -10_000,
  emvMinor: null,
  leaks: { orders: 0, revenueMinor: 0, revenueUnconverted: [] },
};

beforeEach(async () => {
  initI18n('en');
  await setLocale('en');
  queryClient.clear();
});

describe('server state of the KPI screens', () => {
  function Revenue() {
    const q = useApiQuery('kpis.collaboration', { collaborationId: 1 }, { scopes: ['redemptions'] });
    return <p data-testid="v">{q.data ? q.data.figures.revenueMinor : 'loading'}</p>;
  }

  it('refetches a query when data.changed names a scope it reads, and only then', async () => {
    let revenue = 100;
    const { call, emit } = installFakeBridge({
      'kpis.collaboration': () => ok({ collaborationId: 1, figures: { ...figures, revenueMinor: revenue } }),
    });
    const stop = startDataSync();
    wrap(<Revenue />);
    await waitFor(() => expect(screen.getByTestId('v')).toHaveTextContent('100'));
    const calls = () => call.mock.calls.filter(([m]) => m === 'kpis.collaboration').length;
    expect(calls()).toBe(1);
    revenue = 250;
    act(() => emit({ type: 'data.changed', scopes: ['influencers'] }));
    await new Promise((r) => setTimeout(r, 30));
    expect(calls()).toBe(1);
    act(() => emit({ type: 'data.changed', scopes: ['redemptions'] }));
    await waitFor(() => expect(screen.getByTestId('v')).toHaveTextContent('250'));
    expect(calls()).toBe(2);
    act(() => emit({ type: 'data.changed', scopes: ['all'] }));
    await waitFor(() => expect(calls()).toBe(3));
    stop();
  });
});

describe('KPI tiles', () => {
  it('show a dash where the divisor is 0, amounts without a rate apart, the ER basis, and the rule on demand', async () => {
    installFakeBridge({ 'settings.get': () => ok({ ...DEFAULT_SETTINGS, kpiWindowDays: 14 }) });
    wrap(<KpiGrid figures={figures} />);
    expect(screen.getByTestId('kpi-cpa-value')).toHaveTextContent('–');
    expect(screen.getByTestId('kpi-cpc-value')).toHaveTextContent('–');
    expect(screen.getByTestId('kpi-aov-value')).toHaveTextContent('–');
    expect(norm(screen.getByTestId('kpi-revenue').textContent)).toContain('+ 1,234.00 USD without a rate');
    expect(screen.getByTestId('kpi-revenue-value')).toHaveTextContent('€0');
    expect(screen.getByTestId('kpi-er')).toHaveTextContent('ER (followers)');
    expect(screen.getByTestId('kpi-er-value')).toHaveTextContent('1%');
    expect(screen.getByTestId('kpi-emv')).toHaveTextContent('Set your CPM in Settings');

    // the window rule with the days from Settings
    await waitFor(() => expect(screen.getByTestId('kpi-conversions')).toBeInTheDocument());
    await userEvent.click(within(screen.getByTestId('kpi-conversions')).getByRole('button', { name: 'How is Orders computed?' }));
    // (jsdom runs no transitions: the popover is in the document but not "visible")
    const popover = await screen.findByRole('dialog', { hidden: true });
    await waitFor(() => expect(popover).toHaveTextContent('until 14 days after the end date'));
    expect(popover).toHaveTextContent('How is Orders computed');
    expect(popover).toHaveTextContent('Every order counts once.');
  });

  it('in German: comma decimals and the amount without a rate in German', async () => {
    await setLocale('de');
    installFakeBridge({ 'settings.get': () => ok(DEFAULT_SETTINGS) });
    wrap(<KpiGrid figures={figures} />);
    expect(norm(screen.getByTestId('kpi-revenue').textContent)).toContain('+ 1.234,00 USD ohne Kurs');
    expect(norm(screen.getByTestId('kpi-cpm-value').textContent)).toBe('41,67 €');
    expect(screen.getByTestId('kpi-er')).toHaveTextContent(/ER \(Follower/);
  });
});

describe('Funnel', () => {
  it('shows the share of the step before through fmt.percentBp at one precision, as the figures table does', async () => {
    await setLocale('de');
    const fmt = formatterFor('de');
    wrap(
      <Funnel
        fmt={fmt}
        ariaLabel="Funnel"
        stepLabel={(p) => getI18n().t('funnel.ofBefore', { percent: p })}
        steps={[
          { key: 'shipped', label: 'Verschickt', value: 9 },
          { key: 'delivered', label: 'Zugestellt', value: 8 },
          { key: 'posted', label: 'Gepostet', value: 0 },
        ]}
      />,
    );
    // 8 of 9 = 88,888… %: the same "88,9 %" as fmt.percentBp(8889) on the figures, never "88,89 %"
    expect(norm(screen.getByTestId('funnel-delivered').textContent)).toContain(`${norm(fmt.percentBp(8889))} der vorigen Stufe`);
    expect(norm(screen.getByTestId('funnel-delivered').textContent)).toContain('88,9 % der vorigen Stufe');
    expect(screen.getByTestId('funnel-delivered').textContent).not.toContain('88,89');
    expect(norm(screen.getByTestId('funnel-posted').textContent)).toContain('0 % der vorigen Stufe');
  });
});
