import type { CampaignPhase } from '../../shared/contract';

/** A campaign's phase on `today` (a day in the app time zone: core/context.ts appToday). */
export function phaseOf(c: { archivedAt: string | null; startDate: string | null; endDate: string | null }, today: string): CampaignPhase {
  if (c.archivedAt) return 'archived';
  if (c.startDate && c.startDate > today) return 'planned';
  if (c.endDate && c.endDate < today) return 'finished';
  if (!c.startDate) return 'planned';
  return 'active';
}
