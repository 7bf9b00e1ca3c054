import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

import type { TRole } from '@/policies/actor';

import { institutions } from './institution.table';

export const users = pgTable('users', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  /** Stored lower-cased and trimmed; the login name. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A role held by a user, scoped where it matters: an admission officer to one host
 * institution, a program officer (and reviewers, panel chairs) to one program.
 */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<TRole>().notNull(),
    programId: text('program_id'),
    institutionId: text('institution_id').references(() => institutions.id),
    /** A dispatching authority (R-CSC-APPLY): its country (ISO alpha-2) and agency number. */
    countryCode: text('country_code'),
    agencyNumber: text('agency_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('role_assignments_unique')
      .on(t.userId, t.role, t.programId, t.institutionId, t.countryCode, t.agencyNumber)
      .nullsNotDistinct(),
    index('role_assignments_user_idx').on(t.userId),
  ],
);
