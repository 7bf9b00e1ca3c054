import type { TLetterRequestView } from '@/services/referees/open-letter';

import { ErrorSummary, Form, TextArea, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { LetterFacts } from './referee-parts';

/**
 * The referee's page behind the personal link: whose letter, for what, due when; write it,
 * upload it as a PDF, or decline. It shows nothing else of the application.
 */
export function LetterPage({
  ctx,
  linkPath,
  letter,
  values = {},
  errors = [],
  maxMegabytes,
}: {
  ctx: TViewContext;
  /** `/r/<token>`: the forms post back to the same personal link. */
  linkPath: string;
  letter: TLetterRequestView;
  values?: { letter?: string; reason?: string };
  errors?: TFieldError[];
  maxMegabytes: number;
}) {
  const { t } = ctx;
  const title = t('referees.letter_title', { applicant: letter.applicantName });
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const fileError = err('file');
  return (
    <PageLayout ctx={ctx} title={title} scripts={['/assets/local-time.js']}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <LetterFacts ctx={ctx} letter={letter} />
      <p>{t('referees.letter_privacy', { applicant: letter.applicantName })}</p>
      <p>{t('referees.letter_once')}</p>

      <h2>{t('referees.letter_write_heading')}</h2>
      <Form ctx={ctx} action={`${linkPath}/letter`}>
        <TextArea
          id="letter"
          label={t('referees.letter_write_label')}
          hint={t('referees.letter_write_hint')}
          error={err('letter')}
          value={values.letter ?? ''}
          rows={18}
        />
        <button type="submit" class="button">
          {t('referees.letter_write_submit')}
        </button>
      </Form>

      <h2>{t('referees.letter_upload_heading')}</h2>
      <form method="post" action={`${linkPath}/upload`} enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class={fileError ? 'field field--error' : 'field'}>
          <label for="file">{t('referees.letter_upload_label')}</label>
          <p class="hint" id="file-hint">
            {t('referees.letter_upload_hint', { mb: maxMegabytes })}
          </p>
          {fileError ? (
            <p class="field-error" id="file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id="file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={fileError ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="button">
          {t('referees.letter_upload_submit')}
        </button>
      </form>

      <h2>{t('referees.letter_decline_heading')}</h2>
      <p>{t('referees.letter_decline_hint', { applicant: letter.applicantName })}</p>
      <Form ctx={ctx} action={`${linkPath}/decline`}>
        <TextArea
          id="reason"
          label={t('referees.letter_decline_reason')}
          error={err('reason')}
          value={values.reason ?? ''}
          rows={3}
        />
        <button type="submit" class="button button--warning">
          {t('referees.letter_decline_submit')}
        </button>
      </Form>
    </PageLayout>
  );
}
