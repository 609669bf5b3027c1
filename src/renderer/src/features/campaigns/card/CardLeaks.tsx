import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeaksTable } from '../../../components/kpi/LeaksTable';
import { useApiQuery } from '../../../lib/query';
import { SectionTitle } from './shared';

const SCOPES = ['redemptions', 'collaborations', 'campaigns', 'settings'] as const;

/** How many of this card's orders lie outside its campaign window (possible leaks); 0 while loading. */
export function useCardLeakCount(collaborationId: number | null): number {
  const q = useApiQuery('kpis.leaks', { collaborationId: collaborationId ?? 0, limit: 1 }, { scopes: SCOPES, enabled: collaborationId != null });
  return q.data?.total ?? 0;
}

/** The flag on the Codes tab: an orange count of possible leaks, named for screen readers. */
export function LeakFlag({ count }: { count: number }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <Badge size="xs" color="orange" variant="filled" px={5} aria-label={t('kpiui.leaks.count', { count })} data-testid="card-leak-flag">
      {count}
    </Badge>
  );
}

/**
 * The card's possible leaks (orders before the campaign's start or after its window), each included in the
 * KPIs one by one as on the campaign dashboard.
 */
export function CardLeaks({ collaborationId, count }: { collaborationId: number; count: number }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <div data-testid="card-leaks" style={{ marginTop: 16 }}>
      <SectionTitle>{t('kpiui.leaks.title')}</SectionTitle>
      <LeaksTable collaborationId={collaborationId} showInfluencer={false} />
    </div>
  );
}
