import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TNominationQueue } from '@/services/screening/nominations';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle } from '../applications/application-parts';

const STATES = ['awaiting', 'nominated', 'declined'] as const;

/** R-CSC-APPLY: the dispatching authority's queue with its counts. */
export function NominationsPage({ ctx, queue }: { ctx: TViewContext; queue: TNominationQueue }) {
  const { t, locale } = ctx;
  const title = t('screening.nominations_title');
  const stateOf = (d: string | null) => t(`screening.nomination_${d ?? 'awaiting'}` as TMessageKey);
  return (
    <PageLayout ctx={ctx} title={title}>
      <p>
        <a href="/staff">{t('screening.back_to_staff')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('screening.nominations_intro')}</p>
      <ul class="counts" aria-label={t('screening.counts_label')}>
        <li>
          <a href="/staff/nominations">{t('screening.filter_all')}</a>
        </li>
        {STATES.map((s) => (
          <li key={s}>
            <a href={`/staff/nominations?state=${s}`}>
              {stateOf(s)}: <strong>{queue.counts[s]}</strong>
            </a>
          </li>
        ))}
      </ul>
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
                <th scope="col">{t('screening.host')}</th>
                <th scope="col">{t('screening.submitted_at')}</th>
                <th scope="col">{t('screening.nomination')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/staff/nominations/${r.id}`}>{`${r.familyName} ${r.givenNames}`}</a>
                  </td>
                  <td>{applicationTitle(ctx, { programId: 'csc', track: r.track })}</td>
                  <td>{r.hostId ?? '—'}</td>
                  <td>{r.submittedAt ? formatBeijingDateTime(r.submittedAt, locale) : '—'}</td>
                  <td>{stateOf(r.decision)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
