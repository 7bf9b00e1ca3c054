import type { TRankingView } from '@/services/ranking/get-ranking';

import { ErrorSummary, Form, Select, TextField, type TFieldError } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/**
 * R-REV-RANK: a panel's ranking — raw and normalised side by side (R-REV-NORM), spread and the
 * flag in words (R-REV-FLAG), interview, adjustment with its reason, final; incomplete ones apart.
 */
export function RankingPage({
  ctx,
  view,
  errors = [],
  values = {},
  notice,
}: {
  ctx: TViewContext;
  view: TRankingView;
  errors?: TFieldError[];
  values?: Record<string, string>;
  notice?: string;
}) {
  const { t } = ctx;
  const base = `/staff/panels/${view.panel.id}/ranking`;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const title = t('ranking.title', { name: view.panel.name });
  return (
    <PageLayout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p>{view.panel.normalise ? t('ranking.basis_normalised') : t('ranking.basis_raw')}</p>
      {view.canShortlist ? (
        <p>
          <a href={`/staff/panels/${view.panel.id}/interviews`}>
            {t('interviews.link_interviews')}
          </a>
        </p>
      ) : null}
      <h2>{t('ranking.ranked_heading')}</h2>
      <p>{t('ranking.ranked_count', { count: view.rows.length })}</p>
      <p>
        <a href={`${base}/export?format=csv`} download>
          {t('ranking.export_csv')}
        </a>{' '}
        ·{' '}
        <a href={`${base}/export?format=xlsx`} download>
          {t('ranking.export_xlsx')}
        </a>
      </p>
      {view.rows.length > 0 ? (
        <TableScroll label={t('ranking.ranked_heading')}>
          <table>
            <caption class="visually-hidden">{t('ranking.ranked_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.col_rank')}</th>
                <th scope="col">{t('ranking.col_applicant')}</th>
                <th scope="col">{t('ranking.col_raw')}</th>
                <th scope="col">{t('ranking.col_normalised')}</th>
                <th scope="col">{t('ranking.col_median')}</th>
                <th scope="col">{t('ranking.col_spread')}</th>
                <th scope="col">{t('ranking.col_flag')}</th>
                <th scope="col">{t('ranking.col_interview')}</th>
                <th scope="col">{t('ranking.col_adjustment')}</th>
                <th scope="col">{t('ranking.col_final')}</th>
                <th scope="col">{t('ranking.col_reviews')}</th>
                {view.panel.hasInterviews ? (
                  <th scope="col">{t('interviews.col_shortlist')}</th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.applicationId} class={r.isFlagged ? 'row--flagged' : undefined}>
                  <td>{r.rank}</td>
                  <th scope="row">{r.applicantName}</th>
                  <td>{r.raw}</td>
                  <td>{r.normalised}</td>
                  <td>{r.median}</td>
                  <td>{r.spread}</td>
                  <td>
                    {r.isFlagged ? (
                      <strong>{t('ranking.flagged')}</strong>
                    ) : (
                      t('ranking.not_flagged')
                    )}
                  </td>
                  <td>{r.interview ?? t('ranking.no_interview')}</td>
                  <td>
                    {r.adjustment}
                    {r.adjustmentReason ? <span class="hint"> ({r.adjustmentReason})</span> : null}
                  </td>
                  <td>
                    <strong>{r.final}</strong>
                    {r.closedReason ? (
                      <span class="hint">
                        {' '}
                        {t('ranking.closed_note', { reason: r.closedReason })}
                      </span>
                    ) : null}
                  </td>
                  <td>{r.reviews}</td>
                  {view.panel.hasInterviews ? (
                    <td id={`shortlist-${r.applicationId}`}>
                      {r.isShortlisted ? t('interviews.shortlisted') : null}
                      {view.canShortlist ? (
                        <Form
                          ctx={ctx}
                          action={`/staff/panels/${view.panel.id}/ranking/${r.applicationId}/shortlist`}
                        >
                          <input
                            type="hidden"
                            name="shortlist"
                            value={r.isShortlisted ? 'no' : 'yes'}
                          />
                          <button type="submit" class="button--secondary">
                            {r.isShortlisted
                              ? t('interviews.unshortlist')
                              : t('interviews.shortlist')}
                            <span class="visually-hidden">
                              {' '}
                              {t('interviews.shortlist_for', { name: r.applicantName })}
                            </span>
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {view.canAdjust && view.rows.length > 0 ? (
        <section aria-labelledby="adjust-heading">
          <h2 id="adjust-heading">{t('ranking.adjust_heading')}</h2>
          <p class="hint">{t('ranking.adjust_help')}</p>
          <Form ctx={ctx} action={`${base}/adjustment`}>
            <Select
              id="applicationId"
              label={t('ranking.adjust_application')}
              value={values.applicationId}
              options={view.rows.map((r) => ({
                value: r.applicationId,
                label: `${r.rank}. ${r.applicantName}`,
              }))}
            />
            <TextField
              id="adjustment"
              label={t('ranking.adjust_amount')}
              value={values.adjustment}
              error={errorOf('adjustment')}
              width="short"
            />
            <TextField
              id="reason"
              label={t('ranking.adjust_reason')}
              value={values.reason}
              error={errorOf('reason')}
            />
            <button type="submit">{t('ranking.adjust_submit')}</button>
          </Form>
        </section>
      ) : null}
      <h2>{t('ranking.incomplete_heading')}</h2>
      {view.incomplete.length === 0 ? (
        <p>{t('ranking.incomplete_none')}</p>
      ) : (
        <ul class="incomplete-list">
          {view.incomplete.map((x) => (
            <li key={x.applicationId}>
              <strong>{x.applicantName}</strong>:{' '}
              {t('ranking.incomplete_reviews', { reviews: x.reviews, required: x.required })}
              {view.canClose && x.reviews > 0 ? (
                <Form ctx={ctx} action={`${base}/${x.applicationId}/close`}>
                  <TextField
                    id={`close-reason-${x.applicationId}`}
                    label={t('ranking.close_reason')}
                    value={values[`close-reason-${x.applicationId}`]}
                    error={errorOf(`close-reason-${x.applicationId}`)}
                  />
                  <button type="submit">{t('ranking.close_submit')}</button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
