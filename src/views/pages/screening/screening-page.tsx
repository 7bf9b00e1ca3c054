import { noteFieldId } from '@/domain/screening/screening-state';
import { formatBeijingDateTime, formatBeijingDeadline } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TDecisionView, TScreeningPage } from '@/services/screening/get-screening-page';

import { ErrorSummary, Form, TextArea, TextField, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle } from '../applications/application-parts';
import { ApplicationSummary } from './application-summary';

type TProps = {
  ctx: TViewContext;
  page: TScreeningPage;
  errors: TFieldError[];
  values: Record<string, string>;
  notice?: string | undefined;
};

function Decision({ ctx, d }: { ctx: TViewContext; d: TDecisionView }) {
  return (
    <p>
      <strong class="tag">{ctx.t(`screening.decision_${d.decision}` as TMessageKey)}</strong>{' '}
      {formatBeijingDateTime(d.decidedAt, ctx.locale)}: <span class="pre">{d.note}</span>
    </p>
  );
}

/** One application at screening: the file read-only, each point to decide, the actions. */
export function ScreeningPage({ ctx, page, errors, values, notice }: TProps) {
  const { t, locale } = ctx;
  const app = page.summary.application;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const base = `/staff/screening/${app.id}`;
  const title = `${t('screening.page_title')}: ${applicationTitle(ctx, app)}`;
  const ret = page.latestReturn;
  return (
    <PageLayout ctx={ctx} title={errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <p>
        <a href="/staff/screening">{t('screening.back_to_queue')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <strong class="tag">{t(`screening.status_${app.status}` as TMessageKey)}</strong>
      </p>
      {page.state.isIncompleteForLetters ? (
        <p class="notice">{t('screening.letters_incomplete_at_deadline')}</p>
      ) : null}
      {ret ? (
        <section class="panel" aria-labelledby="return-heading">
          <h2 id="return-heading">{t('screening.return_heading')}</h2>
          <p class="pre">{ret.correction}</p>
          <p>{t('screening.return_due', { deadline: formatBeijingDeadline(ret.dueAt, locale) })}</p>
          <p>
            {ret.resubmittedAt
              ? t('screening.return_resubmitted', {
                  at: formatBeijingDateTime(ret.resubmittedAt, locale),
                })
              : t('screening.return_waiting')}
          </p>
        </section>
      ) : null}
      <ApplicationSummary ctx={ctx} summary={page.summary} />

      <section aria-labelledby="points-heading">
        <h2 id="points-heading">{t('screening.points_heading')}</h2>
        {page.points.length === 0 ? <p>{t('screening.points_none')}</p> : null}
        {page.points.map((p) => {
          const id = noteFieldId(p.code);
          return (
            <div class="panel" key={p.code}>
              <h3>
                {p.code} <span class="tag tag--warn">{t('screening.review_tag')}</span>
              </h3>
              <p>{locale === 'zh-CN' ? p.zh : p.en}</p>
              {p.decision ? <Decision ctx={ctx} d={p.decision} /> : null}
              {page.canDecide ? (
                <Form ctx={ctx} action={`${base}/points`}>
                  <input type="hidden" name="reasonKey" value={p.code} />
                  <TextArea
                    id={id}
                    label={t('screening.note_label', { point: p.code })}
                    hint={t('screening.note_hint')}
                    value={values[id]}
                    error={err(id)}
                  />
                  <div class="button-row">
                    <button type="submit" name="decision" value="confirmed" class="button">
                      {t('screening.confirm')}
                    </button>
                    <button
                      type="submit"
                      name="decision"
                      value="overridden"
                      class="button button--secondary"
                    >
                      {t('screening.override')}
                    </button>
                  </div>
                </Form>
              ) : null}
            </div>
          );
        })}
      </section>

      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">{t('screening.letters_heading')}</h2>
        <p>{t('screening.letters_count', { in: page.letters.in, needed: page.letters.needed })}</p>
        {page.letters.missing.map((m) => {
          const id = noteFieldId(m.key);
          return (
            <div class="panel" key={m.key}>
              <h3>{t('screening.letter_missing', { name: m.name })}</h3>
              {m.decision ? <Decision ctx={ctx} d={m.decision} /> : null}
              {page.canDecide && !m.decision ? (
                <Form ctx={ctx} action={`${base}/points`}>
                  <input type="hidden" name="reasonKey" value={m.key} />
                  <TextArea
                    id={id}
                    label={t('screening.waive_label', { name: m.name })}
                    hint={t('screening.note_hint')}
                    value={values[id]}
                    error={err(id)}
                  />
                  <button type="submit" name="decision" value="waived" class="button">
                    {t('screening.waive')}
                  </button>
                </Form>
              ) : null}
            </div>
          );
        })}
      </section>

      {page.canDecide ? (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('screening.actions_heading')}</h2>
          <h3>{t('screening.pass_heading')}</h3>
          {page.state.canPass ? (
            <p>{t('screening.pass_ready')}</p>
          ) : (
            <p>
              {t('screening.pass_blocked', {
                points: page.state.undecided.length,
                letters: page.state.unwaived.length,
              })}
            </p>
          )}
          <Form ctx={ctx} action={`${base}/pass`}>
            {err('pass') ? (
              <p class="field-error" id="pass">
                {err('pass')}
              </p>
            ) : null}
            <button type="submit" class="button">
              {t('screening.pass')}
            </button>
          </Form>
          {page.canMarkIncomplete ? (
            <>
              <h3>{t('screening.incomplete_heading')}</h3>
              <Form ctx={ctx} action={`${base}/incomplete`}>
                <TextArea
                  id="incompleteReason"
                  label={t('screening.incomplete_label')}
                  hint={t('screening.incomplete_hint')}
                  value={values.incompleteReason}
                  error={err('incompleteReason')}
                />
                <button type="submit" class="button button--warning">
                  {t('screening.mark_incomplete')}
                </button>
              </Form>
            </>
          ) : null}
          <h3>{t('screening.return_form_heading')}</h3>
          <Form ctx={ctx} action={`${base}/return`}>
            <TextArea
              id="correction"
              label={t('screening.correction_label')}
              hint={t('screening.correction_hint')}
              value={values.correction}
              error={err('correction')}
            />
            <TextField
              id="dueOn"
              label={t('screening.due_on_label')}
              hint={t('screening.due_on_hint')}
              value={values.dueOn}
              error={err('dueOn')}
              width="short"
            />
            <button type="submit" class="button button--secondary">
              {t('screening.return')}
            </button>
          </Form>
        </section>
      ) : null}
    </PageLayout>
  );
}
