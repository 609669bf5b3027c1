// @vitest-environment jsdom
import './setup';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ErText, ErValue } from '../../../src/renderer/src/components/ErValue';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';

/** Issue 13: an ER taken from a sheet is marked (badge and tooltip) apart from an ER computed from the averages. */
function show(channel: Parameters<typeof ErValue>[0]['channel']) {
  initI18n('de');
  return render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider>
        <ErValue channel={channel} prefix="ER" />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('ER source marker (German)', () => {
  it('marks the sheet ER with "Tabelle" and explains it in a tooltip', async () => {
    const { container } = show({ engagementRateBp: 210, sheetErBp: 210, avgLikes: 0, avgComments: 0, avgShares: 0 });
    const el = container.querySelector('[data-er-source]')!;
    expect(el).toHaveAttribute('data-er-source', 'sheet');
    expect(el.textContent!.replace(/\s/g, ' ')).toContain('ER 2,1 %');
    expect(screen.getByText('Tabelle')).toBeInTheDocument();
    await userEvent.setup().hover(el);
    expect(await screen.findByText(/Aus einer importierten Tabelle übernommen/)).toBeInTheDocument();
  });

  it('leaves a computed ER unmarked, also when the sheet gave one but averages are known', () => {
    const { container } = show({ engagementRateBp: 320, sheetErBp: 210, avgLikes: 300, avgComments: 20, avgShares: 0 });
    const el = container.querySelector('[data-er-source]')!;
    expect(el).toHaveAttribute('data-er-source', 'computed');
    expect(el.textContent!.replace(/\s/g, ' ')).toBe('ER 3,2 %');
    expect(screen.queryByText('Tabelle')).toBeNull();
  });
});

describe('ER source marker in a directory row (compact)', () => {
  it('shows the sheet icon with the same tooltip, and nothing for a computed ER', async () => {
    initI18n('de');
    const { container } = render(
      <I18nextProvider i18n={getI18n()}>
        <MantineProvider>
          <div data-testid="sheet">
            <ErText bp={210} fromSheet compact />
          </div>
          <div data-testid="computed">
            <ErText bp={320} fromSheet={false} compact />
          </div>
        </MantineProvider>
      </I18nextProvider>,
    );
    const sheet = container.querySelector('[data-testid="sheet"] [data-er-source]')!;
    expect(sheet).toHaveAttribute('data-er-source', 'sheet');
    expect(sheet.getAttribute('aria-label')).toMatch(/^2,1\s%, Tabelle$/);
    expect(screen.queryByText('Tabelle')).toBeNull(); // compact: icon only
    expect(container.querySelector('[data-testid="computed"] [data-er-source]')).toHaveAttribute('data-er-source', 'computed');
    await userEvent.setup().hover(sheet);
    expect(await screen.findByText(/Aus einer importierten Tabelle übernommen/)).toBeInTheDocument();
  });
});
