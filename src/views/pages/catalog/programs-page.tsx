import type { TCatalogProgram } from '@/services/catalog/get-catalog';

import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { ProgramCard } from './program-card';

export function ProgramsPage({
  ctx,
  catalog,
  now,
  isHome,
}: {
  ctx: TViewContext;
  catalog: readonly TCatalogProgram[];
  now: Date;
  isHome: boolean;
}) {
  const { t } = ctx;
  const title = isHome ? t('home.title') : t('catalog.programs_title');
  return (
    <PageLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {isHome ? <p class="lead">{t('home.lead')}</p> : null}
      <div class="panel panel--finder">
        <p>{t('home.finder_pitch')}</p>
        <a class="button button--secondary" href="/finder">
          {t('home.finder_link')}
        </a>
      </div>
      <ul class="card-list">
        {catalog.map((entry) => (
          <ProgramCard key={entry.program.id} ctx={ctx} entry={entry} now={now} />
        ))}
      </ul>
    </PageLayout>
  );
}
