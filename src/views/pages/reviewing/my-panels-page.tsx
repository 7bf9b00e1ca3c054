import type { TMyPanel } from '@/services/reviewing/get-my-panels';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { DueAt, panelHref } from './review-parts';

/** `/review`: the panels the user works on, with progress. */
export function MyPanelsPage({ ctx, panels }: { ctx: TViewContext; panels: TMyPanel[] }) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('reviewing.my_panels.title')}>
      <h1>{t('reviewing.my_panels.title')}</h1>
      {panels.length === 0 ? (
        <p>{t('reviewing.my_panels.empty')}</p>
      ) : (
        <TableScroll label={t('reviewing.my_panels.title')}>
          <table>
            <caption class="visually-hidden">{t('reviewing.my_panels.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewing.col.panel')}</th>
                <th scope="col">{t('reviewing.col.role')}</th>
                <th scope="col">{t('reviewing.col.progress')}</th>
                <th scope="col">{t('reviewing.col.due')}</th>
              </tr>
            </thead>
            <tbody>
              {panels.map((p) => (
                <tr key={p.panelId}>
                  <td>
                    <a href={panelHref(p.panelId)}>{p.name}</a>
                    {p.isDeclared ? null : <> ({t('reviewing.my_panels.declare_first')})</>}
                  </td>
                  <td>
                    {t(p.role === 'chair' ? 'reviewing.role.chair' : 'reviewing.role.reviewer')}
                  </td>
                  <td>{t('reviewing.progress', { submitted: p.submitted, total: p.total })}</td>
                  <td>
                    <DueAt ctx={ctx} dueAt={p.dueAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
