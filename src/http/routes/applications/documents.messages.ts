import type { TTranslate } from '@/i18n/translate';
import type { TDocumentType } from '@/domain/applications/document-file';
import type { TUploadRefusal } from '@/services/documents/upload-target';

const TYPE_NAME: Record<TDocumentType, { name: string; ext: string }> = {
  pdf: { name: 'PDF', ext: 'pdf' },
  jpeg: { name: 'JPEG', ext: 'jpg' },
  png: { name: 'PNG', ext: 'png' },
};

/** The applicant-facing sentence for a refused upload, in the request's language. */
export function refusalMessage(t: TTranslate, refusal: TUploadRefusal): string {
  switch (refusal.reason) {
    case 'not_editable':
      return t('documents.error_not_editable');
    case 'unknown_slot':
      return t('documents.error_unknown_slot');
    case 'exam_date_missing':
      return t('documents.error_exam_date_missing');
    case 'exam_date_future':
      return t('documents.error_exam_date_future');
    case 'empty':
      return t('documents.error_empty');
    case 'too_large':
      return t('documents.error_too_large');
    case 'unreadable':
      return t('documents.error_unreadable');
    case 'extension_not_allowed':
      return refusal.extension
        ? t('documents.error_extension_not_allowed', { extension: refusal.extension })
        : t('documents.error_no_extension');
    case 'unsupported_type':
      return refusal.detected
        ? t('documents.error_unsupported_type_detected', { detected: refusal.detected })
        : t('documents.error_unsupported_type');
    case 'extension_mismatch': {
      const type = TYPE_NAME[refusal.detected];
      return refusal.extension
        ? t('documents.error_extension_mismatch', {
            type: type.name,
            extension: refusal.extension,
            expected: type.ext,
          })
        : t('documents.error_no_extension');
    }
  }
}

/** HTTP status of a refusal: 413 for size, 422 for content, 409 for a locked application. */
export function refusalStatus(refusal: TUploadRefusal): number {
  if (refusal.reason === 'too_large') return 413;
  if (refusal.reason === 'not_editable') return 409;
  if (refusal.reason === 'unknown_slot' || refusal.reason.startsWith('exam_date')) return 400;
  return 422;
}
