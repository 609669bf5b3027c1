// @vitest-environment jsdom
import './setup';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { CollaborationDetail, StageEventDto } from '../../../src/shared/contract';
import { getI18n, initI18n } from '../../../src/renderer/src/i18n';
import { theme } from '../../../src/renderer/src/theme';
import { HistoryTab } from '../../../src/renderer/src/features/campaigns/card/HistoryTab';

const ev = (id: number, at: string, p: Partial<StageEventDto>): StageEventDto => ({
  id,
  at,
  fromStageId: null,
  toStageId: null,
  fromKey: null,
  fromName: null,
  toKey: null,
  toName: null,
  note: null,
  params: null,
  ...p,
});

const history: StageEventDto[] = [
  ev(1, '2026-11-02T09:00:00.000Z', { toStageId: 1, toKey: 'shortlist', note: 'added' }),
  ev(2, '2026-11-03T09:00:00.000Z', { fromStageId: 1, fromKey: 'shortlist', toStageId: 2, toKey: 'contacted' }),
  // What older versions recorded for a logged contact: a self-transition with the note.
  ev(3, '2026-11-04T09:00:00.000Z', { fromStageId: 2, fromKey: 'contacted', toStageId: 2, toKey: 'contacted', note: 'contacted' }),
  // A self-transition without a note says nothing happened: not shown.
  ev(4, '2026-11-05T09:00:00.000Z', { fromStageId: 2, fromKey: 'contacted', toStageId: 2, toKey: 'contacted' }),
  ev(5, '2026-11-06T09:00:00.000Z', { note: 'contacted' }),
  ev(6, '2026-11-07T09:00:00.000Z', { fromStageId: 9, fromName: 'Alt', toStageId: 2, toKey: 'contacted', note: 'stage_removed' }),
  ev(7, '2026-11-08T09:00:00.000Z', { toStageId: 2, toKey: 'contacted', note: 'restored' }),
  ev(8, '2026-11-09T09:00:00.000Z', { note: 'deadline_moved', params: { deliverableId: 3, kind: 'story', from: '2026-11-24', to: '2026-11-28' } }),
  // the update's migration set an old default 'agreed' back (drizzle/0015_fee_status_proposed.sql)
  ev(9, '2026-11-10T09:00:00.000Z', { note: 'payment_status_reset', params: { from: 'agreed', to: 'proposed' } }),
];

function show(lang: 'de' | 'en') {
  initI18n(lang);
  const detail = { history } as unknown as CollaborationDetail;
  return render(
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={getI18n()}>
        <HistoryTab detail={detail} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('card history in the user’s language', () => {
  beforeEach(async () => {
    initI18n('de');
    await getI18n().changeLanguage('de');
  });

  it('shows event kinds translated and no self-transition (German)', () => {
    const { container } = show('de');
    expect(screen.getAllByText('Angeschrieben')).toHaveLength(2);
    expect(screen.getByText('Hinzugefügt zu „Shortlist“')).toBeInTheDocument();
    expect(screen.getByText('Zurück auf dem Board in „Kontaktiert“')).toBeInTheDocument();
    expect(screen.getByText('Hierher verschoben, weil ihre Phase entfernt wurde')).toBeInTheDocument();
    const text = container.textContent ?? '';
    // Only the real move shows "Kontaktiert" after an arrow; no "Kontaktiert → Kontaktiert", no raw kinds.
    expect(screen.getAllByLabelText('nach')).toHaveLength(2);
    expect(screen.getByText('Frist verschoben von 24.11.2026 auf 28.11.2026')).toBeInTheDocument();
    expect(screen.getByText('Story')).toBeInTheDocument();
    expect(screen.getByText('Zahlungsstatus auf „Nicht vereinbart“ gesetzt (Update)')).toBeInTheDocument();
    expect(screen.getByText(/Karten von vor diesem Update hatten „Vereinbart“ als Vorgabe/)).toBeInTheDocument();
    expect(text).not.toMatch(/\b(contacted|added|restored|stage_removed|deadline_moved|payment_status_reset|proposed)\b/);
  });

  it('says the same in English', async () => {
    await getI18n().changeLanguage('en');
    show('en');
    // Two logged contacts and the stage "Contacted" as the target of two moves.
    expect(screen.getAllByText('Contacted')).toHaveLength(4);
    expect(screen.getAllByLabelText('to')).toHaveLength(2);
    expect(screen.getByText('Back on the board in “Contacted”')).toBeInTheDocument();
    expect(screen.getByText('Deadline moved from 24/11/2026 to 28/11/2026')).toBeInTheDocument();
    expect(screen.getByText('Payment status set to “Not agreed” (update)')).toBeInTheDocument();
  });
});
