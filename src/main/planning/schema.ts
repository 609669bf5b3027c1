import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';
import { collaborations } from '../collaborations/schema';

/**
 * What the user did about one row of the Today view: snoozed it until a day, or sent a reminder (the row rests
 * for the follow-up days, the funnel shows when). `itemKey` names the row, e.g. `sample:12`, `answer:7`.
 */
export const followUps = sqliteTable('follow_ups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemKey: text('item_key').notNull().unique(),
  collaborationId: integer('collaboration_id').references(() => collaborations.id, { onDelete: 'cascade' }),
  /** Hidden from Today until this day (exclusive); null = not snoozed. */
  snoozedUntil: text('snoozed_until'),
  /** Day of the last reminder sent, in the app time zone; null = none. */
  remindedOn: text('reminded_on'),
  reminders: integer('reminders').notNull().default(0),
  ...timestamps,
});
