import { ErrorSummary, Form, TextArea, type TFieldError } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TChangeRow = { label: string; before: string; after: string };

/** GOV.UK "check your answers" for an officer's edit: what changes, then why, then save. */
export function CallCheckPage(p: {
  ctx: TViewContext;
  callId: string;
  title: string;
  rows: TChangeRow[];
  hidden: Record<string, string>;
  reason?: string;
  errors: TFieldError[];
}) {
  const { t } = p.ctx;
  const shown = (value: string) =>
    value.trim() === '' ? t('call_form.empty_value') : value === 'on' ? t('call_form.yes') : value;
  return (
    <PageLayout ctx={p.ctx} title={t('call_check.title')}>
      <ErrorSummary ctx={p.ctx} errors={p.errors} />
      <h1>{t('call_check.title')}</h1>
      <p class="hint">{p.title}</p>
      {p.rows.length === 0 ? (
        <p>{t('call_check.no_changes')}</p>
      ) : (
        <TableScroll label={t('call_check.title')}>
          <table>
            <caption class="visually-hidden">{t('call_check.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('call_check.col_field')}</th>
                <th scope="col">{t('call_check.col_before')}</th>
                <th scope="col">{t('call_check.col_after')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td class="pre">{shown(r.before)}</td>
                  <td class="pre">{shown(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Form ctx={p.ctx} action={`/staff/calls/${p.callId}/confirm`}>
        {Object.entries(p.hidden).map(([k, v]) => (
          <input type="hidden" name={k} value={v} key={k} />
        ))}
        <TextArea
          id="reason"
          label={t('call_check.reason')}
          hint={t('call_check.reason_hint')}
          value={p.reason}
          error={p.errors.find((e) => e.field === 'reason')?.message}
          rows={3}
        />
        <div class="button-row">
          <button type="submit" class="button" name="intent" value="save">
            {t('call_check.save')}
          </button>
          <button type="submit" class="button button--secondary" name="intent" value="edit">
            {t('call_check.change')}
          </button>
        </div>
      </Form>
    </PageLayout>
  );
}
