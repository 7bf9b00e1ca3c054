import type { TSheetRowError } from '@/services/reviewing/import-score-sheet';
import type { TMessageKey } from '@/i18n/translate';

import { ErrorSummary } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { panelHref } from './review-parts';

/** The upload of a filled score sheet, and the row errors of the last one. */
export function ScoreSheetPage({
  ctx,
  panelId,
  result,
  error,
}: {
  ctx: TViewContext;
  panelId: string;
  result?: { savedRows: number; errors: TSheetRowError[] };
  error?: string;
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('reviewing.sheet.title')}>
      <ErrorSummary ctx={ctx} errors={error ? [{ field: 'sheet', message: error }] : []} />
      <p>
        <a href={panelHref(panelId)}>{t('reviewing.queue.title')}</a>
      </p>
      <h1>{t('reviewing.sheet.title')}</h1>
      <p>{t('reviewing.sheet.intro')}</p>
      {result ? (
        <>
          <p role="status">{t('reviewing.sheet.imported', { count: result.savedRows })}</p>
          {result.errors.length > 0 ? (
            <TableScroll label={t('reviewing.sheet.errors')}>
              <table>
                <caption>{t('reviewing.sheet.errors')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviewing.sheet.col_row')}</th>
                    <th scope="col">{t('reviewing.sheet.col_column')}</th>
                    <th scope="col">{t('reviewing.sheet.col_message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.row || '—'}</td>
                      <td>{e.column || '—'}</td>
                      <td>
                        {t(`reviewing.sheet.error.${e.code}` as TMessageKey, {
                          min: e.min ?? 0,
                          max: e.max ?? 0,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </>
      ) : null}
      <form
        method="post"
        action={`/review/panels/${panelId}/score-sheet`}
        enctype="multipart/form-data"
        novalidate
      >
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class={error ? 'field field--error' : 'field'}>
          <label for="sheet">{t('reviewing.sheet.file_label')}</label>
          {error ? (
            <p class="field-error" id="sheet-error">
              {error}
            </p>
          ) : null}
          <input
            type="file"
            id="sheet"
            name="sheet"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={error ? 'sheet-error' : undefined}
          />
        </div>
        <button type="submit">{t('reviewing.sheet.upload')}</button>
      </form>
    </PageLayout>
  );
}
