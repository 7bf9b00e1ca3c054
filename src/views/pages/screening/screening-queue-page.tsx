import { getProgram } from '@/domain/programs';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TScreeningQueue } from '@/services/screening/list-screening-queue';

import { Select } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle } from '../applications/application-parts';

const STATUSES = ['submitted', 'returned', 'incomplete', 'under_review'] as const;

/** The host's screening queue: counts per status, filters (plain GET form), the applications. */
export function ScreeningQueuePage({ ctx, queue }: { ctx: TViewContext; queue: TScreeningQueue }) {
  const { t, locale } = ctx;
  const title = t('screening.queue_title');
  const status = (s: string) => t(`screening.status_${s}` as TMessageKey);
  const programs = [...new Set(queue.calls.map((c) => c.programId))];
  return (
    <PageLayout ctx={ctx} title={title}>
      <p>
        <a href="/staff">{t('screening.back_to_staff')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('screening.queue_intro')}</p>
      <ul class="counts" aria-label={t('screening.counts_label')}>
        {STATUSES.map((s) => (
          <li key={s}>
            <a href={`/staff/screening?status=${s}`}>
              {status(s)}: <strong>{queue.counts[s]}</strong>
            </a>
          </li>
        ))}
      </ul>
      <form method="get" action="/staff/screening" class="filter-form">
        <Select
          id="program"
          label={t('screening.filter_program')}
          value={queue.filter.programId ?? ''}
          blank={t('screening.filter_any')}
          options={programs.map((p) => ({
            value: p,
            label: locale === 'zh-CN' ? getProgram(p).name.zh : getProgram(p).name.en,
          }))}
        />
        <Select
          id="call"
          label={t('screening.filter_call')}
          value={queue.filter.callId ?? ''}
          blank={t('screening.filter_any')}
          options={queue.calls.map((c) => ({ value: c.callId, label: c.callId }))}
        />
        <Select
          id="status"
          label={t('screening.filter_status')}
          value={queue.filter.status ?? ''}
          blank={t('screening.filter_any')}
          options={STATUSES.map((s) => ({ value: s, label: status(s) }))}
        />
        <button type="submit" class="button">
          {t('screening.filter_apply')}
        </button>
      </form>
      {queue.rows.length === 0 ? (
        <p>{t('screening.queue_empty')}</p>
      ) : (
        <TableScroll label={title}>
          <table>
            <caption>{t('screening.queue_caption', { n: queue.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('screening.applicant')}</th>
                <th scope="col">{t('screening.program')}</th>
                <th scope="col">{t('screening.call')}</th>
                <th scope="col">{t('screening.submitted_at')}</th>
                <th scope="col">{t('screening.status')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/staff/screening/${r.id}`}>
                      {r.familyName ? `${r.familyName} ${r.givenNames ?? ''}` : r.receiptNumber}
                    </a>
                  </td>
                  <td>{applicationTitle(ctx, r)}</td>
                  <td>{r.callId}</td>
                  <td>{r.submittedAt ? formatBeijingDateTime(r.submittedAt, locale) : '—'}</td>
                  <td>{status(r.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
