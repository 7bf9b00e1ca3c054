import type { TQueuePage } from '@/services/reviewing/get-queue-page';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationHref, DueAt, stateLabel } from './review-parts';

/** `/review/panels/:panelId`: the member's queue with progress, and the offline files. */
export function QueuePage({
  ctx,
  page,
  notice,
}: {
  ctx: TViewContext;
  page: TQueuePage;
  notice?: string;
}) {
  const { t } = ctx;
  const base = `/review/panels/${page.panel.id}`;
  return (
    <PageLayout ctx={ctx} title={page.panel.name}>
      <p>
        <a href="/review">{t('reviewing.my_panels.title')}</a>
      </p>
      <h1>{page.panel.name}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        {t('reviewing.progress', {
          submitted: page.progress.submitted,
          total: page.progress.total,
        })}
        {' · '}
        {t('reviewing.due_label')} <DueAt ctx={ctx} dueAt={page.panel.dueAt} />
      </p>
      {page.rows.length === 0 ? (
        <p>{t('reviewing.queue.empty')}</p>
      ) : (
        <TableScroll label={t('reviewing.queue.title')}>
          <table>
            <caption>{t('reviewing.queue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewing.col.applicant')}</th>
                <th scope="col">{t('reviewing.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.applicationId}>
                  <td>
                    <a href={applicationHref(page.panel.id, r.applicationId)}>{r.name}</a>
                  </td>
                  <td>{stateLabel(ctx, r.state)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {page.others.length > 0 ? (
        <>
          <h2>{t('reviewing.queue.chair_others')}</h2>
          <ul>
            {page.others.map((o) => (
              <li key={o.applicationId}>
                <a href={applicationHref(page.panel.id, o.applicationId)}>{o.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('reviewing.offline.title')}</h2>
      <p>{t('reviewing.offline.intro')}</p>
      <ul>
        <li>
          <a href={`${base}/packet.pdf`}>{t('reviewing.offline.packet')}</a>
        </li>
        <li>
          <a href={`${base}/score-sheet.xlsx`}>{t('reviewing.offline.sheet')}</a>
        </li>
        <li>
          <a href={`${base}/score-sheet`}>{t('reviewing.offline.upload')}</a>
        </li>
        <li>
          <a href={`${base}/conflicts`}>{t('reviewing.declare.title')}</a>
        </li>
      </ul>
    </PageLayout>
  );
}
