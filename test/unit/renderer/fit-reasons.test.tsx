// @vitest-environment jsdom
import './setup';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { FitScore } from '../../../src/renderer/src/features/influencers/FitReasons';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import type { FitReasonDto } from '../../../src/shared/contract';

const REASONS: FitReasonDto[] = [
  { code: 'audience_country_share', params: { shareBp: 7_200, countries: ['DE', 'AT'], points: 27, maxPoints: 30 } },
  { code: 'niche_overlap', params: { matched: ['fitness'], missing: ['vegan'], points: 15, maxPoints: 30 } },
  { code: 'er_above_range', params: { erBp: 420, typicalMinBp: 150, typicalMaxBp: 350, tier: 'micro', points: 10, maxPoints: 10 } },
  { code: 'age_unknown', params: { points: 6, maxPoints: 20 } },
  { code: 'followers_outside', params: { followers: 80_000, min: 10_000, max: 50_000, points: 0, maxPoints: 10 } },
];

function renderScore(lang: 'de' | 'en') {
  initI18n(lang);
  render(
    <I18nextProvider i18n={getI18n()}>
      <MantineProvider>
        <button type="button">before</button>
        <FitScore score={64} reasons={REASONS} name="Jana Müller" />
      </MantineProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('fit score reasons in the directory', () => {
  it('German: reachable by keyboard, Enter lists every reason with its points', async () => {
    const user = renderScore('de');
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    const button = screen.getByRole('button', { name: 'Passung 64 von 100 für Jana Müller – Gründe zeigen' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByTestId('fit-reasons');
    // hidden: Mantine's dropdown transition does not finish in jsdom
    const items = (await within(list).findAllByRole('listitem', { hidden: true })).map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items).toEqual([
      'Publikum in DE, AT: 72 %27 / 30 Pkt.',
      'Nische passt: Fitness · fehlt: Vegan15 / 30 Pkt.',
      'ER 4,2 % über dem üblichen Bereich (1,5 %–3,5 %)10 / 10 Pkt.',
      'Alter des Publikums unbekannt6 / 20 Pkt.',
      'Follower außerhalb 10 Tsd.–50 Tsd. (80 Tsd.)0 / 10 Pkt.',
    ]);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('English texts for the same reasons', async () => {
    const user = renderScore('en');
    await user.click(screen.getByRole('button', { name: 'Fit 64 of 100 for Jana Müller – show why' }));
    const list = await screen.findByTestId('fit-reasons');
    expect(list).toHaveTextContent('Niche fits: Fitness · missing: Vegan');
    expect(list).toHaveTextContent('ER 4.2% above the usual range (1.5%–3.5%)');
  });
});
