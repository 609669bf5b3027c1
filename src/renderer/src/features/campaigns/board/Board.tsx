import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { ActionIcon, Text, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard, StageDto } from '../../../../../shared/contract';
import { CardBody } from './Card';
import { colId, Column, type StageAction } from './Column';
import { groupCardIds, locate, matchesFilter, sortStages, type BoardFilter, filterActive } from './model';
import { stageLabel } from './stageLabel';

export interface BoardData {
  stages: StageDto[];
  cards: BoardCard[];
}

type Columns = Record<number, number[]>;

function readCollapsed(key: string | undefined): Set<number> {
  if (!key) return new Set();
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);
  } catch {
    return new Set();
  }
}

function stageOfId(id: UniqueIdentifier, cols: Columns): number | null {
  if (typeof id === 'string' && id.startsWith('col:')) return Number(id.slice(4));
  return locate(cols, Number(id))?.stageId ?? null;
}

/**
 * The kanban board: one Column per stage. Cards move by mouse (after 5 px) or keyboard (Space, arrows, Space);
 * while dragging, the card's place is kept locally; on drop `onMove(cardId, stageId, index)` is called once
 * with the index among ALL cards of the target stage (also when a filter hides some).
 */
export function Board({
  data,
  filter,
  nicheIds,
  onMove,
  onOpen,
  onStageAction,
  onAddStage,
  collapsedKey,
}: {
  data: BoardData;
  filter?: BoardFilter;
  nicheIds?: Set<number> | null;
  onMove(cardId: number, stageId: number, index: number): void;
  onOpen(cardId: number): void;
  onStageAction(action: StageAction, stage: StageDto): void;
  onAddStage?: () => void;
  /** localStorage key under which the folded stages of this board are remembered. */
  collapsedKey?: string;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<Set<number>>(() => readCollapsed(collapsedKey));
  const setFolded = useCallback(
    (stageId: number, fold: boolean) =>
      setCollapsed((cur) => {
        const next = new Set(cur);
        if (fold) next.add(stageId);
        else next.delete(stageId);
        if (collapsedKey) localStorage.setItem(collapsedKey, JSON.stringify([...next]));
        return next;
      }),
    [collapsedKey],
  );
  const onExpand = useCallback((stageId: number) => setFolded(stageId, false), [setFolded]);
  const stageAction = useCallback(
    (action: StageAction, stage: StageDto) => (action === 'collapse' ? setFolded(stage.id, true) : onStageAction(action, stage)),
    [setFolded, onStageAction],
  );
  const stages = useMemo(() => sortStages(data.stages), [data.stages]);
  const cardsById = useMemo(() => new Map(data.cards.map((c) => [c.id, c])), [data.cards]);
  const base = useMemo(() => groupCardIds(stages, data.cards), [stages, data.cards]);
  const [drag, setDrag] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const columns = drag ?? base;

  // refs for the keyboard coordinate getter and the announcements (they run outside React's render)
  const colsRef = useRef(columns);
  colsRef.current = columns;
  const stagesRef = useRef(stages);
  stagesRef.current = stages;
  const originRef = useRef<{ stageId: number; index: number } | null>(null);
  const keyboardRef = useRef(false);

  const active = filter && filterActive(filter);
  const visible = useMemo(() => {
    if (!active || !filter) return columns;
    const out: Columns = {};
    for (const [sid, ids] of Object.entries(columns)) out[Number(sid)] = ids.filter((id) => id === activeId || matchesFilter(cardsById.get(id)!, filter, nicheIds ?? null));
    return out;
  }, [columns, active, filter, nicheIds, cardsById, activeId]);

  const coordinateGetter: KeyboardCoordinateGetter = useCallback((event, args) => {
    if (event.code === 'ArrowRight' || event.code === 'ArrowLeft') {
      event.preventDefault();
      const { active: a, droppableRects, collisionRect } = args.context;
      if (!a || !collisionRect) return undefined;
      const cur = stageOfId(a.id, colsRef.current);
      const order = stagesRef.current.map((s) => s.id);
      const next = order[order.indexOf(cur ?? -1) + (event.code === 'ArrowRight' ? 1 : -1)];
      if (next == null) return undefined;
      const rect = droppableRects.get(colId(next));
      if (!rect) return undefined;
      return { x: rect.left, y: rect.top };
    }
    return sortableKeyboardCoordinates(event, args);
  }, []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const name = (id: UniqueIdentifier) => cardsById.get(Number(id))?.influencerName ?? '';
  const where = (id: UniqueIdentifier) => {
    const loc = locate(colsRef.current, Number(id));
    const stage = stagesRef.current.find((s) => s.id === loc?.stageId);
    return {
      stage: stage ? stageLabel(stage, t) : '',
      position: (loc?.index ?? 0) + 1,
      total: loc ? (colsRef.current[loc.stageId]?.length ?? 0) : 0,
    };
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('board.a11y.pickedUp', { name: name(a.id), ...where(a.id) }),
    onDragOver: ({ active: a, over }) => (over ? t('board.a11y.movedTo', { name: name(a.id), ...where(a.id) }) : t('board.a11y.notOver', { name: name(a.id) })),
    onDragEnd: ({ active: a, over }) => (over ? t('board.a11y.dropped', { name: name(a.id), ...where(a.id) }) : t('board.a11y.cancelled', { name: name(a.id) })),
    onDragCancel: ({ active: a }) => t('board.a11y.cancelled', { name: name(a.id) }),
  };

  const onDragStart = ({ active: a, activatorEvent }: DragStartEvent) => {
    const id = Number(a.id);
    originRef.current = locate(base, id);
    keyboardRef.current = typeof KeyboardEvent !== 'undefined' && activatorEvent instanceof KeyboardEvent;
    setActiveId(id);
    setDrag({ ...base });
  };

  const onDragOver = ({ active: a, over }: DragOverEvent) => {
    if (!over) return;
    const cols = colsRef.current;
    const from = stageOfId(a.id, cols);
    const to = stageOfId(over.id, cols);
    if (from == null || to == null || from === to) return;
    const id = Number(a.id);
    const target = (cols[to] ?? []).filter((x) => x !== id);
    let index: number;
    if (typeof over.id === 'string') {
      index = keyboardRef.current ? 0 : target.length;
    } else {
      const overIndex = target.indexOf(Number(over.id));
      const r = a.rect.current.translated;
      const below = r ? r.top > over.rect.top + over.rect.height / 2 : false;
      index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
    }
    target.splice(index, 0, id);
    const next = { ...cols, [from]: (cols[from] ?? []).filter((x) => x !== id), [to]: target };
    colsRef.current = next;
    setDrag(next);
  };

  const finish = () => {
    setActiveId(null);
    setDrag(null);
    originRef.current = null;
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    const id = Number(a.id);
    let cols = colsRef.current;
    const origin = originRef.current;
    if (!over || !origin) return finish();
    const stageId = stageOfId(a.id, cols);
    if (stageId == null) return finish();
    if (typeof over.id === 'number' && over.id !== id && stageOfId(over.id, cols) === stageId) {
      const list = cols[stageId]!;
      cols = { ...cols, [stageId]: arrayMove(list, list.indexOf(id), list.indexOf(over.id)) };
    }
    const end = locate(cols, id);
    finish();
    if (end && (end.stageId !== origin.stageId || end.index !== origin.index)) onMove(id, end.stageId, end.index);
  };

  const activeCard = activeId != null ? cardsById.get(activeId) : undefined;
  // the card being dragged stays visible: its own stage is never shown folded
  const activeStage = activeId != null && originRef.current ? originRef.current.stageId : null;

  return (
    <>
      {data.cards.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm">
          {t('campaigns.board.emptyBoard')}
        </Text>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={finish}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.a11y.instructions') } }}
      >
        <div className="board" aria-label={t('campaigns.board.label')} role="region">
          {stages.map((s, i) => (
            <Column
              key={s.id}
              stage={s}
              index={i}
              stageCount={stages.length}
              ids={visible[s.id] ?? []}
              total={columns[s.id]?.length ?? 0}
              cardsById={cardsById}
              collapsed={collapsed.has(s.id) && s.id !== activeStage}
              onExpand={onExpand}
              onOpen={onOpen}
              onStageAction={stageAction}
            />
          ))}
          {onAddStage && (
            <div className="board-add-stage">
              <Tooltip label={t('stagesAdmin.add')} withArrow position="left">
                <ActionIcon variant="subtle" color="gray" size="lg" onClick={onAddStage} aria-label={t('stagesAdmin.add')}>
                  <IconPlus size={18} />
                </ActionIcon>
              </Tooltip>
            </div>
          )}
        </div>
        <DragOverlay dropAnimation={{ duration: 160, easing: 'cubic-bezier(0.2, 0, 0, 1)' }}>
          {activeCard ? (
            <div className="board-card-shell">
              <div className="board-card board-card-overlay">
                <CardBody card={activeCard} />
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </>
  );
}
