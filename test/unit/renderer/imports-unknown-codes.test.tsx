// @vitest-environment jsdom
import { installFakeBridge, ok, norm } from './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '../../../src/shared/contract';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../../../src/renderer/src/lib/query';
import { UnknownCodes, type Assignments, type UnknownCodeRow } from '../../../src/renderer/src/features/imports/UnknownCodes';

/**
 * A file with 1,000 unknown codes: the list renders a screenful (the virtualiser keeps the rest out of the DOM),
 * and search, sort and the bulk actions work on all of them.
 */

const CODES: UnknownCodeRow[] = Array.from({ length: 1000 }, (_, i) => ({
  code: i % 10 === 0 ? `EMMA${String(i).padStart(4, '0')}` : `CODE${String(i).padStart(4, '0')}`,
  // orders 1..50 repeating, so "below 2" is every 50th code's neighbour: codes with 1 order = 20
  orders: (i % 50) + 1,
  revenueMinor: ((i * 7919) % 100_000) + 100,
  firstOrderAt: `2026-0${(i % 9) + 1}-1${i % 10}T10:00:00+02:00`,
  lastOrderAt: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+01:00`,
}));

function fakeCore() {
  const handlers: Record<string, () => unknown> = {
    'settings.get': () => ({ ...DEFAULT_SETTINGS, locale: 'en' }),
    'campaigns.list': () => [{ id: 1, name: 'Sommer-Kollektion', phase: 'active' }],
    'campaigns.board': () => ({ campaignId: 1, stages: [], cards: [{ id: 7, influencerName: 'Emma Götz', handle: 'emma.goetz', platform: 'instagram' }] }),
  };
  return installFakeBridge(Object.fromEntries(Object.entries(handlers).map(([k, h]) => [k, async () => ok(await h())])));
}

function Harness({ onChange }: { onChange: (a: Assignments) => void }) {
  return (
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme}>
          <UnknownCodes codes={CODES} currency="EUR" assign={{}} onAssign={onChange} />
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

beforeEach(() => {
  queryClient.clear();
  initI18n('en');
});

describe('Unknown codes at scale', { timeout: 90_000 }, () => {
  it('shows 1,000 codes as a screenful of rows, most orders first', () => {
    fakeCore();
    render(<Harness onChange={() => {}} />);
    const table = screen.getByRole('table', { name: /^1,?000 unknown codes$/ });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(20);
    // one picker per rendered row, not per code
    expect(within(table).getAllByRole('combobox').length).toBe(rows.length);
    // sorted by orders, descending: the first rows have 50 orders
    expect(norm(rows[0].textContent)).toMatch(/^(CODE|EMMA)\d{4}50/);
  });

  it('searches, sorts by revenue and by first order, both ways', async () => {
    fakeCore();
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    await user.type(screen.getByRole('textbox', { name: 'Search codes' }), 'emma');
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '101');
    for (const r of within(table).getAllByRole('row').slice(1)) expect(r.textContent).toContain('EMMA');

    await user.clear(screen.getByRole('textbox', { name: 'Search codes' }));
    await user.click(screen.getByRole('button', { name: 'Revenue' }));
    const top = [...CODES].sort((a, b) => b.revenueMinor - a.revenueMinor || a.code.localeCompare(b.code))[0];
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveAttribute('data-testid', `unknown-${top.code}`);
    expect(screen.getByRole('columnheader', { name: 'Revenue' })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Revenue' }));
    const low = [...CODES].sort((a, b) => a.revenueMinor - b.revenueMinor || a.code.localeCompare(b.code))[0];
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveAttribute('data-testid', `unknown-${low.code}`);

    await user.click(screen.getByRole('button', { name: 'First order' }));
    const latest = [...CODES].sort((a, b) => b.firstOrderAt!.localeCompare(a.firstOrderAt!) || a.code.localeCompare(b.code))[0];
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveAttribute('data-testid', `unknown-${latest.code}`);
  });

  it('ignores every code below N orders at once and shows what is still open', async () => {
    fakeCore();
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    const n = screen.getByRole('textbox', { name: 'Fewer orders than' });
    await user.clear(n);
    await user.type(n, '3');
    // orders 1 and 2: 2 of every 50 codes
    const expected = CODES.filter((c) => c.orders < 3).length;
    expect(expected).toBe(40);
    await user.click(screen.getByRole('button', { name: 'Ignore 40 codes' }));
    expect(screen.getByTestId('ignored-count')).toHaveTextContent('40 ignored');
    await user.click(screen.getByRole('radio', { name: 'Still open' }));
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(1000 - 40 + 1));
    await user.click(screen.getByRole('radio', { name: 'Ignored' }));
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '41');
  });

  it('assigns every code shown to one collaboration chosen by typing', async () => {
    fakeCore();
    const changes: Assignments[] = [];
    const user = userEvent.setup();
    render(<Harness onChange={(a) => changes.push(a)} />);
    await waitFor(() => expect(queryClient.getQueryData(['imports.collabDirectory'])).toHaveLength(1));
    await user.type(screen.getByRole('textbox', { name: 'Search codes' }), 'EMMA');
    const target = screen.getByRole('combobox', { name: 'Collaboration for all codes shown' });
    await user.click(target);
    await user.type(target, 'Emma');
    const list = await screen.findByRole('listbox', { name: 'Collaboration for all codes shown', hidden: true });
    await user.click(within(list).getByRole('option', { name: /Emma Götz/, hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Assign 100 codes shown' }));
    expect(changes).toHaveLength(1);
    expect(Object.keys(changes[0])).toHaveLength(100);
    expect(Object.keys(changes[0]).every((c) => c.startsWith('EMMA'))).toBe(true);
    expect(new Set(Object.values(changes[0]))).toEqual(new Set([7]));
  });
});
