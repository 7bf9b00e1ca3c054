import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TMailView = {
  id: string;
  to: string;
  subject: string;
  status: string;
  createdAt: Date;
  attempts: number;
  lastError: string | null;
  text?: string;
  /** The text holds one-time links, masked unless revealed. */
  hasSecrets?: boolean;
};

export function MailboxPage({
  ctx,
  mails,
  smtpConfigured,
}: {
  ctx: TViewContext;
  mails: TMailView[];
  smtpConfigured: boolean;
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('mailbox.title')}>
      <h1>{t('mailbox.title')}</h1>
      <p>{smtpConfigured ? t('mailbox.smtp_on') : t('mailbox.smtp_off')}</p>
      {mails.length === 0 ? (
        <p>{t('mailbox.empty')}</p>
      ) : (
        <TableScroll label={t('mailbox.title')}>
          <table>
            <caption class="visually-hidden">{t('mailbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mailbox.col_when')}</th>
                <th scope="col">{t('mailbox.col_to')}</th>
                <th scope="col">{t('mailbox.col_subject')}</th>
                <th scope="col">{t('mailbox.col_status')}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id}>
                  <td>{formatBeijingDateTime(m.createdAt, ctx.locale)}</td>
                  <td>{m.to}</td>
                  <td>
                    <a href={`/admin/mailbox/${m.id}`}>{m.subject}</a>
                  </td>
                  <td>{t(`mailbox.status_${m.status}` as TMessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}

export function MailPage({
  ctx,
  mail,
  isRevealed,
}: {
  ctx: TViewContext;
  mail: TMailView;
  isRevealed: boolean;
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={mail.subject}>
      <p>
        <a href="/admin/mailbox">{t('mailbox.back')}</a>
      </p>
      <h1>{mail.subject}</h1>
      <dl class="summary-list">
        <div class="summary-row">
          <dt>{t('mailbox.col_to')}</dt>
          <dd>{mail.to}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('mailbox.col_status')}</dt>
          <dd>
            {t(`mailbox.status_${mail.status}` as TMessageKey)}
            {mail.lastError ? ` (${mail.lastError})` : ''}
          </dd>
        </div>
      </dl>
      {isRevealed ? (
        <div class="notice" role="status">
          <p>{t('mailbox.revealed_notice')}</p>
        </div>
      ) : mail.hasSecrets ? (
        <form method="post" action={`/admin/mailbox/${mail.id}/reveal`} class="panel">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <p>{t('mailbox.links_hidden')}</p>
          <button type="submit" class="button button--secondary">
            {t('mailbox.reveal')}
          </button>
        </form>
      ) : null}
      <pre class="mail-body">{mail.text}</pre>
    </PageLayout>
  );
}
