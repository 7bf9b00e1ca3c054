import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TNominationPage } from '@/services/screening/nominations';

import { ErrorSummary, Form, RadioGroup, TextArea, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle } from '../applications/application-parts';
import { ApplicationSummary } from './application-summary';

/** R-CSC-APPLY: one application for its dispatching authority, and the nominate/decline form. */
export function NominationPage({
  ctx,
  page,
  errors,
  values,
  notice,
}: {
  ctx: TViewContext;
  page: TNominationPage;
  errors: TFieldError[];
  values: Record<string, string>;
  notice?: string | undefined;
}) {
  const { t, locale } = ctx;
  const app = page.summary.application;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const title = `${t('screening.nomination_page_title')}: ${applicationTitle(ctx, app)}`;
  return (
    <PageLayout ctx={ctx} title={errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <p>
        <a href="/staff/nominations">{t('screening.back_to_nominations')}</a>
      </p>
      <h1>{title}</h1>
      {page.nomination ? (
        <section class="panel" aria-labelledby="nomination-heading">
          <h2 id="nomination-heading">
            {t(`screening.nomination_${page.nomination.decision}` as TMessageKey)}
          </h2>
          <p>{formatBeijingDateTime(page.nomination.decidedAt, locale)}</p>
          <p class="pre">{page.nomination.reason}</p>
        </section>
      ) : null}
      <ApplicationSummary ctx={ctx} summary={page.summary} />
      {page.canDecide ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t('screening.nomination_decide_heading')}</h2>
          <Form ctx={ctx} action={`/staff/nominations/${app.id}`}>
            <RadioGroup
              id="decision"
              legend={t('screening.nomination_decision_legend')}
              options={[
                { value: 'nominated', label: t('screening.nominate') },
                { value: 'declined', label: t('screening.decline') },
              ]}
              value={values.decision}
              error={err('decision')}
            />
            <TextArea
              id="reason"
              label={t('screening.nomination_reason_label')}
              hint={t('screening.note_hint')}
              value={values.reason}
              error={err('reason')}
            />
            <button type="submit" class="button">
              {t('screening.nomination_submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </PageLayout>
  );
}
