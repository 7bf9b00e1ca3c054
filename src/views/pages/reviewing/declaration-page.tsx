import type { TDeclarationPage } from '@/services/reviewing/get-declaration-page';

import { ErrorSummary, type TFieldError } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/**
 * R-GEN-COI: the applicants of the panel and their current institutions, to tick the ones the
 * reviewer has a conflict with (or confirm none) before any file opens.
 */
export function DeclarationPage({
  ctx,
  page,
  errors = [],
}: {
  ctx: TViewContext;
  page: TDeclarationPage;
  errors?: TFieldError[];
}) {
  const { t } = ctx;
  const error = errors[0]?.message;
  return (
    <PageLayout ctx={ctx} title={t('reviewing.declare.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('reviewing.declare.title')}</h1>
      <p>{page.panel.name}</p>
      <p>{t('reviewing.declare.intro')}</p>
      {page.declaredAt ? <p>{t('reviewing.declare.already')}</p> : null}
      <form method="post" action={`/review/panels/${page.panel.id}/conflicts`} novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <fieldset
          class={error ? 'field field--error' : 'field'}
          aria-describedby={error ? 'conflicts-error' : undefined}
        >
          <legend>{t('reviewing.declare.legend')}</legend>
          {error ? (
            <p class="field-error" id="conflicts-error">
              {error}
            </p>
          ) : null}
          {page.rows.length === 0 ? (
            <p>{t('reviewing.declare.nobody')}</p>
          ) : (
            <TableScroll label={t('reviewing.declare.legend')}>
              <table>
                <caption class="visually-hidden">{t('reviewing.declare.legend')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviewing.declare.col_conflict')}</th>
                    <th scope="col">{t('reviewing.col.applicant')}</th>
                    <th scope="col">{t('reviewing.declare.col_institutions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((r, i) => (
                    <tr key={r.applicationId}>
                      <td>
                        <input
                          type="checkbox"
                          id={i === 0 ? 'conflicts' : `conflict-${r.applicationId}`}
                          name="conflict"
                          value={r.applicationId}
                          checked={r.isDeclared}
                          disabled={r.isDeclared}
                          aria-labelledby={`name-${r.applicationId}`}
                        />
                      </td>
                      <td id={`name-${r.applicationId}`}>{r.name}</td>
                      <td>{r.institutions.join('; ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {page.declaredAt ? null : (
            <div class="radio">
              <input type="checkbox" id="none" name="none" value="1" />
              <label for="none">{t('reviewing.declare.none')}</label>
            </div>
          )}
        </fieldset>
        <button type="submit">{t('reviewing.declare.submit')}</button>
      </form>
    </PageLayout>
  );
}
