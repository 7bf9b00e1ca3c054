import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

import type { TProgramId } from '@/domain/programs';

import { institutions } from './institution.table';

/**
 * One call for applications: a program's intake year, optionally at one host. Windows are
 * whole Beijing days (R-GEN-TIME: a deadline day closes at 24:00 Beijing time). What else the
 * documents leave to each year or host (quotas, amounts, vacations, agencies) lives in
 * `settings`, validated by the call-settings schema before it is saved.
 */
export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    programId: text('program_id').$type<TProgramId>().notNull(),
    intakeYear: integer('intake_year').notNull(),
    hostId: text('host_id').references(() => institutions.id),
    opensOn: date('opens_on', { mode: 'string' }),
    closesOn: date('closes_on', { mode: 'string' }),
    isPublished: boolean('is_published').notNull().default(false),
    settings: jsonb('settings').notNull().default({}),
    /** Bumped on every edit: an officer's save is refused if someone else saved in between. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('calls_program_idx').on(t.programId, t.intakeYear)],
);
