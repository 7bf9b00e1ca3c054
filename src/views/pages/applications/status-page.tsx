import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';

import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TStatusView = {
  id: string;
  title: string;
  status: string;
  receiptNumber: string | null;
  events: { kind: string; at: Date }[];
  emails: { subject: string; to: string; status: string; at: Date }[];
  notice?: string;
};

/** The application's timeline and every email sent about it (issue 6 point 7). */
export function StatusPage({ ctx, view }: { ctx: TViewContext; view: TStatusView }) {
  const { t } = ctx;
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
