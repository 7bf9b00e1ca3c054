import type { TDocumentsView } from '@/services/documents/list-documents';
import { formatBeijingDeadline } from '@/i18n/format';

import { ErrorSummary } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { SlotCard } from './documents/slot-card';

/** A refused upload: which form (slot key) and the message in the applicant's language. */
export type TUploadError = { slotKey: string; message: string };

/**
 * The documents page of an application: each slot of the program's list for
 * the application's track, what it needs and what is uploaded. Works without JavaScript; with
 * it, upload.js makes each form a resumable upload.
 */
export function DocumentsPage(p: {
  ctx: TViewContext;
  view: TDocumentsView;
  now: Date;
  error?: TUploadError;
  notice?: string;
}) {
  const { t } = p.ctx;
  const { application, slots, documents, canEdit, isOwner, closesAt } = p.view;
  return (
    <PageLayout
      ctx={p.ctx}
      title={t('documents.title')}
      scripts={canEdit ? ['/assets/vendor/tus.min.js', '/assets/upload.js'] : []}
    >
      <p>
        <a href={`/applications/${application.id}`}>{t('documents.back')}</a>
      </p>
      <h1>{t('documents.title')}</h1>
      {p.error ? (
        <ErrorSummary
          ctx={p.ctx}
          errors={[{ field: `file-${p.error.slotKey}`, message: p.error.message }]}
        />
      ) : null}
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <p class="lead">{t('documents.intro')}</p>
      {canEdit && closesAt ? (
        <p>
          {t('documents.deadline', { deadline: formatBeijingDeadline(closesAt, p.ctx.locale) })}
        </p>
      ) : null}
      {!canEdit && isOwner ? <p class="notice">{t('documents.locked')}</p> : null}
      <ul class="result-list">
        {slots.map((slot) => (
          <SlotCard
            key={slot.spec.id}
            ctx={p.ctx}
            applicationId={application.id}
            programId={application.programId}
            slot={slot}
            documents={documents.filter((d) => d.slot === slot.spec.id)}
            canEdit={canEdit}
            now={p.now}
            error={p.error}
          />
        ))}
      </ul>
    </PageLayout>
  );
}
