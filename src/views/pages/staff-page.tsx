import { PageLayout } from '../layouts/page-layout';
import type { TViewContext } from '../view-context';

export function StaffPage({ ctx, roles }: { ctx: TViewContext; roles: string[] }) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('staff.title')}>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <ul>
        {roles.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </PageLayout>
  );
}
