import { PageLayout } from '../layouts/page-layout';
import type { TViewContext } from '../view-context';

export function StaffPage({ ctx, roles }: { ctx: TViewContext; roles: string[] }) {
  const { t, nav } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('staff.title')}>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <ul>
        {roles.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h2>{t('staff.tools')}</h2>
      <ul>
        <li>
          <a href="/staff/verify">{t('staff.verify_link')}</a>
        </li>
        {nav.canReview ? (
          <li>
            <a href="/review">{t('reviewing.nav')}</a>
          </li>
        ) : null}
        {nav.canScreen ? (
          <li>
            <a href="/staff/screening">{t('screening.queue_title')}</a>
          </li>
        ) : null}
        {nav.canNominate ? (
          <li>
            <a href="/staff/nominations">{t('screening.nominations_title')}</a>
          </li>
        ) : null}
        {nav.canEditCalls ? (
          <li>
            <a href="/staff/calls">{t('calls.title')}</a>
          </li>
        ) : null}
        {nav.canManagePanels ? (
          <li>
            <a href="/staff/panels">{t('panels.title')}</a>
          </li>
        ) : null}
      </ul>
    </PageLayout>
  );
}
