// @vitest-environment jsdom
import './setup';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/shared/envelope';
import { describeError, jobError, notifyError } from '../../../src/renderer/src/api/errors';
import { initI18n } from '../../../src/renderer/src/i18n';
import { dispatchAppEvent } from '../../../src/renderer/src/lib/sync';
import '../../../src/renderer/src/lib/jobsStore';

/**
 * Issue 13: a failed background job (reset, shop import, batch PDF, spreadsheet import) is shown by its key in the
 * user's language — never the core's English text, also when the job named no key.
 */
const ENGLISH = /background task|Nothing was changed|Something went wrong|disk is full|rows that cannot be read/i;

beforeAll(() => {
  initI18n('de');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('job failures in German', () => {
  it('the reset toast shows the keyed message, and a generic German one without a key', () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('x');
    dispatchAppEvent({ type: 'job.progress', jobId: 'j1', kind: 'workspace.reset', done: 1, total: 4, phase: 'seed' });
    dispatchAppEvent({ type: 'job.finished', jobId: 'j1', kind: 'workspace.reset', ok: false, message: 'The disk is full. Free some space.', errorKey: 'storage.STORAGE_FULL' });
    dispatchAppEvent({ type: 'job.progress', jobId: 'j2', kind: 'workspace.reset', done: 1, total: 4, phase: 'seed' });
    dispatchAppEvent({ type: 'job.finished', jobId: 'j2', kind: 'workspace.reset', ok: false, message: 'The background task failed. Nothing was changed.' });
    const messages = show.mock.calls.map((c) => String(c[0].message));
    expect(messages).toEqual([
      'Der Datenträger ist voll. Schaffe etwas Platz und versuche es erneut; es wurde nichts geändert.',
      'Die Hintergrundaufgabe ist fehlgeschlagen. Es wurde nichts geändert.',
    ]);
    for (const m of messages) expect(m).not.toMatch(ENGLISH);
  });

  it('a failed shop import or spreadsheet job reads its key and parameters (imports.job → jobError)', () => {
    const state = { status: 'failed', message: 'This file would lose 12 rows that cannot be read.', errorKey: 'imports.lostRowsUnconfirmed', errorParams: { rows: 12 } };
    const text = describeError(jobError(state)).message;
    expect(text).toContain('12');
    expect(text).not.toMatch(ENGLISH);
    expect(describeError(jobError({ message: 'The background task ended with code 3. Nothing was changed.', errorKey: 'jobs.exited', errorParams: { code: 3 } })).message).toBe(
      'Die Hintergrundaufgabe endete mit Code 3. Es wurde nichts geändert.',
    );
  });

  it('an unexpected failure of the batch PDF export (INTERNAL, no key) is a German toast', () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('x');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    notifyError(new ApiError({ code: 'INTERNAL', message: 'Something went wrong. The details were written to the log.' }));
    const shown = show.mock.calls[0]![0];
    expect(String(shown.message)).toBe('Etwas ist schiefgelaufen. Die Einzelheiten stehen im Protokoll.');
    expect(String(shown.title)).not.toMatch(ENGLISH);
  });
});
