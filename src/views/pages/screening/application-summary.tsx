import { formSections } from '@/domain/applications/form-definition';
import { getProgram } from '@/domain/programs';
import { formatBeijingDateTime } from '@/i18n/format';
import { isMessageKey, type TMessageKey } from '@/i18n/translate';
import type { TApplicationSummary } from '@/services/screening/application-summary';

import type { TViewContext } from '../../view-context';
import { applicationTitle, fieldLabel } from '../applications/application-parts';

/** The answer as read: a choice's own words where the catalog has them. */
function answerText(ctx: TViewContext, field: string, value: string): string {
  if (value === 'yes' || value === 'no') return ctx.t(value === 'yes' ? 'finder.yes' : 'finder.no');
  const key = `form_choice.${field}.${value}`;
  return isMessageKey(key) ? ctx.t(key) : value;
}

/** The application read-only: applicant, program, every answer, the documents. */
export function ApplicationSummary({
  ctx,
  summary,
}: {
  ctx: TViewContext;
  summary: TApplicationSummary;
}) {
  const { t, locale } = ctx;
  const app = summary.application;
  const who = summary.applicant;
  const host = app.hostId ?? '—';
  const program = getProgram(app.programId);
  const rows: [string, string][] = [
    [
      t('screening.applicant'),
      who ? `${who.familyName} ${who.givenNames}${who.nameZh ? ` (${who.nameZh})` : ''}` : '—',
    ],
    [t('screening.nationality'), who?.nationality ?? '—'],
    [t('screening.birth_on'), who?.birthOn ?? '—'],
    [t('screening.program'), applicationTitle(ctx, app)],
    [t('screening.host'), host],
    [t('screening.call'), app.callId],
    [t('screening.receipt'), app.receiptNumber ?? '—'],
    [
      t('screening.submitted_at'),
      app.submittedAt ? formatBeijingDateTime(app.submittedAt, locale) : '—',
    ],
  ];
  const sections = formSections(program.id, app.track);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('screening.summary_heading')}</h2>
      <dl class="summary-list">
        {rows.map(([label, value]) => (
          <div class="summary-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {sections.map((s) => {
        const answers = Object.entries(app.answers[s.id] ?? {}).filter(([, v]) => v.trim());
        if (answers.length === 0) return null;
        return (
          <section key={s.id} aria-labelledby={`answers-${s.id}`}>
            <h3 id={`answers-${s.id}`}>{t(`form_section.${s.id}` as TMessageKey)}</h3>
            <dl class="summary-list">
              {answers.map(([field, value]) => (
                <div class="summary-row" key={field}>
                  <dt>{fieldLabel(ctx, s.id, field)}</dt>
                  <dd class="pre">{answerText(ctx, field, value)}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      <h3>{t('screening.documents_heading')}</h3>
      {summary.documents.length === 0 ? (
        <p>{t('screening.no_documents')}</p>
      ) : (
        <ul>
          {summary.documents.map((d) => {
            const spec = program.documents.find((x) => x.id === d.slot);
            const slot = spec ? (locale === 'zh-CN' ? spec.label.zh : spec.label.en) : d.slot;
            return (
              <li key={d.id}>
                {slot}:{' '}
                {d.canOpen ? (
                  <a href={`/applications/${app.id}/documents/${d.id}`}>{d.fileName}</a>
                ) : (
                  <>
                    {d.fileName} <span class="hint">({t('screening.document_not_for_you')})</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
