import type { TFormSection } from '@/domain/applications/form-definition';
import type { TMessageKey } from '@/i18n/translate';

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

export type TSectionView = {
  applicationId: string;
  title: string;
  section: TFormSection;
  values: Record<string, string>;
  errors: TFieldError[];
  countries: { code: string; name: string }[];
  isLocked: boolean;
  notice?: string;
};

/** The label of a form field: `form.<section>.<field>`, education rows share one set of labels. */
export function fieldLabel(ctx: TViewContext, section: string, field: string): string {
  const row = /^edu_(\d+)_(\w+)$/.exec(field);
  if (row) return `${ctx.t(`form.education.${row[2]}` as TMessageKey)} (${Number(row[1]) + 1})`;
  return ctx.t(`form.${section}.${field}` as TMessageKey);
}

/** One section of the application form; with JavaScript each field also saves as it is typed. */
export function SectionPage({ ctx, view }: { ctx: TViewContext; view: TSectionView }) {
  const { t } = ctx;
  const s = view.section;
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
