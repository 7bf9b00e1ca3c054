import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';
import { isPlainDate } from '@/domain/dates';
import { getProgram, type TProgramId } from '@/domain/programs';
import {
  defaultRubric,
  MAX_CRITERIA,
  MAX_SCALE,
  rubricModeOf,
  rubricProblems,
  type TPanelRubricCriterion,
} from '@/domain/review/panels';
import type { TPanelInput } from '@/services/panels/save-panel';

// The officer's panel form is flat HTML fields (no JavaScript needed); this file turns them into
// a validated panel, each error on the field it belongs to, as message keys.

export const CRITERION_FIELDS = ['id', 'labelEn', 'labelZh', 'min', 'max', 'weight'] as const;
/** Blank rows offered below a custom rubric's criteria. */
export const EXTRA_ROWS = 3;

/** How many criterion rows the form shows: the program's own, or the officer's plus blanks. */
export function criterionRows(programId: TProgramId, posted: unknown, stored = 0): number {
  if (rubricModeOf(programId) !== 'custom') return defaultRubric(programId).length;
  const n = typeof posted === 'string' && /^\d{1,2}$/.test(posted) ? Number(posted) : 0;
  return Math.min(MAX_CRITERIA + EXTRA_ROWS, Math.max(n, stored + EXTRA_ROWS, EXTRA_ROWS));
}

export function panelFormFields(rows: number): string[] {
  const fields = [
    'track',
    'discipline',
    'name',
    'requiredReviews',
    'normalise',
    'hasInterviews',
    'reviewsDueOn',
  ];
  for (let i = 0; i < rows; i++) for (const f of CRITERION_FIELDS) fields.push(`crit_${i}_${f}`);
  return fields;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const ZInt = (error: string) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,4}$/, { error })
    .transform(Number)
    .refine((n) => Math.abs(n) <= MAX_SCALE, { error });
const ZWeight = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,3})?$/, { error: 'panels.errors.weight_invalid' })
  .transform(Number)
  .refine((n) => n > 0, { error: 'panels.errors.weight_invalid' });

const PROBLEM_KEYS = {
  id_invalid: 'panels.errors.criterion_id_invalid',
  id_duplicate: 'panels.errors.criterion_id_duplicate',
  label_required: 'panels.errors.label_required',
  scale_order: 'panels.errors.scale_order',
  weight_invalid: 'panels.errors.weight_invalid',
  empty: 'panels.errors.rubric_empty',
  too_many: 'panels.errors.rubric_too_many',
  fixed_changed: 'panels.errors.rubric_fixed',
} as const;

export type TPanelFormResult =
  { ok: true; value: TPanelInput } | { ok: false; errors: { field: string; message: string }[] };

/**
 * Reads the submitted panel form of a call's program. PIFI's criteria come from the program
 * (nothing of them is read from the form, R-PIFI-REVIEW); BGS's from the program with the
 * weights typed (R-REV-SCORE); CAS-ANSO and CSC rows as typed, blank rows skipped.
 */
export function parsePanelForm(
  programId: TProgramId,
  values: Record<string, string>,
  rows: number,
): TPanelFormResult {
  const errors: { field: string; message: string }[] = [];
  const tracks = getProgram(programId).tracks.map((t) => t.id) as [string, ...string[]];
  const head = z
    .object({
      track: z.enum(tracks, { error: 'panels.errors.track_required' }),
      discipline: z.preprocess(blankToUndefined, ZText.trim().max(100).optional()),
      name: ZText.trim()
        .min(1, { error: 'panels.errors.name_required' })
        .max(200, { error: 'panels.errors.name_too_long' }),
      requiredReviews: z
        .string()
        .trim()
        .regex(/^\d{1,2}$/, { error: 'panels.errors.reviews_invalid' })
        .transform(Number)
        .refine((n) => n >= 1 && n <= 10, { error: 'panels.errors.reviews_invalid' }),
      reviewsDueOn: z.preprocess(
        blankToUndefined,
        z.string().trim().refine(isPlainDate, { error: 'errors.date_invalid' }).optional(),
      ),
    })
    .safeParse(values);
  if (!head.success)
    for (const issue of head.error.issues)
      errors.push({ field: String(issue.path[0]), message: issue.message });

  const mode = rubricModeOf(programId);
  const rubric: TPanelRubricCriterion[] = [];
  const rowOf: number[] = [];
  if (mode === 'fixed') rubric.push(...defaultRubric(programId));
  else if (mode === 'weights') {
    defaultRubric(programId).forEach((c, i) => {
      const w = ZWeight.safeParse(values[`crit_${i}_weight`] ?? '');
      if (!w.success)
        errors.push({ field: `crit_${i}_weight`, message: 'panels.errors.weight_invalid' });
      rubric.push({ ...c, weight: w.success ? w.data : c.weight });
      rowOf.push(i);
    });
  } else {
    for (let i = 0; i < rows; i++) {
      const v = (f: string) => (values[`crit_${i}_${f}`] ?? '').trim();
      if (CRITERION_FIELDS.every((f) => v(f) === '')) continue;
      const min = ZInt('panels.errors.scale_invalid').safeParse(v('min'));
      const max = ZInt('panels.errors.scale_invalid').safeParse(v('max'));
      const weight = ZWeight.safeParse(v('weight'));
      if (!min.success)
        errors.push({ field: `crit_${i}_min`, message: 'panels.errors.scale_invalid' });
      if (!max.success)
        errors.push({ field: `crit_${i}_max`, message: 'panels.errors.scale_invalid' });
      if (!weight.success)
        errors.push({ field: `crit_${i}_weight`, message: 'panels.errors.weight_invalid' });
      if (min.success && max.success && min.data >= max.data)
        errors.push({ field: `crit_${i}_max`, message: 'panels.errors.scale_order' });
      if (!min.success || !max.success || !weight.success) continue;
      rubric.push({
        id: v('id'),
        min: min.data,
        max: max.data,
        weight: weight.data,
        label: { en: v('labelEn'), zh: v('labelZh') },
      });
      rowOf.push(i);
    }
  }
  for (const p of rubricProblems(programId, rubric)) {
    if (mode === 'custom' && errors.some((e) => e.field.startsWith('crit_'))) break;
    const field =
      p.index === null
        ? mode === 'custom'
          ? 'crit_0_id'
          : 'name'
        : `crit_${rowOf[p.index]}_${p.field}`;
    if (!errors.some((e) => e.field === field))
      errors.push({ field, message: PROBLEM_KEYS[p.code] });
  }
  if (errors.length || !head.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      track: head.data.track,
      discipline: head.data.discipline ?? null,
      name: head.data.name,
      rubric,
      requiredReviews: head.data.requiredReviews,
      normalise: values.normalise === 'on',
      hasInterviews: values.hasInterviews === 'on',
      reviewsDueOn: head.data.reviewsDueOn ?? null,
    },
  };
}

/** A stored panel as the flat strings its form shows (the inverse of parsePanelForm). */
export function panelFormValues(panel: {
  track: string;
  discipline: string | null;
  name: string;
  rubric: readonly TPanelRubricCriterion[];
  requiredReviews: number;
  normalise: boolean;
  hasInterviews: boolean;
  reviewsDueOn: string | null;
}): Record<string, string> {
  const values: Record<string, string> = {
    track: panel.track,
    discipline: panel.discipline ?? '',
    name: panel.name,
    requiredReviews: String(panel.requiredReviews),
    normalise: panel.normalise ? 'on' : '',
    hasInterviews: panel.hasInterviews ? 'on' : '',
    reviewsDueOn: panel.reviewsDueOn ?? '',
  };
  panel.rubric.forEach((c, i) => {
    values[`crit_${i}_id`] = c.id;
    values[`crit_${i}_labelEn`] = c.label.en;
    values[`crit_${i}_labelZh`] = c.label.zh;
    values[`crit_${i}_min`] = String(c.min);
    values[`crit_${i}_max`] = String(c.max);
    values[`crit_${i}_weight`] = String(c.weight);
  });
  return values;
}
