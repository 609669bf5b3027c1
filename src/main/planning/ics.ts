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

/** The whole calendar (every dated thing of live cards and campaigns) as iCalendar text, all-day events. */
export function buildIcs(db: Db): string {
  const lang: Locale = getSettings(db).locale ?? 'en';
  const events: EventAttributes[] = calendarEvents(db, '0001-01-01', '9999-12-31').map((e) => ({
    uid: `${e.key}@kollab`,
    title: eventTitle(e, lang),
    start: day(e.date),
    end: day(addDays(e.endDate, 1)),
    categories: [e.kind],
    description: `${TEXTS[lang].campaign}: ${e.campaignName}`,
  }));
  const { error, value } = createEvents(events, { calName: 'Kollab', productId: 'kollab/calendar' });
  if (error || !value) throw error ?? new Error('the calendar could not be built');
  return value;
}

/** Writes the file next to the database: a temporary file renamed over the old one, so a reader never sees half. */
export function writeIcs(db: Db, dataDir: string): string {
  const file = icsPath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, buildIcs(db));
  fs.renameSync(tmp, file);
  return file;
}
