import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { campaigns } from '../campaigns/schema';
import { collaborations } from '../collaborations/schema';
import { influencers } from '../influencers/schema';
import { getSettings } from '../settings/service';
import { DomainError } from '../../shared/envelope';
import { checkDisclosure, marketOf, type DisclosureRules, type DisclosureVerdict } from '../../shared/disclosure';

/**
 * The rules a caption of one collaboration is checked by: the campaign's own label, the audience (the person's
 * content language, else the label's language) and the position from Settings. The rules themselves live in
 * src/shared/disclosure.ts so the card's form shows the same verdict while typing.
 */
export function disclosureRulesFor(db: Db, collaborationId: number): Required<DisclosureRules> {
  const row = db
    .select({ label: campaigns.disclosureText, language: influencers.language })
    .from(collaborations)
    .innerJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
    .innerJoin(influencers, eq(influencers.id, collaborations.influencerId))
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${collaborationId} not found`, { field: 'collaborationId', key: 'collaborations.notFound', params: { id: collaborationId } });
  return { campaignLabel: row.label, market: marketOf(row.language, row.label), maxPosition: getSettings(db).disclosureMaxPosition };
}

/** What counts for a post: a manual override wins over the caption check. */
export function disclosureCounts(verdict: DisclosureVerdict, override: boolean | null | undefined): boolean {
  return override ?? verdict.ok;
}

export { checkDisclosure };
