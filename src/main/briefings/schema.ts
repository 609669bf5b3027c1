import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';
import { campaigns } from '../campaigns/schema';
import { collaborations } from '../collaborations/schema';

/** Briefing sections, each Markdown text. */
export type BriefingSections = Partial<
  Record<
    | 'goals'
    | 'keyMessage'
    | 'tone'
    | 'dos'
    | 'donts'
    | 'hashtags'
    | 'disclosure'
    | 'deliverables'
    | 'approval'
    | 'usageRights'
    | 'kpis'
    | 'contact'
    | 'compensation'
    | 'deadlines'
    | 'extraNotes',
    string
  >
>;

/**
 * A campaign's briefing (collaboration_id null) or one collaboration's overrides of it
 * (only the sections that differ are stored; the rest is inherited).
 */
export const briefings = sqliteTable(
  'briefings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    collaborationId: integer('collaboration_id').references(() => collaborations.id, { onDelete: 'cascade' }),
    language: text('language').notNull().default('de'),
    templateKey: text('template_key'),
    sections: text('sections', { mode: 'json' }).$type<BriefingSections>().notNull().default(sql`'{}'`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('briefings_campaign_uq').on(t.campaignId).where(sql`${t.collaborationId} IS NULL`),
    uniqueIndex('briefings_collaboration_uq').on(t.collaborationId).where(sql`${t.collaborationId} IS NOT NULL`),
  ],
);

/** User-saved briefing templates (the built-in ones live in code). */
export const briefingTemplates = sqliteTable('briefing_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  goal: text('goal'),
  collabType: text('collab_type'),
  language: text('language').notNull(),
  sections: text('sections', { mode: 'json' }).$type<BriefingSections>().notNull(),
  ...timestamps,
});
