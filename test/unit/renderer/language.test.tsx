// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/contract';
import { initI18n } from '../../../src/renderer/src/i18n';
import { queryClient } from '../../../src/renderer/src/lib/query';

beforeEach(() => {
  queryClient.clear();
  initI18n('en');
  window.location.hash = '#/settings';
});

describe('language', () => {
  it('applies the saved locale on start and switches immediately', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, locale: 'de' };
    const bridge = installFakeBridge({
      'settings.get': () => ok(settings),
      'settings.update': (patch: Partial<Settings>) => ok((settings = { ...settings, ...patch })),
    });
    const user = userEvent.setup();
    render(<App />);

    // Saved German setting wins over the (English) start language.
    expect(await screen.findByRole('link', { name: 'Kampagnen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'Campaigns' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Influencers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(bridge.call).toHaveBeenCalledWith('settings.update', { locale: 'en' });

    await user.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(await screen.findByRole('link', { name: 'Influencer' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('navigates with the nav links (hash routing)', async () => {
    installFakeBridge({
      'settings.get': () => ok({ ...DEFAULT_SETTINGS, locale: 'en' }),
      'influencers.list': () => ok({ total: 0, rows: [] }),
      'imports.list': () => ok([]),
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('link', { name: 'Influencers' }));
    expect(window.location.hash).toBe('#/influencers');
    expect(await screen.findByText('No influencers yet')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Imports' }));
    expect(await screen.findByText('No imports yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Imports' })).toHaveAttribute('aria-current', 'page');
  });
});
