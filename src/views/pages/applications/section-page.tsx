import type { TMessageKey } from '@/i18n/translate';
import type { TSectionPage } from '@/services/applications/get-section-page';

import {
  ErrorSummary,
  Form,
  Select,
  TextArea,
  TextField,
  type TFieldError,
} from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { applicationTitle, fieldLabel } from './application-parts';

/** What the request adds to the section's page: what was typed, its errors, a notice. */
export type TSectionForm = {
  /** The values to show when they are not the saved ones (a refused save keeps what was typed). */
  values?: Record<string, string>;
  errors: TFieldError[];
  countries: { code: string; name: string }[];
  notice?: string;
};

/** One section of the application form; with JavaScript each field also saves as it is typed. */
export function SectionPage({
  ctx,
  page,
  form,
}: {
  ctx: TViewContext;
  page: TSectionPage;
  form: TSectionForm;
}) {
  const { t } = ctx;
  const s = page.section;
  const view = {
    applicationId: page.application.id,
    title: applicationTitle(ctx, page.application),
    values: form.values ?? page.answers,
    errors: form.errors,
    countries: form.countries,
    isLocked: !page.isEditable,
    notice: form.notice,
  };
  const err = (f: string) => view.errors.find((e) => e.field === f)?.message;
  const sectionTitle = t(`form_section.${s.id}` as TMessageKey);
  return (
    <PageLayout
      ctx={ctx}
      title={view.errors.length ? `${t('form.error_prefix')} ${sectionTitle}` : sectionTitle}
      scripts={['/assets/autosave.js']}
    >
      <ErrorSummary ctx={ctx} errors={view.errors} />
      {view.notice ? (
        <div class="notice" role="status">
          {view.notice}
        </div>
      ) : null}
      <p>
        <a href={`/applications/${view.applicationId}`}>{t('application.back_to_overview')}</a>
      </p>
      <p class="hint">{view.title}</p>
      <h1>{sectionTitle}</h1>
      {view.isLocked ? <p class="notice">{t('application.locked')}</p> : null}
      <Form ctx={ctx} action={`/applications/${view.applicationId}/sections/${s.id}`}>
        <div data-autosave={`/applications/${view.applicationId}/answers`} data-section={s.id}>
          {s.fields.map((f) => {
            const label = `${fieldLabel(ctx, s.id, f.id)}${f.isRequired ? '' : ` ${t('form.optional')}`}`;
            if (f.kind === 'textarea') {
              const hint = f.minWords ? t('form.min_words_hint', { n: f.minWords }) : undefined;
              return (
                <div key={f.id} data-min-words={f.minWords}>
                  <TextArea
                    id={f.id}
                    label={label}
                    {...(hint ? { hint } : {})}
                    value={view.values[f.id] ?? ''}
                    error={err(f.id)}
                    rows={f.minWords ? 16 : 4}
                  />
                  <p class="hint word-count" data-count-for={f.id} aria-live="polite" />
                </div>
              );
            }
            if (f.kind === 'choice' || f.kind === 'yes_no' || f.kind === 'country') {
              const options =
                f.kind === 'country'
                  ? view.countries.map((c) => ({ value: c.code, label: c.name }))
                  : (f.kind === 'yes_no' ? ['yes', 'no'] : (f.choices ?? [])).map((c) => ({
                      value: c,
                      label:
                        f.kind === 'yes_no'
                          ? t(c === 'yes' ? 'finder.yes' : 'finder.no')
                          : t(`form_choice.${f.id}.${c}` as TMessageKey),
                    }));
              return (
                <Select
                  key={f.id}
                  id={f.id}
                  label={label}
                  value={view.values[f.id]}
                  error={err(f.id)}
                  blank={t('finder.choose')}
                  options={options}
                />
              );
            }
            return (
              <TextField
                key={f.id}
                id={f.id}
                type={f.kind === 'email' ? 'email' : 'text'}
                label={label}
                hint={f.kind === 'date' ? t('call_form.date_hint') : undefined}
                value={view.values[f.id]}
                error={err(f.id)}
                width={f.kind === 'date' || f.kind === 'number' ? 'short' : 'full'}
              />
            );
          })}
        </div>
        <p class="hint autosave-status" aria-live="polite" />
        {view.isLocked ? null : (
          <button type="submit" class="button">
            {t('application.save_section')}
          </button>
        )}
      </Form>
    </PageLayout>
  );
}
