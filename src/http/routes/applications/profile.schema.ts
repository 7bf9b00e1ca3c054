import { z } from 'zod';

import { zText, ZText } from '@/contracts/text.schema';

import { isCountryCode } from '@/domain/countries/countries';
import { isPlainDate } from '@/domain/dates';

import { ZNext } from '../account/account.schema';

const name = (required: 'errors.family_name_required' | 'errors.given_names_required') =>
  zText({ error: required })
    .trim()
    .min(1, { error: required })
    .max(100, { error: 'errors.name_too_long' });
const country = (key: 'errors.nationality_required' | 'errors.passport_country_required') =>
  z.string({ error: key }).trim().toUpperCase().refine(isCountryCode, { error: key });

export const ZProfileForm = z.object({
  familyName: name('errors.family_name_required'),
  givenNames: name('errors.given_names_required'),
  nameZh: z.preprocess(
    (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v),
    ZText.trim().max(50).nullable(),
  ),
  nationality: country('errors.nationality_required'),
  birthOn: z
    .string({ error: 'errors.birth_date_required' })
    .trim()
    .refine(isPlainDate, { error: 'errors.date_invalid' }),
  gender: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.enum(['female', 'male', 'other']).nullable(),
  ),
  passportNumber: z
    .string({ error: 'errors.passport_number_required' })
    .trim()
    .regex(/^[A-Za-z0-9 -]{5,20}$/, { error: 'errors.passport_number_required' }),
  passportCountry: country('errors.passport_country_required'),
  consent: z.literal('on', { error: 'errors.consent_required' }),
  next: ZNext,
});

/** `GET /applicant/profile?next=…&saved=1`: where to go after saving; `saved` shows the notice. */
export const ZProfileQuery = z.object({
  next: ZNext,
  saved: z.string().optional().catch(undefined),
});
