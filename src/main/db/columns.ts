import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** Row timestamps: ISO-8601 UTC text written by SQLite itself (see the storage rules in src/shared/domain.ts). */
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
export const timestamps = {
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
};
