import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconCalendarDue, IconCheck, IconPackage, IconTruckDelivery, IconVideo } from '@tabler/icons-react';
import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CalendarEvent, CalendarKind } from '../../../../shared/contract';
import { DateField } from '../../components/DateField';
import { useFormat } from '../../lib/useFormat';


const ICONS: Record<Exclude<CalendarKind, 'phase'>, ReactNode> = {
  deadline: <IconCalendarDue size={12} />,
  post: <IconVideo size={12} />,
  shipment: <IconPackage size={12} />,
  delivery: <IconTruckDelivery size={12} />,
};

/** One thing on a day; a click shows it (open the card; a deadline gets a date to move it to). Deadlines drag, and move with Alt+arrows. */
export function EventChip({ event: e, today, onMove, onKeyMove, onDragStart, dragged }: { event: CalendarEvent; today: string; onMove(deliverableId: number, day: string): void; onKeyMove(deliverableId: number, deltaDays: number): void; onDragStart(e: PointerEvent): void; dragged(): boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const [opened, setOpened] = useState(false);
  const [date, setDate] = useState<string | null>(e.date);
  const kind = e.deliverableKind ? t(`card.kinds.${e.deliverableKind}`) : '';
  const what = t(`calendar.chip.${e.kind}`, { kind, count: e.count ?? 1 });
  const overdue = e.kind === 'deadline' && !e.done && e.date < today;
  const full = `${t(`calendar.kinds.${e.kind}`)}: ${e.person?.name ?? ''} · ${what} (${e.campaignName}), ${fmt.date(e.date)}${e.done ? ` · ${t('calendar.done')}` : ''}`;
  const movable = e.kind === 'deadline' && e.deliverableId !== undefined;

  const onKeyDown = (k: KeyboardEvent) => {
    if (!movable || !k.altKey) return;
    const delta = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[k.key];
    if (!delta) return;
    k.preventDefault();
    onKeyMove(e.deliverableId!, delta);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" trapFocus width={280}>
      <Popover.Target>
        <button
          type="button"
          className={`cal-chip cal-${e.kind}${overdue ? ' is-overdue' : ''}${e.done ? ' is-done' : ''}`}
          data-event-key={e.key}
          data-kind={e.kind}
          data-movable={movable || undefined}
          aria-label={full}
          aria-keyshortcuts={movable ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
          title={full}
          onPointerDown={(p) => movable && onDragStart(p)}
          onKeyDown={onKeyDown}
          onClick={() => !dragged() && setOpened((o) => !o)}
        >
          <span className="cal-chip-icon" aria-hidden="true">
            {e.done ? <IconCheck size={12} /> : ICONS[e.kind as Exclude<CalendarKind, 'phase'>]}
          </span>
          <span className="cal-chip-text">
            <b>{e.person?.name}</b> · {what}
          </span>
        </button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {e.person?.name} · {what}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`calendar.kinds.${e.kind}`)} · {e.campaignName} · {fmt.date(e.date)}
            {e.done ? ` · ${t('calendar.done')}` : ''}
          </Text>
          {movable && (
            <Group gap={6} align="flex-end" wrap="nowrap">
              <DateField label={t('calendar.dueDate')} value={date} onChange={setDate} clearable={false} style={{ flex: 1 }} />
              <Button
                size="sm"
                disabled={!date || date === e.date}
                onClick={() => {
                  setOpened(false);
                  if (date) onMove(e.deliverableId!, date);
                }}
              >
                {t('calendar.move')}
              </Button>
            </Group>
          )}
          {e.collaborationId !== null && (
            <Button size="xs" variant="light" onClick={() => navigate(`/campaigns/${e.campaignId}/cards/${e.collaborationId}`)}>
              {t('calendar.openCard')}
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
