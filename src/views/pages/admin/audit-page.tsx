import { formatBeijingDateTime } from '@/i18n/format';

import { TextField } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TAuditView = {
  id: number;
  occurredAt: Date;
  actor: string;
  action: string;
  entity: string;
  before: unknown;
  after: unknown;
  reason: string | null;
};

export type TAuditFilterValues = {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

function json(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

export function AuditPage(p: {
  ctx: TViewContext;
  rows: TAuditView[];
  filter: TAuditFilterValues;
  nextHref: string | null;
}) {
  const { t } = p.ctx;
  return (
    <PageLayout ctx={p.ctx} title={t('audit.title')}>
      <h1>{t('audit.title')}</h1>
      <form method="get" action="/admin/audit" class="filter-form">
        <TextField id="action" label={t('audit.filter_action')} value={p.filter.action} />
        <TextField
          id="entityType"
          label={t('audit.filter_entity_type')}
          value={p.filter.entityType}
        />
        <TextField id="entityId" label={t('audit.filter_entity_id')} value={p.filter.entityId} />
        <TextField
          id="from"
          type="date"
          label={t('audit.filter_from')}
          hint={t('audit.filter_date_hint')}
          value={p.filter.from}
        />
        <TextField
          id="to"
          type="date"
          label={t('audit.filter_to')}
          hint={t('audit.filter_date_hint')}
          value={p.filter.to}
        />
        <button type="submit" class="button button--secondary">
          {t('audit.filter_submit')}
        </button>
      </form>
      {p.rows.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <TableScroll label={t('audit.title')}>
          <table>
            <caption class="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col_when')}</th>
                <th scope="col">{t('audit.col_who')}</th>
                <th scope="col">{t('audit.col_what')}</th>
                <th scope="col">{t('audit.col_entity')}</th>
                <th scope="col">{t('audit.col_before')}</th>
                <th scope="col">{t('audit.col_after')}</th>
                <th scope="col">{t('audit.col_why')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatBeijingDateTime(r.occurredAt, p.ctx.locale)}</td>
                  <td>{r.actor}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>{r.entity}</td>
                  <td class="json">{json(r.before)}</td>
                  <td class="json">{json(r.after)}</td>
                  <td>{r.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {p.nextHref ? (
        <p>
          <a href={p.nextHref}>{t('audit.next_page')}</a>
        </p>
      ) : null}
    </PageLayout>
  );
}
