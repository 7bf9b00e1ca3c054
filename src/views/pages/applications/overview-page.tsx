import { formatBeijingDeadline } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';
import type { TApplicationOverview, TTask } from '@/services/applications/get-application-overview';

import { Form } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle, deadlineView } from './application-parts';

function taskLink(applicationId: string, task: TTask): { href: string; labelKey: TMessageKey } {
  const base = `/applications/${applicationId}`;
  if (task.part === 'documents')
    return { href: `${base}/documents`, labelKey: 'application.task_documents' };
  if (task.part === 'referees')
    return { href: `${base}/referees`, labelKey: 'application.task_referees' };
  return { href: `${base}/sections/${task.part}`, labelKey: `form_section.${task.part}` };
}

/** The application as a task list (GOV.UK pattern): each part, its state, then check and send. */
export function OverviewPage({
  ctx,
  overview,
  notice,
}: {
  ctx: TViewContext;
  overview: TApplicationOverview;
  notice?: string;
}) {
  const { t } = ctx;
  const app = overview.application;
  const deadline = deadlineView(ctx, overview.closesOn);
  const view = {
    id: app.id,
    title: applicationTitle(ctx, app),
    status: app.status,
    receiptNumber: app.receiptNumber,
    deadlineText: deadline.text,
    deadlineIso: deadline.iso,
    isEditable: overview.isEditable,
    canWithdraw: overview.canWithdraw,
    tasks: overview.tasks.map((task) => ({ ...taskLink(app.id, task), state: task.state })),
    notice,
  };
  return (
    <PageLayout ctx={ctx} title={view.title} scripts={['/assets/local-time.js']}>
      {view.notice ? (
        <div class="notice" role="status">
          {view.notice}
        </div>
      ) : null}
      <p>
        <a href="/applications">{t('applications.title')}</a>
      </p>
      <h1>{view.title}</h1>
      <p>
        <strong class="tag">{t(`application.status_${view.status}` as TMessageKey)}</strong>
        {view.receiptNumber
          ? ` · ${t('application.receipt', { receipt: view.receiptNumber })}`
          : ''}
      </p>
      <p>
        {t('application.deadline')}:{' '}
        {view.deadlineIso ? (
          <time datetime={view.deadlineIso} data-countdown="">
            {view.deadlineText}
          </time>
        ) : (
          view.deadlineText
        )}
      </p>
      {overview.correction ? (
        <section class="notice" aria-labelledby="correction-heading">
          <h2 id="correction-heading">{t('screening.applicant_correction_heading')}</h2>
          <p class="pre">{overview.correction.text}</p>
          {view.isEditable ? (
            <p>
              {t('screening.applicant_correction_due', {
                deadline: formatBeijingDeadline(overview.correction.dueAt, ctx.locale),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
      {!view.isEditable && view.status !== 'submitted' ? (
        <p class="notice">{t('application.locked')}</p>
      ) : null}
      <ol class="task-list">
        {view.tasks.map((task) => (
          <li key={task.href} class="task">
            <a href={task.href}>{t(task.labelKey)}</a>
            <strong class={task.state === 'done' ? 'tag' : 'tag tag--warn'}>
              {t(`application.task_${task.state}` as TMessageKey)}
            </strong>
          </li>
        ))}
      </ol>
      <div class="button-row">
        {view.isEditable ? (
          <a class="button" href={`/applications/${view.id}/submit`}>
            {t('application.check_and_submit')}
          </a>
        ) : null}
        <a class="button button--secondary" href={`/applications/${view.id}/status`}>
          {t('application.status_page')}
        </a>
        {view.receiptNumber ? (
          <a class="button button--secondary" href={`/applications/${view.id}/form.pdf`}>
            {t('application.download_pdf')}
          </a>
        ) : null}
      </div>
      {view.canWithdraw ? (
        <Form ctx={ctx} action={`/applications/${view.id}/withdraw`}>
          <p>{t('application.withdraw_hint')}</p>
          <button type="submit" class="button button--warning">
            {t('application.withdraw')}
          </button>
        </Form>
      ) : null}
    </PageLayout>
  );
}
