import { z } from 'zod';

import { isPlainDate } from '@/domain/dates';

import { ZText } from './text.schema';

// What a call keeps in `calls.settings` (jsonb): the values the documents leave to each year,
// host or agency. Parsed on every read as well as on write, so a bad row fails loudly.

const ZDay = z.string().refine(isPlainDate, { error: 'errors.date_invalid' });
const ZFen = z.number().int().min(0).max(100_000_000);

export const ZDayRange = z
  .object({ from: ZDay, to: ZDay })
  .refine((r) => r.from <= r.to, { error: 'errors.range_backwards' });

export const ZBandAmounts = z.object({
  livingMonthlyFen: ZFen,
  accommodationMonthlyFen: ZFen,
  insuranceAnnualFen: ZFen,
});

/** A CSC dispatching authority and its window (R-CSC-APPLY). */
export const ZAgency = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'errors.country_invalid' }),
  name: ZText.trim().min(1, { error: 'errors.agency_name_required' }).max(200),
  agencyNumber: z
    .string()
    .trim()
    .regex(/^\d{3,10}$/, { error: 'errors.agency_number_invalid' }),
  opensOn: ZDay,
  closesOn: ZDay,
});

export const ZStoredCallSettings = z.object({
  /** Demo figures shown with an "example" label (R-PIFI-TERMS). */
  isExample: z.boolean().default(false),
  /** Places per track, BGS category or `twasClimate`; a key left out has no quota. */
  quotas: z.record(z.string(), z.number().int().min(0).max(100_000)).default({}),
  /** R-ANSO-ELIG: earliest birth date per track. */
  bornOnOrAfter: z.record(z.string(), ZDay).default({}),
  /** R-GEN-AGE: the call's reference date for ages (BGS enrollment date). */
  ageOn: ZDay.nullable().default(null),
  /** R-BGS-CATS: a host's standards per funding band; R-PIFI-TERMS: monthly per career stage. */
  amounts: z
    .object({
      bgs: z
        .partialRecord(z.enum(['undergraduate', 'master', 'doctoral']), ZBandAmounts)
        .optional(),
      pifi: z
        .partialRecord(z.enum(['postdoctoral', 'early_career', 'established']), ZFen)
        .optional(),
    })
    .default({}),
  /** R-CSC-ABS: the institution's winter and summer vacations. */
  vacations: z.array(ZDayRange).default([]),
  /** R-CSC-ABS: public holidays added to the shipped State Council lists. */
  publicHolidays: z.array(ZDay).default([]),
  /** R-CSC-ABS switched on for a BGS or CAS-ANSO call (always on for CSC). */
  isAbsenceRuleOn: z.boolean().default(false),
  agencies: z.array(ZAgency).default([]),
});

export type TStoredCallSettings = z.infer<typeof ZStoredCallSettings>;
