import type { TMessageKey } from '@/i18n/translate';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TCallRowView = {
  id: string;
  programId: string;
  intakeYear: number;
  hostId: string | null;
  opensOn: string | null;
  closesOn: string | null;
  isPublished: boolean;
};

export function CallsPage({ ctx, calls }: { ctx: TViewContext; calls: TCallRowView[] }) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('calls.title')}>
      <h1>{t('calls.title')}</h1>
      {calls.length === 0 ? (
        <p>{t('calls.empty')}</p>
      ) : (
        <TableScroll label={t('calls.title')}>
          <table>
            <caption class="visually-hidden">{t('calls.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calls.col_program')}</th>
                <th scope="col">{t('calls.col_year')}</th>
                <th scope="col">{t('calls.col_host')}</th>
                <th scope="col">{t('calls.col_window')}</th>
                <th scope="col">{t('calls.col_published')}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={`/staff/calls/${c.id}`}>
                      {t(`program.${c.programId}.name` as TMessageKey)}
                    </a>
                  </td>
                  <td>{c.intakeYear}</td>
                  <td>{c.hostId ?? t('calls.all_hosts')}</td>
                  <td>
                    {c.opensOn ?? '—'} → {c.closesOn ?? '—'}
                  </td>
                  <td>{c.isPublished ? t('calls.published') : t('calls.draft')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
