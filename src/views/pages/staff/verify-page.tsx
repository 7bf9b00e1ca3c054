import type { TLocalized } from '@/domain/programs';
import { formatBeijingDateTime } from '@/i18n/format';
import { isMessageKey } from '@/i18n/translate';

import { TextField } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TVerifyResultView =
  | {
      ok: true;
      application: {
        id: string;
        applicantName: string;
        applicantNameZh: string | null;
        program: TLocalized;
        track: TLocalized | null;
        trackId: string;
        status: string;
        submittedAt: Date | null;
        receiptNumber: string | null;
      };
    }
  | { ok: false; reason: 'no_such_code' };

/** Staff type a printed verification code and see which application it belongs to. */
export function VerifyPage(p: {
  ctx: TViewContext;
  code: string;
  result: TVerifyResultView | null;
  error?: string | undefined;
}) {
  const { t } = p.ctx;
  return (
    <PageLayout ctx={p.ctx} title={t('verify.title')}>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <form method="get" action="/staff/verify" class="filter-form">
        <TextField
          id="code"
          label={t('verify.code_label')}
          hint={t('verify.code_hint')}
          value={p.code}
          error={p.error}
          autocomplete="off"
          width="short"
        />
        <button type="submit" class="button">
          {t('verify.submit')}
        </button>
      </form>
      {p.result && !p.result.ok ? (
        <p class="notice" role="status">
          {t('verify.not_found')}
        </p>
      ) : null}
      {p.result?.ok ? <VerifiedApplication ctx={p.ctx} app={p.result.application} /> : null}
    </PageLayout>
  );
}

function VerifiedApplication({
  ctx,
  app,
}: {
  ctx: TViewContext;
  app: Extract<TVerifyResultView, { ok: true }>['application'];
}) {
  const { t, locale } = ctx;
  const pick = (l: TLocalized) => (locale === 'zh-CN' ? l.zh : l.en);
  const statusKey = `print.status.${app.status}`;
  const rows: [string, string][] = [
    [
      t('verify.applicant'),
      app.applicantNameZh ? `${app.applicantName} (${app.applicantNameZh})` : app.applicantName,
    ],
    [t('verify.program'), pick(app.program)],
    [t('verify.track'), app.track ? pick(app.track) : app.trackId],
    [t('verify.status'), isMessageKey(statusKey) ? t(statusKey) : app.status],
    [
      t('verify.submitted_at'),
      app.submittedAt ? formatBeijingDateTime(app.submittedAt, locale) : '—',
    ],
    [t('verify.receipt_number'), app.receiptNumber ?? '—'],
  ];
  return (
    <section class="panel" aria-labelledby="verify-found">
      <h2 id="verify-found">{t('verify.found')}</h2>
      <dl class="summary-list">
        {rows.map(([label, value]) => (
          <div class="summary-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={`/applications/${app.id}/form.pdf`}>{t('verify.open_pdf')}</a>
      </p>
    </section>
  );
}
