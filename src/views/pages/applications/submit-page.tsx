import type { TMessageKey } from '@/i18n/translate';

import { CheckAnswers, Form } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TMissingItem = { text: string; href: string };

export type TSubmitView = {
  id: string;
  title: string;
  sections: { id: string; rows: { label: string; value: string }[] }[];
  missing: TMissingItem[];
  blockers: string[];
  deadlineText: string;
  deadlineIso: string | null;
  canSubmit: boolean;
};

/** "Check your answers" before anything is sent, with what is missing and the deadline. */
export function SubmitPage({ ctx, view }: { ctx: TViewContext; view: TSubmitView }) {
  const { t } = ctx;
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
