// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StartupReminder } from '../../../src/renderer/src/features/today/StartupReminder';
import { initI18n, setLocale } from '../../../src/renderer/src/i18n';

function core(counts: { postsDueThisWeek: number; overdue: number; followUp: number }) {
  return installFakeBridge({
    'today.list': () => ok({ counts, rows: [] }),
    'today.claimStartupReminder': () => ok({ show: true }),
    'today.notify': () => ok({ shown: true }),
  });
}

function mount() {
  render(
    <MantineProvider>
      <Notifications />
      <StartupReminder locale="de" />
    </MantineProvider>,
  );
}

describe('the start-up reminder', () => {
  beforeEach(() => {
    initI18n('de');
    notifications.clean(); // the notifications' store is global: the earlier case's reminder (same id) goes
  });

  it('with no post due, the headline does not repeat the count the line below gives („6 überfällig“ twice)', async () => {
    const bridge = core({ postsDueThisWeek: 0, overdue: 6, followUp: 3 });
    mount();
    expect(await screen.findByTestId('startup-reminder')).toHaveTextContent('6 überfällig, 3 nachfassen');
    expect(screen.getByText('Heute zu tun')).toBeInTheDocument();
    expect(screen.queryByText('6 überfällig')).not.toBeInTheDocument();
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('today.notify', { title: 'Heute zu tun', body: '6 überfällig, 3 nachfassen' }));
  });

  it('with posts due this week, they are the headline', async () => {
    const bridge = core({ postsDueThisWeek: 3, overdue: 1, followUp: 2 });
    mount();
    expect(await screen.findByText('3 Beiträge diese Woche fällig')).toBeInTheDocument();
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('today.notify', { title: '3 Beiträge diese Woche fällig', body: '1 überfällig, 2 nachfassen' }));
  });

  it('shown in German, it speaks English once the language is switched to English (no German left on screen)', async () => {
    core({ postsDueThisWeek: 0, overdue: 6, followUp: 3 });
    mount();
    expect(await screen.findByTestId('startup-reminder')).toHaveTextContent('6 überfällig, 3 nachfassen · Heute öffnen');
    await act(() => setLocale('en'));
    expect(await screen.findByText('To do today')).toBeInTheDocument();
    expect(screen.getByTestId('startup-reminder')).toHaveTextContent('6 overdue, 3 to follow up · Open Today');
    expect(screen.queryByText('Heute zu tun')).not.toBeInTheDocument();
  });
});
