import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TApplicationStatusPage } from '@/services/applications/get-application-status';

import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle } from './application-parts';

/** The application's timeline and every email sent about it. */
export function StatusPage({
  ctx,
  status,
  isJustSubmitted,
}: {
  ctx: TViewContext;
  status: TApplicationStatusPage;
  /** Arrived from a successful submission: say so first, with the receipt number. */
  isJustSubmitted: boolean;
}) {
  const { t } = ctx;
  const app = status.application;
  const view = {
    id: app.id,
    title: applicationTitle(ctx, app),
    status: app.status,
    receiptNumber: app.receiptNumber,
    events: status.events,
    emails: status.emails,
    notice:
      isJustSubmitted && app.receiptNumber
        ? t('status.submitted_notice', { receipt: app.receiptNumber })
        : undefined,
  };
  return (
    <PageLayout ctx={ctx} title={t('status.title')}>
      {view.notice ? (
        <div class="panel" role="status">
          <h1>{t('status.submitted_title')}</h1>
          <p>{view.notice}</p>
        </div>
      ) : null}
      <p>
        <a href={`/applications/${view.id}`}>{t('application.back_to_overview')}</a>
      </p>
      {view.notice ? <h2>{t('status.title')}</h2> : <h1>{t('status.title')}</h1>}
      <p class="hint">{view.title}</p>
      <p>
        <strong class="tag">{t(`application.status_${view.status}` as TMessageKey)}</strong>
        {view.receiptNumber
          ? ` · ${t('application.receipt', { receipt: view.receiptNumber })}`
          : ''}
      </p>
      <ol class="timeline">
        {view.events.map((e, i) => (
          <li key={i}>
            <strong>{t(`status.event_${e.kind}` as TMessageKey)}</strong>{' '}
            <span class="hint">{formatBeijingDateTime(e.at, ctx.locale)}</span>
          </li>
        ))}
      </ol>
      <h2>{t('status.emails')}</h2>
      {view.emails.length === 0 ? (
        <p>{t('status.no_emails')}</p>
      ) : (
        <ul>
          {view.emails.map((m, i) => (
            <li key={i}>
              {m.subject} — {m.to}{' '}
              <span class="hint">
                ({formatBeijingDateTime(m.at, ctx.locale)},{' '}
                {t(`mailbox.status_${m.status}` as TMessageKey)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
