import { addDays, isoWeekOf } from '../../../../shared/time';

export type CalendarView = 'month' | 'week';

/** The days a view shows around `anchor`: whole ISO weeks (Monday first) covering its month, or its week. */
export function visibleDays(view: CalendarView, anchor: string): string[] {
  const first = view === 'month' ? `${anchor.slice(0, 7)}-01` : anchor;
  const start = isoWeekOf(first).monday;
  const end = view === 'month' ? isoWeekOf(lastOfMonth(anchor)).monday : start;
  const days: string[] = [];
  for (let d = start; d <= addDays(end, 6); d = addDays(d, 1)) days.push(d);
  return days;
}

export function lastOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return addDays(`${m === 12 ? y! + 1 : y}-${String(m === 12 ? 1 : m! + 1).padStart(2, '0')}-01`, -1);
}

/** One step back or forward: a month (to the 1st) or a week. */
export function shift(view: CalendarView, anchor: string, dir: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * dir);
  const [y, m] = anchor.split('-').map(Number);
  const idx = y! * 12 + (m! - 1) + dir;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}
