import type { TViewContext } from '../../../view-context';

export type TUploadFormProps = {
  ctx: TViewContext;
  applicationId: string;
  slot: string;
  /** Unique per form on the page: the slot, or `<slot>-<original id>` for a translation. */
  formKey: string;
  translationOfId?: string;
  /** The CSC physical examination form asks for its examination date. */
  asksExamDate: boolean;
  hasFile: boolean;
  error?: string | undefined;
};

/**
 * One slot's upload: a plain multipart form that works without JavaScript. upload.js turns it
 * into a resumable tus upload with progress when scripts run (the messages it shows come from
 * the data attributes, already in the page's language).
 */
export function UploadForm(p: TUploadFormProps) {
  const { t } = p.ctx;
  const fileId = `file-${p.formKey}`;
  const isTranslation = p.translationOfId !== undefined;
  return (
    <form
      method="post"
      action={`/applications/${p.applicationId}/documents`}
      enctype="multipart/form-data"
      class="upload-form"
      data-upload=""
      data-application={p.applicationId}
      data-msg-progress={t('documents.progress', { percent: '{percent}' })}
      data-msg-resuming={t('documents.resuming')}
      data-msg-failed={t('documents.upload_failed')}
    >
      <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
      <input type="hidden" name="slot" value={p.slot} />
      <input type="hidden" name="role" value={isTranslation ? 'translation' : 'original'} />
      {isTranslation ? (
        <input type="hidden" name="translationOf" value={p.translationOfId} />
      ) : null}
      {p.asksExamDate ? (
        <div class="field">
          <label for={`issuedOn-${p.formKey}`}>{t('documents.exam_date_label')}</label>
          <p class="hint" id={`issuedOn-${p.formKey}-hint`}>
            {t('documents.exam_date_hint')}
          </p>
          <input
            type="date"
            id={`issuedOn-${p.formKey}`}
            name="issuedOn"
            class="input--short"
            required
            aria-describedby={`issuedOn-${p.formKey}-hint`}
          />
        </div>
      ) : null}
      {isTranslation ? null : (
        <div class="radio">
          <input type="checkbox" id={`lang-${p.formKey}`} name="isOtherLanguage" value="on" />
          <label for={`lang-${p.formKey}`}>{t('documents.other_language_label')}</label>
        </div>
      )}
      <div class={p.error ? 'field field--error' : 'field'}>
        <label for={fileId}>{t('documents.file_label')}</label>
        {p.error ? (
          <p class="field-error" id={`${fileId}-error`}>
            {p.error}
          </p>
        ) : null}
        <input
          type="file"
          id={fileId}
          name="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          required
          aria-describedby={p.error ? `${fileId}-error` : undefined}
          aria-invalid={p.error ? 'true' : undefined}
        />
      </div>
      <p class="upload-status hint" aria-live="polite" hidden></p>
      <button type="submit" class={p.hasFile ? 'button button--secondary' : 'button'}>
        {p.hasFile ? t('documents.upload_replacement') : t('documents.upload')}
      </button>
    </form>
  );
}
