import { isPhysicalExamValid, earliestValidExamOn } from '@/domain/applications/physical-exam';
import { beijingDateOf } from '@/domain/dates';
import type { TStoredDocument } from '@/services/documents/list-documents';
import type { TPdfFlag } from '@/services/documents/pdf-active-content';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';

import type { TViewContext } from '../../../view-context';
import { formatBytes, typeName } from './format';

const FLAG_KEYS: Record<TPdfFlag, TMessageKey> = {
  javascript: 'documents.flag_javascript',
  embedded_file: 'documents.flag_embedded_file',
  launch: 'documents.flag_launch',
  rich_media: 'documents.flag_rich_media',
};

/**
 * One uploaded file: preview or page count, name (the download link), size, time, remove; for
 * staff, a warning when the PDF carries active content (JavaScript, embedded files …).
 */
export function DocumentItem(p: {
  ctx: TViewContext;
  applicationId: string;
  doc: TStoredDocument;
  canEdit: boolean;
  /** Today, for the physical examination form's six-month notice (R-CSC-ELIG). */
  now: Date;
  isPhysicalExam: boolean;
}) {
  const { t, locale } = p.ctx;
  const { doc } = p;
  const href = `/applications/${p.applicationId}/documents/${doc.id}`;
  const meta = { type: typeName(doc.contentType), size: formatBytes(doc.sizeBytes, locale) };
  const today = beijingDateOf(p.now);
  return (
    <div class="uploaded-document">
      {doc.thumbnailKey ? (
        <img
          src={`${href}/thumbnail`}
          alt={t('documents.thumbnail_alt', { name: doc.fileName })}
          width={120}
        />
      ) : null}
      <p>
        <a href={href} aria-label={t('documents.download_named', { name: doc.fileName })}>
          {doc.fileName}
        </a>
        <br />
        <span class="hint">
          {doc.pageCount !== null
            ? t('documents.meta_pages', { ...meta, pages: doc.pageCount })
            : t('documents.meta', meta)}
          {' · '}
          {t('documents.uploaded_at', { at: formatBeijingDateTime(doc.createdAt, locale) })}
        </span>
      </p>
      {doc.isOtherLanguage ? <p class="tag">{t('documents.other_language_marked')}</p> : null}
      {doc.contentFlags.length > 0 && p.ctx.nav.isStaff ? (
        <p>
          <strong class="tag tag--warn">
            {t('documents.flags_warning', {
              list: doc.contentFlags
                .flatMap((f) => (f in FLAG_KEYS ? [t(FLAG_KEYS[f as TPdfFlag])] : []))
                .join(locale === 'zh-CN' ? '、' : ', '),
            })}
          </strong>
        </p>
      ) : null}
      {p.isPhysicalExam && doc.issuedOn ? (
        <p>
          {t('documents.exam_date', { date: doc.issuedOn })}
          {isPhysicalExamValid(doc.issuedOn, today) ? null : (
            <strong class="tag tag--warn">
              {t('documents.exam_too_old_today', { date: earliestValidExamOn(today) })}
            </strong>
          )}
        </p>
      ) : null}
      {p.canEdit ? (
        <form method="post" action={`${href}/remove`} class="inline-form">
          <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
          <button type="submit" class="button button--warning">
            {t('documents.remove')}
            <span class="visually-hidden"> {doc.fileName}</span>
          </button>
        </form>
      ) : null}
    </div>
  );
}
