import { Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, CalendarKind } from '../../../../shared/contract';
import { addDays } from '../../../../shared/time';
import { useFormat } from '../../lib/useFormat';
import type { CalendarView } from './calendarDates';
import { EventChip } from './EventChip';
import './calendar.css';

export const KIND_COLORS: Record<CalendarKind, string> = { deadline: 'red', post: 'teal', shipment: 'yellow', delivery: 'lime', phase: 'violet' };
const MONTH_LIMIT = 4;

/**
 * Weeks of seven days (Monday first). Phases run as bars across their days (named on the first day and on each
 * Monday); everything else is a chip on its day. Deadlines are dragged to another day, or moved with Alt+arrows.
 */
export function CalendarGrid({ view, days, month, today, events, onMove }: { view: CalendarView; days: string[]; month: string; today: string; events: CalendarEvent[]; onMove(deliverableId: number, day: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const locale = fmt.locale === 'de' ? 'de-DE' : 'en-GB';
  const [over, setOver] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const focusKey = useRef<string | null>(null);
  const [dragKey, setDragKey] = useState<string | null>(null);
  // true right after a drag ended: the click that follows the pointer-up does not open the chip
  const justDragged = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  const byDay = useMemo(() => {
    const m = new Map<string, { phases: CalendarEvent[]; items: CalendarEvent[] }>();
    for (const d of days) m.set(d, { phases: [], items: [] });
    for (const e of events) {
      if (e.kind === 'phase') {
        for (const d of days) if (d >= e.date && d <= e.endDate) m.get(d)!.phases.push(e);
      } else m.get(e.date)?.items.push(e);
    }
    return m;
  }, [days, events]);

  // a deadline moved with the keyboard keeps the focus on its new day
  useEffect(() => {
    const k = focusKey.current;
    if (!k) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-event-key="${k}"]`);
    if (el && document.activeElement !== el) {
      el.focus();
      focusKey.current = null;
    }
  }, [events]);

  const weekdays = days.slice(0, 7).map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)));
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const move = (id: number, day: string, key?: string) => {
    if (key) focusKey.current = key;
    onMove(id, day);
  };

  /** Drag with the pointer (mouse, pen, touch): the day under the pointer lights up; letting go there moves the deadline. */
  const startDrag = (ev: CalendarEvent, p: ReactPointerEvent) => {
    if (p.button !== 0 || ev.deliverableId === undefined) return;
    const x0 = p.clientX;
    const y0 = p.clientY;
    let active = false;
    const dayAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-date]')?.dataset.date ?? null;
    const onPointerMove = (m: PointerEvent) => {
      if (!active && Math.hypot(m.clientX - x0, m.clientY - y0) < 5) return;
      active = true;
      setDragKey(ev.key);
      setOver(dayAt(m.clientX, m.clientY));
    };
    const onPointerUp = (u: PointerEvent) => {
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      setOver(null);
      setDragKey(null);
      if (!active) return;
      justDragged.current = true;
      window.setTimeout(() => (justDragged.current = false), 0);
      const day = dayAt(u.clientX, u.clientY);
      if (day && day !== ev.date) move(ev.deliverableId!, day, ev.key);
    };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
  };

  return (
    <div ref={root} className={`cal cal-${view}${dragKey ? ' is-dragging' : ''}`} role="grid" aria-label={t('calendar.title')} data-testid="calendar-grid">
      <div className="cal-row cal-head" role="row">
        {weekdays.map((w) => (
          <div key={w} role="columnheader" className="cal-weekday">
            {w}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={week[0]} className="cal-row" role="row">
          {week.map((day) => {
            const cell = byDay.get(day)!;
            const limit = view === 'month' && !expanded.has(day) ? MONTH_LIMIT : Infinity;
            const shown = cell.items.slice(0, limit);
            const label = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
            return (
              <div
                key={day}
                role="gridcell"
                aria-label={label}
                data-date={day}
                className={['cal-cell', day === today ? 'is-today' : '', view === 'month' && day.slice(0, 7) !== month ? 'is-outside' : '', over === day ? 'is-over' : ''].join(' ')}
              >
                <div className="cal-daynum">
                  <Text span size="xs" fw={day === today ? 700 : 500} className={day === today ? 'cal-today-num' : undefined}>
                    {view === 'week' ? fmt.date(day) : Number(day.slice(8))}
                  </Text>
                </div>
                {cell.phases.map((p) => {
                  const named = p.date === day || day === week[0];
                  return (
                    <div key={p.key} className={`cal-phase${p.date === day ? ' is-start' : ''}${p.endDate === day ? ' is-end' : ''}`} title={`${t('calendar.kinds.phase')}: ${p.campaignName}`} data-event-key={named ? p.key : undefined}>
                      {named ? p.campaignName : '\u00a0'}
                    </div>
                  );
                })}
                <div className="cal-items">
                  {shown.map((e) => (
                    <EventChip key={e.key} event={e} today={today} onMove={(id, d) => move(id, d, e.key)} onKeyMove={(id, delta) => move(id, addDays(e.date, delta), e.key)} onDragStart={(p) => startDrag(e, p)} dragged={() => justDragged.current} />
                  ))}
                  {cell.items.length > shown.length && (
                    <button type="button" className="cal-more" onClick={() => setExpanded((s) => new Set(s).add(day))}>
                      {t('calendar.more', { count: cell.items.length - shown.length })}
                    </button>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
