import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

import { applications } from './application.table';
import { users } from './user.table';

/**
 * An admission officer's decision on one point of a submitted application at screening: a
 * finder reason marked "review" confirmed or overridden, or a missing letter waived
 * (R-GEN-REFEREE). `reasonKey` names the point: the finder reason's code, or `letter:<referee
 * id>`. Each carries the officer's written reason; the audit log keeps the history.
 */
export const screeningDecisions = pgTable(
  'screening_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reasonKey: text('reason_key').notNull(),
    decision: text('decision').$type<'confirmed' | 'overridden' | 'waived'>().notNull(),
    note: text('note').notNull(),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('screening_decisions_unique').on(t.applicationId, t.reasonKey)],
);

/**
 * R-GEN-EDIT: an officer returned a locked application for a named correction with a new short
 * deadline; the applicant may edit and resubmit until `dueAt`.
 */
export const applicationReturns = pgTable(
  'application_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    correction: text('correction').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    returnedByUserId: uuid('returned_by_user_id')
      .notNull()
      .references(() => users.id),
    returnedAt: timestamp('returned_at', { withTimezone: true }).notNull(),
    resubmittedAt: timestamp('resubmitted_at', { withTimezone: true }),
  },
  (t) => [index('application_returns_app_idx').on(t.applicationId)],
);

/**
 * R-CSC-APPLY: a CSC bilateral application is nominated or declined by the dispatching
 * authority it was filed under (country and agency number) before the host screens it.
 */
export const nominations = pgTable('nominations', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  decision: text('decision').$type<'nominated' | 'declined'>().notNull(),
  reason: text('reason').notNull(),
  countryCode: text('country_code').notNull(),
  agencyNumber: text('agency_number').notNull(),
  decidedByUserId: uuid('decided_by_user_id')
    .notNull()
    .references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
});
