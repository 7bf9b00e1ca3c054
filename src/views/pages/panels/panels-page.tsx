import type { TMessageKey } from '@/i18n/translate';
import type { TPanelsOfCall } from '@/services/panels/list-panels';

import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/** Every call the officer builds panels for, with each panel's progress. */
export function PanelsPage({ ctx, calls }: { ctx: TViewContext; calls: TPanelsOfCall[] }) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('panels.title')}>
      <h1>{t('panels.title')}</h1>
      <p>{t('panels.intro')}</p>
      {calls.length === 0 ? <p>{t('panels.no_calls')}</p> : null}
      {calls.map(({ call, panels }) => {
        const title = `${t(`program.${call.programId}.name` as TMessageKey)} ${call.intakeYear}${call.hostId ? ` · ${call.hostId}` : ''}`;
        return (
          <section key={call.id} aria-labelledby={`call-${call.id}`}>
            <h2 id={`call-${call.id}`}>{title}</h2>
            <p>
              <a href={`/staff/panels/new?call=${encodeURIComponent(call.id)}`}>
                {t('panels.new_link')}
                <span class="visually-hidden"> {title}</span>
              </a>
            </p>
            {panels.length === 0 ? (
              <p>{t('panels.none')}</p>
            ) : (
              // Note: the section is already a region named `title`; axe wants each landmark's
              // name unique (landmark-is-unique), so the scroll region says what it holds.
              <TableScroll label={`${title} · ${t('panels.title')}`}>
                <table>
                  <caption class="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('panels.col_name')}</th>
                      <th scope="col">{t('panels.col_track')}</th>
                      <th scope="col">{t('panels.col_applications')}</th>
                      <th scope="col">{t('panels.col_members')}</th>
                      <th scope="col">{t('panels.col_assignments')}</th>
                      <th scope="col">{t('panels.col_reviews')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {panels.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <a href={`/staff/panels/${p.id}`}>{p.name}</a>
                        </td>
                        <td>
                          {p.track}
                          {p.discipline ? ` · ${p.discipline}` : ''}
                        </td>
                        <td>{p.applications}</td>
                        <td>{p.members}</td>
                        <td>{p.assignments}</td>
                        <td>
                          {t('panels.reviews_progress', {
                            submitted: p.submitted,
                            required: p.required,
                          })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </PageLayout>
  );
}
