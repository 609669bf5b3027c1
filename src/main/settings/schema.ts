import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { nowIso } from '../db/columns';

/** Key/value settings; values are JSON text validated by the settings service. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(nowIso),
});
