import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { users } from './user.table';

/**
 * Server-side sessions (OWASP session cheat sheet): the cookie holds a 256-bit random token,
 * the table only its SHA-256, so a leaked table cannot be replayed as cookies.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** Absolute timeout: the session dies then whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use tokens sent by email (verify the address, reset the password), stored hashed. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins, by login name (as typed, normalised; the account may not exist) and source
 * address, so throttling holds across every app server. A row is written before the password
 * is checked and deleted again when it proves right, so concurrent guesses count at once.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    /** request.ip; '' on rows from before failures were counted per address. */
    sourceAddress: text('source_address').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sign_in_failures_email_at_idx').on(t.email, t.at),
    index('sign_in_failures_source_at_idx').on(t.sourceAddress, t.at),
  ],
);

/** When an account's owner was last emailed about failed sign-ins (at most once a day). */
export const signInAlerts = pgTable('sign_in_alerts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
});
