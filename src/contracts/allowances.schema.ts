// The `allowances` JSON contract: `npx jiangxue allowances` and later /api/v1. Field
// names are fixed by the contract; fields may be added, never renamed. Defaults make the optional
// facts optional; the award's terms are checked by the domain's own checkAwardTerms.
import { z } from 'zod';

import { checkAwardTerms, STUDY_LEVELS } from '@/domain/coverage';
import { isPlainDate, isYearMonth, monthIndex } from '@/domain/dates';
import { CSC_ITEMS } from '@/domain/programs/csc/coverage';

/** The most months one request may list (50 years). */
export const MAX_WINDOW_MONTHS = 600;

// Note: `abort` stops the parent's refinements from reading a malformed date or month.
const ZPlainDate = z
  .string()
  .refine(isPlainDate, { message: 'Expected a calendar date written YYYY-MM-DD', abort: true });
const ZYearMonth = z
  .string()
  .refine(isYearMonth, { message: 'Expected a month written YYYY-MM', abort: true });
const ZFen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

// Note: R-GEN-DATES. Ranges are inclusive, so `to` may equal `from` but not precede it.
const ZDateRange = z
  .strictObject({ from: ZPlainDate, to: ZPlainDate })
  .refine((r) => r.from <= r.to, { message: '"to" is before "from"', path: ['to'] });

const ZAccommodationPeriod = z
  .strictObject({
    from: ZPlainDate,
    to: ZPlainDate.nullable().optional(),
    offCampus: z.boolean(),
    isApproved: z.boolean().optional(),
  })
  .refine((p) => !p.to || p.from <= p.to, { message: '"to" is before "from"', path: ['to'] });

const ZAbsence = z
  .strictObject({
    from: ZPlainDate,
    /** Return date (present); null while the holder is still away. */
    to: ZPlainDate.nullable(),
    reason: z.enum(['personal', 'study', 'research']),
  })
  .refine((a) => a.to === null || a.from <= a.to, {
    message: 'return date is before departure',
    path: ['to'],
  });

const ZRates = z.strictObject({
  monthlyFen: ZFen.nullable().optional(),
  monthlyAfterQualificationFen: ZFen.nullable().optional(),
  accommodationMonthlyFen: ZFen.nullable().optional(),
  insuranceAnnualFen: ZFen.nullable().optional(),
  capMonths: z.number().int().min(1).max(240).nullable().optional(),
});

export const ZAllowancesInput = z
  .strictObject({
    program: z.enum(['cas-anso', 'pifi', 'csc', 'bgs']),
    level: z.enum(STUDY_LEVELS),
    subjectCategory: z.enum(['I', 'II', 'III']).nullable().default(null),
    bgsCategory: z.enum(['A', 'B', 'C']).nullable().default(null),
    items: z.union([z.literal('full'), z.array(z.enum(CSC_ITEMS)).min(1)]).default('full'),
    twas: z.boolean().default(false),
    inChinaAtApplication: z.boolean().default(false),
    registrationDate: ZPlainDate.nullable(),
    qualificationPassedOn: ZPlainDate.nullable().default(null),
    endDate: ZPlainDate.nullable().default(null),
    graduationDate: ZPlainDate.nullable().default(null),
    revokedOn: ZPlainDate.nullable().default(null),
    accommodation: z.array(ZAccommodationPeriod).default([]),
    absences: z.array(ZAbsence).default([]),
    vacations: z.array(ZDateRange).default([]),
    suspensions: z.array(ZDateRange).default([]),
    publicHolidays: z.array(ZPlainDate).nullable().default(null),
    monthlyAmountFen: ZFen.nullable().default(null),
    months: z
      .strictObject({ from: ZYearMonth, to: ZYearMonth })
      .refine((w) => w.from <= w.to, { message: '"to" is before "from"', path: ['to'] })
      .refine((w) => monthIndex(w.to) - monthIndex(w.from) < MAX_WINDOW_MONTHS, {
        message: `At most ${MAX_WINDOW_MONTHS} months per request`,
        path: ['to'],
      }),
    /** Per-call amounts set by an officer; each left out takes the program's default. */
    rates: ZRates.default({}),
    settings: z
      .strictObject({
        isAbsenceRuleOn: z.boolean().optional(),
        absenceHalves: z.enum(['whole_half', 'any_day']).optional(),
      })
      .default({}),
  })
  .superRefine((input, ctx) => {
    for (const problem of checkAwardTerms(input, input.rates)) {
      ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: problem.message });
    }
  });

export type TAllowancesInput = z.infer<typeof ZAllowancesInput>;
