import { getProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import type { TApplicationsPage } from '@/services/applications/get-applications-page';

import { Form } from '../../components/form';
import { loc } from '../../components/localized';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { deadlineView } from './application-parts';

/** The applicant's applications and the calls still open to start one. */
export function ApplicationsPage({
  ctx,
  page,
  error,
}: {
  ctx: TViewContext;
  page: TApplicationsPage;
  error?: string;
}) {
  const applications = page.applications.map((a) => {
    const program = getProgram(a.programId);
    const track = program.tracks.find((tr) => tr.id === a.track);
    return {
      id: a.id,
      programName: loc(ctx, program.name),
      trackName: track ? loc(ctx, track.name) : a.track,
      status: a.status,
      receiptNumber: a.receiptNumber,
    };
  });
  const openCalls = page.openCalls.map((c) => {
    const program = getProgram(c.programId);
    return {
      id: c.id,
      title: `${loc(ctx, program.name)} · ${c.intakeYear}${c.hostName ? ` · ${loc(ctx, c.hostName)}` : ''}`,
      deadline: deadlineView(ctx, c.closesOn).text,
      tracks: program.tracks.map((tr) => ({ id: tr.id, name: loc(ctx, tr.name) })),
    };
  });
  const p = { ctx, applications, openCalls, hasProfile: page.hasProfile, error };
  const { t } = ctx;
  return (
    <PageLayout ctx={p.ctx} title={t('applications.title')}>
      <h1>{t('applications.title')}</h1>
      {p.error ? (
        <div class="error-summary" role="alert">
          <p>{p.error}</p>
        </div>
      ) : null}
      {!p.hasProfile ? (
        <p class="notice">
          {t('applications.profile_first')}{' '}
          <a href="/applicant/profile?next=/applications">{t('profile.title')}</a>
        </p>
      ) : null}
      {p.applications.length === 0 ? (
        <p>{t('applications.none')}</p>
      ) : (
        <ul class="card-list">
          {p.applications.map((a) => (
            <li class="card" key={a.id}>
              <h2 class="card-title">
                <a href={`/applications/${a.id}`}>{a.programName}</a>
              </h2>
              <p>{a.trackName}</p>
              <p>
                <strong class="tag">{t(`application.status_${a.status}` as TMessageKey)}</strong>
                {a.receiptNumber
                  ? ` · ${t('application.receipt', { receipt: a.receiptNumber })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('applications.start_heading')}</h2>
      {p.openCalls.length === 0 ? <p>{t('applications.no_open_calls')}</p> : null}
      {p.openCalls.map((c) => (
        <section class="card" key={c.id} aria-labelledby={`start-${c.id}`}>
          <h3 id={`start-${c.id}`}>{c.title}</h3>
          <p>{t('home.deadline', { when: c.deadline })}</p>
          <Form ctx={p.ctx} action="/applications">
            <input type="hidden" name="callId" value={c.id} />
            <div class="field">
              <label for={`track-${c.id}`}>{t('applications.track')}</label>
              <select id={`track-${c.id}`} name="track">
                {c.tracks.map((tr) => (
                  <option value={tr.id} key={tr.id}>
                    {tr.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button">
              {t('applications.start')}
            </button>
          </Form>
        </section>
      ))}
    </PageLayout>
  );
}
