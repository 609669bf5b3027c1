// @vitest-environment jsdom
import { installFakeBridge, ok } from './setup';
import { render as rtlRender, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { theme } from '../../../src/renderer/src/theme';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecoveryGate } from '../../../src/renderer/src/features/recovery/RecoveryScreen';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import type { RecoveryStatus } from '../../../src/shared/contract';

/** While start-up backs the workspace up before an update, the window says so (and asks again until it is served). */
function fakeStart(states: RecoveryStatus[]) {
  let i = 0;
  return installFakeBridge({ 'recovery.status': () => ok(states[Math.min(i++, states.length - 1)]) });
}

const render = (ui: ReactNode) =>
  rtlRender(
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={getI18n()}>{ui}</I18nextProvider>
    </MantineProvider>,
  );

beforeEach(() => {
  window.location.hash = '#/';
});

describe('the starting state', () => {
  it('says in German that the workspace is being secured, then shows the app', async () => {
    initI18n('de');
    const bridge = fakeStart([
      { state: 'starting', phase: 'securing' },
      { state: 'starting', phase: 'securing' },
      { state: 'ok' },
    ]);
    render(
      <RecoveryGate>
        <p>Die App</p>
      </RecoveryGate>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Dein Arbeitsbereich wird vor dem Update gesichert …');
    expect(await screen.findByText('Die App', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(bridge.call.mock.calls.filter(([m]) => m === 'recovery.status').length).toBeGreaterThanOrEqual(3);
  });

  it('says it in English', async () => {
    initI18n('en');
    fakeStart([{ state: 'starting', phase: 'securing' }]);
    render(
      <RecoveryGate>
        <p>The app</p>
      </RecoveryGate>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Securing your workspace before the update…');
    expect(screen.queryByText('The app')).not.toBeInTheDocument();
  });

  it('says that the workspace is being checked (quick_check in a worker), in German and English', async () => {
    initI18n('de');
    fakeStart([{ state: 'starting', phase: 'checking' }]);
    const { unmount } = render(
      <RecoveryGate>
        <p>Die App</p>
      </RecoveryGate>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Arbeitsbereich wird geprüft …');
    expect(screen.queryByText('Die App')).not.toBeInTheDocument();
    unmount();
    initI18n('en');
    render(
      <RecoveryGate>
        <p>The app</p>
      </RecoveryGate>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Checking your workspace…');
  });
});
