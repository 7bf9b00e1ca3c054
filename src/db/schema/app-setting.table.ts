import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** Process-independent settings every app server must share (e.g. the generated cookie secret). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
