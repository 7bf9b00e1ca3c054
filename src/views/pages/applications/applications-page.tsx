import type { TMessageKey } from '@/i18n/translate';

import { Form } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TApplicationListItem = {
  id: string;
  programName: string;
  trackName: string;
  status: string;
  receiptNumber: string | null;
};
export type TOpenCallItem = {
  id: string;
  title: string;
  deadline: string;
  tracks: { id: string; name: string }[];
};

export function ApplicationsPage(p: {
  ctx: TViewContext;
  applications: TApplicationListItem[];
  openCalls: TOpenCallItem[];
  hasProfile: boolean;
  error?: string;
}) {
  const { t } = p.ctx;
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
