import { z } from 'zod';

import { ZStoredCallSettings, type TStoredCallSettings } from '@/contracts/call-settings.schema';
import { zText, ZText } from '@/contracts/text.schema';
import { isPlainDate } from '@/domain/dates';
import { fenFromYuanText } from '@/domain/money';
import { getProgram, type TProgramId } from '@/domain/programs';
import type { TCallChange } from '@/services/calls/update-call';

// The officer's call form is flat HTML fields (it works without JavaScript); this file turns
// them into a validated change, with each error on the field the officer typed it in.

export const AGENCY_ROWS_EXTRA = 3;
export const BGS_BANDS = ['undergraduate', 'master', 'doctoral'] as const;
export const BGS_AMOUNT_ITEMS = ['living', 'accommodation', 'insurance'] as const;
export const PIFI_STAGES = ['postdoctoral', 'early_career', 'established'] as const;
export const AGENCY_FIELDS = ['country', 'name', 'agencyNumber', 'opensOn', 'closesOn'] as const;

/** Quota keys an officer sets per program (R-ANSO-QUOTA; BGS by category; others by track). */
export function quotaKeys(programId: TProgramId): string[] {
  if (programId === 'cas-anso') return ['master', 'phd', 'twas', 'twasClimate'];
  if (programId === 'bgs') return ['A', 'B', 'C'];
  return getProgram(programId).tracks.map((t) => t.id);
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const ZDay = z.string().trim().refine(isPlainDate, { error: 'errors.date_invalid' });
const ZOptionalDay = z.preprocess(blankToUndefined, ZDay.optional());
const ZOptionalCount = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: 'errors.quota_invalid' })
    .transform(Number)
    .optional(),
);

const ZOptionalYuan = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^(\d{1,3}(,\d{3})+|\d{1,9})(\.\d{1,2})?$/, { error: 'errors.amount_invalid' })
    .transform(fenFromYuanText)
    .optional(),
);

const RANGE_SEPARATOR = /\s*(?:to|–|—|~|至|-{1,2}(?=\s))\s*/;
const ZRanges = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().transform((text, ctx) => {
    const ranges: { from: string; to: string }[] = [];
    for (const line of text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [from = '', to = '', ...rest] = line.split(RANGE_SEPARATOR);
      if (rest.length || !isPlainDate(from) || !isPlainDate(to)) {
        ctx.addIssue({ code: 'custom', message: 'errors.range_invalid' });
        return z.NEVER;
      }
      if (from > to) {
        ctx.addIssue({ code: 'custom', message: 'errors.range_backwards' });
        return z.NEVER;
      }
      ranges.push({ from, to });
    }
    return ranges;
  }),
);
const ZDays = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().transform((text, ctx) => {
    const days = text.split(/[\s,;]+/).filter(Boolean);
    if (days.some((d) => !isPlainDate(d))) {
      ctx.addIssue({ code: 'custom', message: 'errors.date_list_invalid' });
      return z.NEVER;
    }
    return [...new Set(days)].sort();
  }),
);

/** The flat field names of one call's form, for rendering and for the hidden copy on the check page. */
export function callFormFields(programId: TProgramId, agencyRows: number): string[] {
  const fields = ['opensOn', 'closesOn', 'isPublished', 'vacations', 'publicHolidays'];
  fields.push(...quotaKeys(programId).map((k) => `quota_${k}`));
  if (programId === 'cas-anso') fields.push('bornOnOrAfter_master', 'bornOnOrAfter_phd');
  if (programId === 'bgs') fields.push('ageOn');
  if (programId === 'bgs' || programId === 'cas-anso') fields.push('isAbsenceRuleOn');
  if (programId === 'bgs')
    for (const b of BGS_BANDS) for (const i of BGS_AMOUNT_ITEMS) fields.push(`bgs_${b}_${i}`);
  if (programId === 'pifi') fields.push(...PIFI_STAGES.map((s) => `pifi_${s}`));
  if (programId === 'csc')
    for (let r = 0; r < agencyRows; r++)
      for (const f of AGENCY_FIELDS) fields.push(`agency_${r}_${f}`);
  return fields;
}

export type TCallFormResult =
  { ok: true; change: TCallChange } | { ok: false; errors: { field: string; message: string }[] };

/**
 * Parses the submitted form for a call of `programId` on top of its current settings (values
 * the form does not show, like `isExample`, are kept).
 */
export function parseCallForm(
  programId: TProgramId,
  current: TStoredCallSettings,
  body: Record<string, unknown>,
  agencyRows: number,
): TCallFormResult {
  const shape: Record<string, z.ZodType> = {
    opensOn: ZOptionalDay,
    closesOn: ZOptionalDay,
    ageOn: ZOptionalDay,
    bornOnOrAfter_master: ZOptionalDay,
    bornOnOrAfter_phd: ZOptionalDay,
    vacations: ZRanges,
    publicHolidays: ZDays,
  };
  for (const k of quotaKeys(programId)) shape[`quota_${k}`] = ZOptionalCount;
  for (const b of BGS_BANDS)
    for (const i of BGS_AMOUNT_ITEMS) shape[`bgs_${b}_${i}`] = ZOptionalYuan;
  for (const s of PIFI_STAGES) shape[`pifi_${s}`] = ZOptionalYuan;
  for (let r = 0; r < agencyRows; r++) {
    shape[`agency_${r}_country`] = z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, { error: 'errors.country_invalid' })
        .optional(),
    );
    shape[`agency_${r}_name`] = z.preprocess(blankToUndefined, ZText.trim().max(200).optional());
    shape[`agency_${r}_agencyNumber`] = z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{3,10}$/, { error: 'errors.agency_number_invalid' })
        .optional(),
    );
    shape[`agency_${r}_opensOn`] = ZOptionalDay;
    shape[`agency_${r}_closesOn`] = ZOptionalDay;
  }
  const parsed = z.object(shape).safeParse(body);
  const errors: { field: string; message: string }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push({ field: String(issue.path[0]), message: issue.message });
    return { ok: false, errors };
  }
  const v = parsed.data as Record<string, unknown>;
  const day = (k: string) => (v[k] as string | undefined) ?? null;
  if (day('opensOn') && day('closesOn') && day('opensOn')! > day('closesOn')!) {
    errors.push({ field: 'closesOn', message: 'errors.deadline_before_opening' });
  }

  const quotas: Record<string, number> = {};
  for (const k of quotaKeys(programId))
    if (v[`quota_${k}`] !== undefined) quotas[k] = v[`quota_${k}`] as number;
  const bornOnOrAfter: Record<string, string> = {};
  for (const t of ['master', 'phd'])
    if (day(`bornOnOrAfter_${t}`)) bornOnOrAfter[t] = day(`bornOnOrAfter_${t}`)!;

  const settings: TStoredCallSettings = {
    ...current,
    quotas,
    vacations: v.vacations as TStoredCallSettings['vacations'],
    publicHolidays: v.publicHolidays as string[],
  };
  if (programId === 'cas-anso') settings.bornOnOrAfter = bornOnOrAfter;
  if (programId === 'bgs') settings.ageOn = day('ageOn');
  if (programId === 'bgs' || programId === 'cas-anso')
    settings.isAbsenceRuleOn = body.isAbsenceRuleOn === 'on';
  if (programId === 'bgs') {
    const bgs: NonNullable<TStoredCallSettings['amounts']['bgs']> = {};
    for (const b of BGS_BANDS) {
      const [living, accommodation, insurance] = BGS_AMOUNT_ITEMS.map(
        (i) => v[`bgs_${b}_${i}`] as number | undefined,
      );
      const given = [living, accommodation, insurance].filter((x) => x !== undefined).length;
      if (given === 3)
        bgs[b] = {
          livingMonthlyFen: living!,
          accommodationMonthlyFen: accommodation!,
          insuranceAnnualFen: insurance!,
        };
      else if (given > 0)
        errors.push({
          field: `bgs_${b}_${BGS_AMOUNT_ITEMS[[living, accommodation, insurance].findIndex((x) => x === undefined)]}`,
          message: 'errors.amount_incomplete',
        });
    }
    settings.amounts = { ...settings.amounts, bgs };
  }
  if (programId === 'pifi') {
    const pifi: NonNullable<TStoredCallSettings['amounts']['pifi']> = {};
    for (const s of PIFI_STAGES)
      if (v[`pifi_${s}`] !== undefined) pifi[s] = v[`pifi_${s}`] as number;
    settings.amounts = { ...settings.amounts, pifi };
  }
  if (programId === 'csc') {
    settings.agencies = [];
    for (let r = 0; r < agencyRows; r++) {
      const row = Object.fromEntries(AGENCY_FIELDS.map((f) => [f, v[`agency_${r}_${f}`]]));
      const filled = AGENCY_FIELDS.filter((f) => row[f] !== undefined);
      if (filled.length === 0) continue;
      const missing = AGENCY_FIELDS.find((f) => row[f] === undefined);
      if (missing) {
        errors.push({ field: `agency_${r}_${missing}`, message: 'errors.agency_incomplete' });
        continue;
      }
      if ((row.opensOn as string) > (row.closesOn as string)) {
        errors.push({ field: `agency_${r}_closesOn`, message: 'errors.deadline_before_opening' });
        continue;
      }
      settings.agencies.push(row as TStoredCallSettings['agencies'][number]);
    }
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    change: {
      opensOn: day('opensOn'),
      closesOn: day('closesOn'),
      isPublished: body.isPublished === 'on',
      settings: ZStoredCallSettings.parse(settings),
    },
  };
}

export const ZConfirmReason = zText({ kind: 'multiline', error: 'errors.reason_required' })
  .trim()
  .min(3, { error: 'errors.reason_required' })
  .max(2000, { error: 'errors.reason_too_long' });
