import type { TRefereeListItem, TRefereesView } from '@/services/referees/list-referees';

import { ErrorSummary, Form, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import {
  Deadline,
  programTrack,
  RefereeFields,
  STATUS_KEYS,
  type TRefereeValues,
} from './referee-parts';

function RefereeCard({
  ctx,
  applicationId,
  referee,
}: {
  ctx: TViewContext;
  applicationId: string;
  referee: TRefereeListItem;
}) {
  const { t } = ctx;
  const base = `/applications/${applicationId}/referees/${referee.id}`;
  const isWarn = referee.status === 'declined' || referee.status === 'bounced';
  return (
    <li class="card">
      <h3 class="card-title">{referee.name}</h3>
      <p>
        {referee.title} · {referee.institution}
      </p>
      <p>{referee.email}</p>
      <p>
        {t('referees.status_label')}{' '}
        <strong class={isWarn ? 'tag tag--warn' : 'tag'}>
          {t(STATUS_KEYS[referee.status] ?? 'referees.status_invited')}
        </strong>
      </p>
      {referee.status === 'bounced' ? <p>{t('referees.bounced_hint')}</p> : null}
      {referee.status === 'declined' ? <p>{t('referees.declined_hint')}</p> : null}
      {referee.canResend || referee.canReplace ? (
        <div class="button-row">
          {referee.canResend ? (
            <Form ctx={ctx} action={`${base}/resend`}>
              <button type="submit" class="button button--secondary">
                {t('referees.resend')}
                <span class="visually-hidden"> {referee.name}</span>
              </button>
            </Form>
          ) : null}
          {referee.canReplace ? (
            <p>
              <a href={`${base}/replace`}>
                {t('referees.replace')}
                <span class="visually-hidden"> {referee.name}</span>
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The applicant's referees: how many letters are needed, each referee's status (never the
 * letter), and the form to name one more. Works without JavaScript.
 */
export function RefereesPage({
  ctx,
  view,
  values = {},
  errors = [],
  notice,
}: {
  ctx: TViewContext;
  view: TRefereesView;
  values?: TRefereeValues;
  errors?: TFieldError[];
  notice?: string | undefined;
}) {
  const { t } = ctx;
  const title = t('referees.title');
  const action = `/applications/${view.applicationId}/referees`;
  return (
    <PageLayout ctx={ctx} title={title} scripts={['/assets/local-time.js']}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <p class="lead">{programTrack(ctx, view.programId, view.track)}</p>
      <h1>{title}</h1>
      <p>
        {view.lettersNeeded === 0
          ? t('referees.none_needed')
          : t('referees.needed', { count: view.lettersNeeded })}
      </p>
      <p>{t('referees.privacy')}</p>
      <dl class="summary-list">
        <div class="summary-row">
          <dt>{t('referees.deadline')}</dt>
          <dd>
            <Deadline ctx={ctx} closesOn={view.closesOn} />
          </dd>
        </div>
      </dl>
      {view.isOpen ? null : <p class="notice">{t('referees.locked')}</p>}
      {view.referees.length > 0 ? (
        <>
          <h2>{t('referees.list_heading')}</h2>
          <ul class="card-list">
            {view.referees.map((r) => (
              <RefereeCard ctx={ctx} applicationId={view.applicationId} referee={r} key={r.id} />
            ))}
          </ul>
        </>
      ) : null}
      {view.canAdd ? (
        <>
          <h2>{t('referees.add_heading')}</h2>
          <p>{t('referees.add_hint')}</p>
          <Form ctx={ctx} action={action}>
            <RefereeFields ctx={ctx} values={values} errors={errors} />
            <button type="submit" class="button">
              {t('referees.add_submit')}
            </button>
          </Form>
        </>
      ) : view.isOpen && view.lettersNeeded > 0 ? (
        <p>{t('referees.all_named', { count: view.lettersNeeded })}</p>
      ) : null}
    </PageLayout>
  );
}
