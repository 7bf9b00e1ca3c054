import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

import { institutions } from './institution.table';

/**
 * One call for applications: a program's year, optionally at one host. What the documents
 * leave to each year or host (window, quotas, amounts) lives in `settings`, validated by the
 * domain's call-settings schema before it is saved.
 */
export const calls = pgTable('calls', {
  id: text('id').primaryKey(),
  programId: text('program_id').notNull(),
  year: integer('year').notNull(),
  hostId: text('host_id').references(() => institutions.id),
  opensAt: timestamp('opens_at', { withTimezone: true }),
  closesAt: timestamp('closes_at', { withTimezone: true }),
  isPublished: boolean('is_published').notNull().default(false),
  settings: jsonb('settings').notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
