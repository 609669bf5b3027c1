// @vitest-environment jsdom
import './setup';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, MergeField, MergeChoice } from '../../../src/shared/contract';
import { DuplicatesSection } from '../../../src/renderer/src/features/influencers/ImportReview';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';

/** Issue 13: a duplicate shows what the merge changes (old → new) and the user picks per field or for the whole row. */
const DUPS: ImportPreview['duplicates'] = [
  {
    row: 2,
    platform: 'instagram',
    handle: 'lea.sommer',
    name: 'Lea S.',
    existingInfluencerId: 7,
    existingName: 'Lea Sommer',
    sameFileRow: null,
    fields: [
      { field: 'followers', existing: 138_850, incoming: 12_900, choice: 'existing' },
      { field: 'engagementRate', existing: null, incoming: 210, choice: 'incoming' },
      { field: 'city', existing: 'Köln', incoming: 'Berlin', choice: 'existing' },
    ],
  },
];

type Choices = Record<number, Partial<Record<MergeField, MergeChoice>>>;
let seen: { actions: Record<number, 'merge' | 'skip'>; choices: Choices } = { actions: {}, choices: {} };

function Harness() {
  const [actions, setActions] = useState<Record<number, 'merge' | 'skip'>>({});
  const [choices, setChoices] = useState<Choices>({});
  seen = { actions, choices };
  return <DuplicatesSection duplicates={DUPS} actions={actions} onActions={setActions} choices={choices} onChoices={setChoices} />;
}

describe('merge diff of a duplicate (German)', () => {
  it('shows old → new per field with the defaults and records a choice per field and per row', async () => {
    initI18n('de');
    render(
      <I18nextProvider i18n={getI18n()}>
        <MantineProvider>
          <Harness />
        </MantineProvider>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    // choosing "merge" opens the comparison
    await user.click(screen.getByRole('radio', { name: 'Mit vorhandenem zusammenführen' }));
    const diff = await screen.findByTestId('merge-diff-2');
    const followers = within(diff).getByText('Follower').closest('tr')!;
    expect(followers).toHaveAttribute('data-choice', 'existing');
    expect(within(followers as HTMLElement).getByText('138.850')).toBeInTheDocument();
    expect(within(followers as HTMLElement).getByText('12.900')).toBeInTheDocument();
    const er = within(diff).getByText('Engagement-Rate (Tabelle)').closest('tr')!;
    expect(er).toHaveAttribute('data-choice', 'incoming');
    expect(within(er as HTMLElement).getByText('2,1 %')).toBeInTheDocument();

    // per field: take the sheet's city
    const city = within(diff).getByRole('radiogroup', { name: 'Ort, Zeile 2' });
    await user.click(within(city).getByRole('radio', { name: 'Übernehmen' }));
    expect(seen.actions).toEqual({ 2: 'merge' });
    expect(seen.choices).toEqual({ 2: { city: 'incoming' } });
    expect(within(diff).getByText('Ort').closest('tr')).toHaveAttribute('data-choice', 'incoming');

    // per row: keep everything stored
    await user.click(within(diff).getByRole('button', { name: 'Alle behalten' }));
    expect(seen.choices).toEqual({ 2: { followers: 'existing', engagementRate: 'existing', city: 'existing' } });
  });
});
