import fs from 'node:fs';
import path from 'node:path';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import { addDays } from '../../shared/time';
import type { CalendarEvent, CalendarKind } from '../../shared/contract';
import type { DeliverableKind, Locale } from '../../shared/domain';
import { calendarEvents } from './calendar';

import { icsPath } from './ics-path';

export { ICS_FILE_NAME, icsPath } from './ics-path';

const TEXTS: Record<Locale, { kinds: Record<CalendarKind, string>; deliverables: Record<DeliverableKind, string>; done: string; campaign: string }> = {
  en: {
    kinds: { deadline: 'Due', post: 'Posted', shipment: 'Sample shipped', delivery: 'Sample delivered', phase: 'Campaign' },
    deliverables: { post: 'Feed post', reel: 'Reel', story: 'Story', video: 'Video', short: 'Short', live: 'Live', blog: 'Blog post' },
    done: 'done',
    campaign: 'Campaign',
  },
  de: {
    kinds: { deadline: 'Fällig', post: 'Gepostet', shipment: 'Muster versendet', delivery: 'Muster zugestellt', phase: 'Kampagne' },
    deliverables: { post: 'Feed-Post', reel: 'Reel', story: 'Story', video: 'Video', short: 'Short', live: 'Live', blog: 'Blogartikel' },
    done: 'erledigt',
    campaign: 'Kampagne',
  },
};

const day = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
};

/** One event's summary: "Due: Anja Schön – Reel (Winter-Launch)", "Campaign: Winter-Launch". */
export function eventTitle(e: CalendarEvent, lang: Locale): string {
  const t = TEXTS[lang];
  if (e.kind === 'phase') return `${t.kinds.phase}: ${e.campaignName}`;
  const what = e.deliverableKind ? ` – ${e.count && e.count > 1 ? `${e.count}× ` : ''}${t.deliverables[e.deliverableKind]}` : '';
  return `${t.kinds[e.kind]}: ${e.person?.name ?? ''}${what} (${e.campaignName})${e.done ? ` · ${t.done}` : ''}`;
}

/** What the file is made of: the language of the titles and every dated thing of live cards and campaigns. */
function icsInput(db: Db): { lang: Locale; events: CalendarEvent[] } {
  return { lang: getSettings(db).locale ?? 'en', events: calendarEvents(db, '0001-01-01', '9999-12-31') };
}

function icsText({ lang, events }: { lang: Locale; events: CalendarEvent[] }): string {
  const attrs: EventAttributes[] = events.map((e) => ({
    uid: `${e.key}@kollab`,
    title: eventTitle(e, lang),
    start: day(e.date),
    end: day(addDays(e.endDate, 1)),
    categories: [e.kind],
    description: `${TEXTS[lang].campaign}: ${e.campaignName}`,
  }));
  const { error, value } = createEvents(attrs, { calName: 'Kollab', productId: 'kollab/calendar' });
  if (error || !value) throw error ?? new Error('the calendar could not be built');
  return value;
}

/** The whole calendar (every dated thing of live cards and campaigns) as iCalendar text, all-day events. */
export function buildIcs(db: Db): string {
  return icsText(icsInput(db));
}

/** Per file: the input it was last written from (JSON), so a change that moves nothing on the calendar leaves it be. */
const written = new Map<string, string>();

/**
 * Writes the file next to the database: a temporary file renamed over the old one, so a reader never sees half.
 * When the calendar's input (events and language) is the same as at the last write and the file is still there,
 * nothing is written: the text would be the same but for its time stamp, and building it (the ics library checks
 * every event) costs ~100 ms of the thread answering the UI — e.g. inside the answer to an import's undo, which
 * announces 'influencers' and so rewrites the file at once.
 */
export function writeIcs(db: Db, dataDir: string): string {
  const file = icsPath(dataDir);
  const input = icsInput(db);
  const key = JSON.stringify(input);
  if (written.get(file) === key && fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, icsText(input));
  fs.renameSync(tmp, file);
  written.set(file, key);
  return file;
}
