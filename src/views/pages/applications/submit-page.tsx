import { formSections } from '@/domain/applications/form-definition';
import { getProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import type { TSubmitPage } from '@/services/applications/get-submit-page';
import type { TSubmitRefusal } from '@/services/applications/submit-application';

import { CheckAnswers, Form } from '../../components/form';
import { loc } from '../../components/localized';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import {
  answerProblemMessage,
  applicationTitle,
  deadlineView,
  fieldLabel,
} from './application-parts';

type TMissingItem = { text: string; href: string };

/** Each thing still missing, linked to where it is fixed. */
function missingItems(ctx: TViewContext, page: TSubmitPage): TMissingItem[] {
  const { t } = ctx;
  const { application: app, completeness: c } = page;
  const items: TMissingItem[] = [];
  if (c.isProfileMissing || c.isConsentMissing)
    items.push({
      text: t('submit.missing_profile'),
      href: `/applicant/profile?next=/applications/${app.id}/submit`,
    });
  for (const p of c.answerProblems)
    items.push({
      text: answerProblemMessage(ctx, p).message,
      href: `/applications/${app.id}/sections/${p.section}#${p.field}`,
    });
  const program = getProgram(app.programId);
  for (const slot of c.missingDocuments) {
    const spec = program.documents.find((d) => d.id === slot);
    items.push({
      text: t('submit.missing_document', { name: spec ? loc(ctx, spec.label) : slot }),
      href: `/applications/${app.id}/documents#${slot}`,
    });
  }
  if (c.refereesNamed < c.refereesNeeded) {
    items.push({
      text: t('submit.missing_referees', { needed: c.refereesNeeded, named: c.refereesNamed }),
      href: `/applications/${app.id}/referees`,
    });
  }
  return items;
}

/** The answers as the applicant will send them: required fields always, others when typed. */
function answerSections(ctx: TViewContext, page: TSubmitPage) {
  const { application: app } = page;
  return formSections(app.programId, app.track).map((s) => ({
    id: s.id,
    rows: s.fields
      .filter((f) => (app.answers[s.id]?.[f.id] ?? '').trim() !== '' || f.isRequired)
      .map((f) => {
        const raw = app.answers[s.id]?.[f.id] ?? '';
        const value =
          f.kind === 'choice' && raw
            ? ctx.t(`form_choice.${f.id}.${raw}` as TMessageKey)
            : f.kind === 'yes_no' && raw
              ? ctx.t(raw === 'yes' ? 'finder.yes' : 'finder.no')
              : raw;
        return {
          label: fieldLabel(ctx, s.id, f.id),
          value: value.length > 300 ? `${value.slice(0, 300)}…` : value || '—',
        };
      }),
  }));
}

/** Why the last attempt was refused, in the viewer's language (incomplete: the list says it). */
function refusalText(ctx: TViewContext, refusal: TSubmitRefusal | undefined): string | null {
  const { t } = ctx;
  switch (refusal?.reason) {
    case 'past_deadline':
      return t('submit.past_deadline');
    case 'not_open':
      return t('submit.not_open');
    case 'locked':
      return t('application.locked');
    case 'other_host':
      return t('submit.other_host', { host: loc(ctx, refusal.hostName) });
    default:
      return null;
  }
}

/** "Check your answers" before anything is sent, with what is missing and the deadline. */
export function SubmitPage({
  ctx,
  page,
  refusal,
}: {
  ctx: TViewContext;
  page: TSubmitPage;
  /** The refusal of the submission just attempted, if it was refused. */
  refusal?: TSubmitRefusal;
}) {
  const { t } = ctx;
  const refused = refusalText(ctx, refusal);
  const blockers = [
    ...(page.isPastDeadline ? [t('submit.past_deadline')] : []),
    ...(refused ? [refused] : []),
  ];
  const reasons = page.completeness.ineligibleReasons.map((r) => `${loc(ctx, r)} (${r.rule})`);
  const deadline = deadlineView(ctx, page.closesOn);
  const view = {
    id: page.application.id,
    title: applicationTitle(ctx, page.application),
    sections: answerSections(ctx, page),
    missing: missingItems(ctx, page),
    blockers: [...blockers, ...reasons],
    deadlineText: deadline.text,
    deadlineIso: deadline.iso,
    canSubmit: page.isEditable && page.completeness.isComplete && blockers.length === 0,
  };
  const hasProblems = view.missing.length > 0 || view.blockers.length > 0;
  return (
    <PageLayout ctx={ctx} title={t('submit.title')} scripts={['/assets/local-time.js']}>
      <p>
        <a href={`/applications/${view.id}`}>{t('application.back_to_overview')}</a>
      </p>
      <h1>{t('submit.title')}</h1>
      <p class="hint">{view.title}</p>
      {hasProblems ? (
        <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="missing-title">
          <h2 id="missing-title">{t('submit.missing_title')}</h2>
          <ul>
            {view.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
            {view.missing.map((m) => (
              <li key={m.text}>
                <a href={m.href}>{m.text}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.sections.map((s) => (
        <section key={s.id} aria-labelledby={`answers-${s.id}`}>
          <h2 id={`answers-${s.id}`}>{t(`form_section.${s.id}` as TMessageKey)}</h2>
          <CheckAnswers
            ctx={ctx}
            rows={s.rows.map((r) => ({
              ...r,
              changeHref: `/applications/${view.id}/sections/${s.id}`,
            }))}
          />
        </section>
      ))}
      <h2>{t('submit.send_heading')}</h2>
      <p>
        {t('application.deadline')}:{' '}
        {view.deadlineIso ? (
          <time datetime={view.deadlineIso} data-countdown="">
            {view.deadlineText}
          </time>
        ) : (
          view.deadlineText
        )}
      </p>
      <p>{t('submit.declaration')}</p>
      {view.canSubmit ? (
        <Form ctx={ctx} action={`/applications/${view.id}/submit`}>
          <button type="submit" class="button">
            {t('submit.button')}
          </button>
        </Form>
      ) : null}
    </PageLayout>
  );
}
