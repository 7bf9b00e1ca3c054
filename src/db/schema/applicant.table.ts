import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

import { users } from './user.table';

/**
 * The person behind an applicant account, held once and reused by every application.
 * R-GEN-IDENTITY: `identityKey` (passport number + issuing country + date of birth, normalised)
 * is what duplicate-application and double-funding checks compare, never the login email.
 */
export const applicantProfiles = pgTable(
  'applicant_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyName: text('family_name').notNull(),
    givenNames: text('given_names').notNull(),
    nameZh: text('name_zh'),
    nationality: text('nationality').notNull(),
    passportNumber: text('passport_number').notNull(),
    passportCountry: text('passport_country').notNull(),
    birthOn: date('birth_on', { mode: 'string' }).notNull(),
    gender: text('gender'),
    identityKey: text('identity_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('applicant_profiles_identity_idx').on(t.identityKey)],
);

/** Consent to the handling of personal data, with the version of the text agreed to. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    textVersion: text('text_version').notNull(),
    locale: text('locale').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consents_user_idx').on(t.userId)],
);
