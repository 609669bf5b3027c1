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
import { GrowthSection } from '../../../src/renderer/src/features/influencers/GrowthSection';
import { BackupsCard } from '../../../src/renderer/src/features/settings/BackupsSection';
import type { BackupsOverview, InfluencerDetail } from '../../../src/shared/contract';

/**
 * The profile's dated numbers (growth) and the backups' retention check what they would send with the contract's own
 * schema (lib/contractForm.ts), like the other forms: a value the core would refuse shows at its field in German,
 * nothing is sent; corrected, it is — numbers typed key by key in the German format.
 */

function shell(children: ReactNode) {
  return render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

beforeEach(() => {
  initI18n('de');
  queryClient.clear();
});

vi.setConfig({ testTimeout: 60_000 });

const sent = (bridge: ReturnType<typeof installFakeBridge>, method: string) => bridge.call.mock.calls.some(([m]) => m === method);

describe('growth and backup retention checked by the contract before sending (German)', () => {
  it('growth: emptied followers show „Pflichtfeld.“, nothing is sent; 7.336 typed key by key is sent as 7336', async () => {
    const bridge = installFakeBridge({ 'influencers.snapshots.add': () => ok({ id: 1 }) });
    const user = userEvent.setup();
    const channel = { id: 5, platform: 'instagram', handle: 'mia.wagner', isPrimary: true, followers: 7000, avgLikes: 300, avgComments: 20, avgShares: 4, avgViews: 0, snapshots: [] };
    const person = { id: 9, name: 'Mia Wagner', channels: [channel] } as unknown as InfluencerDetail;
    shell(<GrowthSection d={person} />);
    await user.click(screen.getByRole('button', { name: 'Zahlen eintragen' }));
    // the form opens in a Collapse, visible after its next animation frame
    const form = await screen.findByRole('form', { name: 'Zahlen eintragen' });
    const followers = within(form).getByRole('textbox', { name: 'Follower' });
    expect(followers).toHaveValue('7.000');
    await user.clear(followers);
    await user.click(within(form).getByRole('button', { name: 'Zahlen speichern' }));

    expect(await within(form).findByText('Pflichtfeld.')).toBeInTheDocument();
    expect(followers).toHaveAttribute('aria-invalid', 'true');
    expect(sent(bridge, 'influencers.snapshots.add')).toBe(false);

    await user.type(followers, '7.336');
    expect(followers).toHaveValue('7.336');
    await user.click(within(form).getByRole('button', { name: 'Zahlen speichern' }));
    await waitFor(() =>
      expect(bridge.call).toHaveBeenCalledWith('influencers.snapshots.add', expect.objectContaining({ channelId: 5, followers: 7336, avgLikes: 300, avgComments: 20 })),
    );
  });

  it('backup retention: 61 days to keep show „Höchstens 60.“, nothing is sent; 10 is sent', async () => {
    const overview: BackupsOverview = { backups: [], folder: '/tmp/kollab/backups', retention: { daily: 7, weekly: 8 } };
    const bridge = installFakeBridge({
      'backups.list': () => ok(overview),
      'backups.setRetention': (r: BackupsOverview['retention']) => ok(r),
    });
    const user = userEvent.setup();
    shell(<BackupsCard />);
    await user.click(await screen.findByRole('button', { name: 'Sicherungen anzeigen' }));
    const form = await screen.findByRole('form', { name: 'Je Tag und Woche die neueste Sicherung aufbewahren, für' });
    const daily = within(form).getByRole('textbox', { name: 'Tage' });
    const save = within(form).getByRole('button', { name: 'Speichern' });
    expect(save).toBeDisabled(); // nothing changed yet
    await user.clear(daily);
    await user.type(daily, '61');
    await user.click(save);

    expect(await within(form).findByText('Höchstens 60.')).toBeInTheDocument();
    expect(daily).toHaveAttribute('aria-invalid', 'true');
    expect(sent(bridge, 'backups.setRetention')).toBe(false);

    await user.clear(daily);
    await user.type(daily, '10');
    await user.click(save);
    await waitFor(() => expect(bridge.call).toHaveBeenCalledWith('backups.setRetention', { daily: 10, weekly: 8 }));
  });
});
