import { reviewScore } from '@/domain/review/scoring/score';
import { missingScores } from '@/domain/review/workspace/score-form';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TReviewPage } from '@/services/reviewing/get-review-page';

import { ErrorSummary, type TFieldError } from '../../components/form';
import { loc } from '../../components/localized';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationHref, DueAt, panelHref, stateLabel } from './review-parts';

export type TReviewForm = {
  /** What was typed (after a refused save), by criterion id; else the saved scores show. */
  values?: Record<string, string>;
  comment?: string;
  errors: TFieldError[];
  notice?: string;
};

/** The field id of a criterion's score (the error summary links to it). */
export const scoreFieldId = (criterionId: string) => `score-${criterionId}`;

/**
 * One application under review: summary, the document shown in the page by the browser's own
 * viewer (served inline by the review-scoped route), the score form, previous/next links in
 * queue order (keyboard shortcuts added by reviewing-keys.js), others' reviews once one's own
 * is submitted.
 */
export function ReviewPage({
  ctx,
  page,
  shownDocument,
  form,
}: {
  ctx: TViewContext;
  page: TReviewPage;
  /** 'form' (the printed application) or a document id. */
  shownDocument: string;
  form: TReviewForm;
}) {
  const { t } = ctx;
  const { panel, application: app, queue } = page;
  const here = applicationHref(panel.id, app.id);
  const viewerSrc =
    shownDocument === 'form' ? `${here}/form.pdf` : `${here}/documents/${shownDocument}`;
  const errorOf = (field: string) => form.errors.find((e) => e.field === field)?.message;
  return (
    <PageLayout
      ctx={ctx}
      title={app.name}
      scripts={['/assets/reviewing-keys.js', '/assets/reviewing-autosave.js']}
    >
      <link rel="stylesheet" href="/assets/reviewing.css" />
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <nav aria-label={t('reviewing.review.queue_nav')} class="review-nav">
        <a href={panelHref(panel.id)}>{panel.name}</a>
        {queue.position !== null ? (
          <span>
            {' '}
            · {t('reviewing.review.position', { position: queue.position, total: queue.total })}
          </span>
        ) : null}
        {queue.previous ? (
          <>
            {' · '}
            <a
              href={applicationHref(panel.id, queue.previous)}
              rel="prev"
              data-shortcut="previous"
              aria-keyshortcuts="Alt+Shift+ArrowLeft k"
            >
              {t('reviewing.review.previous')}
            </a>
          </>
        ) : null}
        {queue.next ? (
          <>
            {' · '}
            <a
              href={applicationHref(panel.id, queue.next)}
              rel="next"
              data-shortcut="next"
              aria-keyshortcuts="Alt+Shift+ArrowRight j"
            >
              {t('reviewing.review.next')}
            </a>
          </>
        ) : null}
      </nav>
      <p class="hint" id="shortcuts-hint" hidden>
        {t('reviewing.review.shortcuts')}
      </p>
      <h1>{app.name}</h1>
      {form.notice ? (
        <p class="notice" role="status">
          {form.notice}
        </p>
      ) : null}
      <dl class="summary-list">
        <div class="summary-row">
          <dt>{t('reviewing.review.program')}</dt>
          <dd>
            {t(`program.${app.programId}.name`)} · {app.track}
          </dd>
        </div>
        {app.title ? (
          <div class="summary-row">
            <dt>{t('reviewing.review.plan_title')}</dt>
            <dd>{app.title}</dd>
          </div>
        ) : null}
        <div class="summary-row">
          <dt>{t('reviewing.review.receipt')}</dt>
          <dd>{app.receiptNumber ?? '—'}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('reviewing.review.submitted_at')}</dt>
          <dd>{app.submittedAt ? formatBeijingDateTime(app.submittedAt, ctx.locale) : '—'}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('reviewing.due_label')}</dt>
          <dd>
            <DueAt ctx={ctx} dueAt={panel.dueAt} />
          </dd>
        </div>
      </dl>
      <div class="review-workspace">
        <section aria-labelledby="documents-title" class="review-documents">
          <h2 id="documents-title">{t('reviewing.review.documents')}</h2>
          <ul>
            <li>
              <a
                href={`${here}?doc=form`}
                aria-current={shownDocument === 'form' ? 'true' : undefined}
              >
                {t('reviewing.review.application_form')}
              </a>
            </li>
            {page.documents.map((d) => (
              <li key={d.id}>
                <a
                  href={`${here}?doc=${d.id}`}
                  aria-current={shownDocument === d.id ? 'true' : undefined}
                >
                  {d.isLetter ? `${t('reviewing.review.letter')}: ` : ''}
                  {d.fileName}
                </a>
              </li>
            ))}
          </ul>
          <iframe
            class="review-viewer"
            src={viewerSrc}
            title={t('reviewing.review.viewer_title')}
            width="100%"
            height="720"
          />
          <p>
            <a href={viewerSrc} target="_blank" rel="noopener">
              {t('reviewing.review.open_document')}
            </a>
          </p>
        </section>
        <section aria-labelledby="score-title" class="review-score">
          <h2 id="score-title">{t('reviewing.review.score_title')}</h2>
          {page.review === null ? (
            <p>{t('reviewing.review.chair_not_assigned')}</p>
          ) : page.review.state === 'submitted' ? (
            <SubmittedReview ctx={ctx} page={page} />
          ) : (
            <form method="post" action={here} novalidate>
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <div data-autosave={`${here}/draft`}>
                {panel.rubric.map((c) => {
                  const id = scoreFieldId(c.id);
                  const error = errorOf(id);
                  const saved = page.review!.scores[c.id];
                  const value = form.values?.[c.id] ?? (saved === undefined ? '' : String(saved));
                  return (
                    <div class={error ? 'field field--error' : 'field'} key={c.id}>
                      <label for={id}>{loc(ctx, c.label)}</label>
                      <p class="hint" id={`${id}-hint`}>
                        {t('reviewing.review.scale', { min: c.min, max: c.max })}
                      </p>
                      <p class="field-error" id={`${id}-error`} hidden={!error}>
                        {error ?? ''}
                      </p>
                      <input
                        id={id}
                        name={id}
                        type="text"
                        inputmode="numeric"
                        class="input--short"
                        value={value}
                        aria-describedby={`${id}-hint ${id}-error`}
                        aria-invalid={error ? 'true' : undefined}
                      />
                    </div>
                  );
                })}
                <div class={errorOf('comment') ? 'field field--error' : 'field'}>
                  <label for="comment">{t('reviewing.review.comment')}</label>
                  {errorOf('comment') ? (
                    <p class="field-error" id="comment-error">
                      {errorOf('comment')}
                    </p>
                  ) : null}
                  <textarea
                    id="comment"
                    name="comment"
                    rows={6}
                    aria-describedby={errorOf('comment') ? 'comment-error' : undefined}
                    aria-invalid={errorOf('comment') ? 'true' : undefined}
                  >
                    {form.comment ?? page.review.comment}
                  </textarea>
                </div>
                <p class="autosave-status" role="status" aria-live="polite" />
              </div>
              <button type="submit" name="intent" value="save">
                {t('reviewing.review.save')}
              </button>
              <h3>{t('reviewing.review.submit_title')}</h3>
              <div class={errorOf('confirm') ? 'field field--error' : 'field'}>
                {errorOf('confirm') ? (
                  <p class="field-error" id="confirm-error">
                    {errorOf('confirm')}
                  </p>
                ) : null}
                <div class="radio">
                  <input
                    type="checkbox"
                    id="confirm"
                    name="confirm"
                    value="1"
                    aria-describedby={errorOf('confirm') ? 'confirm-error' : undefined}
                  />
                  <label for="confirm">{t('reviewing.review.confirm')}</label>
                </div>
              </div>
              <button type="submit" name="intent" value="submit">
                {t('reviewing.review.submit')}
              </button>
            </form>
          )}
        </section>
      </div>
    </PageLayout>
  );
}

function SubmittedReview({ ctx, page }: { ctx: TViewContext; page: TReviewPage }) {
  const { t } = ctx;
  const review = page.review!;
  const rubric = page.panel.rubric;
  return (
    <>
      <p>
        {stateLabel(ctx, review.state)}
        {review.submittedAt ? ` · ${formatBeijingDateTime(review.submittedAt, ctx.locale)}` : ''}
      </p>
      <TableScroll label={t('reviewing.review.scores_title')}>
        <table>
          <caption>{t('reviewing.review.scores_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviewing.col.reviewer')}</th>
              {rubric.map((c) => (
                <th scope="col" key={c.id}>
                  {loc(ctx, c.label)} ({c.min}–{c.max})
                </th>
              ))}
              <th scope="col">{t('reviewing.col.score')}</th>
              <th scope="col">{t('reviewing.review.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              { scores: review.scores, comment: review.comment, isMine: true },
              ...(page.others ?? []).map((o) => ({ ...o, isMine: false })),
            ].map((r, i) => (
              <tr key={i}>
                <th scope="row">
                  {r.isMine
                    ? t('reviewing.review.you')
                    : t('reviewing.review.reviewer_n', { n: i })}
                </th>
                {rubric.map((c) => (
                  <td key={c.id}>{r.scores[c.id] ?? '—'}</td>
                ))}
                <td>{scoreText(rubric, r.scores)}</td>
                <td>{r.comment || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** R-REV-SCORE on 0–100 to 2 decimals, when every criterion is scored. */
function scoreText(rubric: TReviewPage['panel']['rubric'], scores: Record<string, number>): string {
  return missingScores(rubric, scores).length === 0 ? reviewScore(rubric, scores).toFixed(2) : '—';
}
