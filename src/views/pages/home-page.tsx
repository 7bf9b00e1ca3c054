import { formatBeijingDeadline } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';

import { PageLayout } from '../layouts/page-layout';
import type { TViewContext } from '../view-context';

export type THomeCall = {
  id: string;
  programId: string;
  intakeYear: number;
  hostName: string | null;
  closesAt: Date | null;
};

export function HomePage({ ctx, calls }: { ctx: TViewContext; calls: THomeCall[] }) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <h2>{t('home.open_calls')}</h2>
      {calls.length === 0 ? (
        <p>{t('home.no_calls')}</p>
      ) : (
        <ul class="card-list">
          {calls.map((c) => (
            <li class="card" key={c.id}>
              <h3>{t(`program.${c.programId}.name` as TMessageKey)}</h3>
              <p>
                {t('home.call_year', { year: c.intakeYear })}
                {c.hostName ? ` · ${c.hostName}` : ''}
              </p>
              <p>
                {c.closesAt
                  ? t('home.deadline', { when: formatBeijingDeadline(c.closesAt, ctx.locale) })
                  : t('home.deadline_by_host')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
