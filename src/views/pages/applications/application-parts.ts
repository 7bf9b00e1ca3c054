import type { TApplication } from '@/domain/applications/application';
import type { TAnswerProblem } from '@/domain/applications/check-answers';
import type { TPlainDate } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';

import { callDeadline } from '../../components/call-dates';
import type { TFieldError } from '../../components/form';
import { loc } from '../../components/localized';
import type { TViewContext } from '../../view-context';

/** "CSC · Doctoral student" in the viewer's language. */
export function applicationTitle(
  ctx: TViewContext,
  app: Pick<TApplication, 'programId' | 'track'>,
): string {
  const program = getProgram(app.programId);
  const track = program.tracks.find((tr) => tr.id === app.track);
  return `${loc(ctx, program.name)} · ${track ? loc(ctx, track.name) : app.track}`;
}

/** The deadline in Beijing time (the page script adds the viewer's own time). */
export function deadlineView(
  ctx: TViewContext,
  closesOn: TPlainDate | null,
): { text: string; iso: string | null } {
  if (!closesOn) return { text: ctx.t('catalog.window_unknown'), iso: null };
  const at = callDeadline(closesOn, ctx.locale);
  return { text: at.text, iso: at.iso };
}

/** The label of a form field: `form.<section>.<field>`, education rows share one set of labels. */
export function fieldLabel(ctx: Pick<TViewContext, 't'>, section: string, field: string): string {
  const row = /^edu_(\d+)_(\w+)$/.exec(field);
  if (row) return `${ctx.t(`form.education.${row[2]}` as TMessageKey)} (${Number(row[1]) + 1})`;
  return ctx.t(`form.${section}.${field}` as TMessageKey);
}

/** A problem as a translated field error: "Date of birth: enter a real date, like 2026-01-31". */
export function answerProblemMessage(ctx: Pick<TViewContext, 't'>, p: TAnswerProblem): TFieldError {
  const label = fieldLabel(ctx, p.section, p.field);
  const detail =
    p.code === 'too_few_words'
      ? ctx.t('form.problem_too_few_words', { count: p.count ?? 0, minimum: p.minimum ?? 0 })
      : ctx.t(`form.problem_${p.code}` as TMessageKey);
  return { field: p.field, message: `${label}: ${detail}` };
}
