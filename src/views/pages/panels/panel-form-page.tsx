import type { TMessageKey } from '@/i18n/translate';
import type { TPanelFormContext } from '@/services/panels/panel-form';

import {
  Checkbox,
  ErrorSummary,
  Form,
  Select,
  TextField,
  type TFieldError,
} from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

const CRITERION_FIELDS = ['id', 'labelEn', 'labelZh', 'min', 'max', 'weight'] as const;

/** A new panel of a call, or the edit of one: settings and rubric (R-REV-SCORE). */
export function PanelFormPage(p: {
  ctx: TViewContext;
  form: TPanelFormContext;
  values: Record<string, string>;
  rows: number;
  errors: TFieldError[];
}) {
  const { ctx, form, values: v, errors } = p;
  const { t } = ctx;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const program = t(`program.${form.call.programId}.name` as TMessageKey);
  const title = form.panelId
    ? t('panels.edit_title', { name: form.stored?.name ?? '' })
    : t('panels.new_title', { program, year: form.call.intakeYear });
  const action = form.panelId ? `/staff/panels/${form.panelId}/edit` : '/staff/panels';
  const label = (n: { en: string; zh: string }) => (ctx.locale === 'zh-CN' ? n.zh : n.en);
  return (
    <PageLayout ctx={ctx} title={errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>
        <a href={form.panelId ? `/staff/panels/${form.panelId}` : '/staff/panels'}>
          {t('panels.back')}
        </a>
      </p>
      <h1>{title}</h1>
      <p class="hint">
        {program} {form.call.intakeYear}
        {form.call.hostId ? ` · ${form.call.hostId}` : ''}
      </p>
      <Form ctx={ctx} action={action}>
        {form.panelId ? (
          <input type="hidden" name="version" value={String(form.version)} />
        ) : (
          <input type="hidden" name="callId" value={form.call.id} />
        )}
        <input type="hidden" name="rows" value={String(p.rows)} />
        <TextField id="name" label={t('panels.field_name')} value={v.name} error={err('name')} />
        <Select
          id="track"
          label={t('panels.field_track')}
          value={v.track}
          error={err('track')}
          options={form.tracks.map((tr) => ({ value: tr.id, label: label(tr.name) }))}
        />
        <TextField
          id="discipline"
          label={t('panels.field_discipline')}
          hint={t('panels.field_discipline_hint')}
          value={v.discipline}
          error={err('discipline')}
        />
        <TextField
          id="requiredReviews"
          label={t('panels.field_required_reviews')}
          hint={t('panels.field_required_reviews_hint')}
          value={v.requiredReviews}
          error={err('requiredReviews')}
          width="short"
        />
        <TextField
          id="reviewsDueOn"
          label={t('panels.field_due')}
          hint={t('panels.field_due_hint')}
          value={v.reviewsDueOn}
          error={err('reviewsDueOn')}
          width="short"
        />
        <Checkbox
          id="normalise"
          label={t('panels.field_normalise')}
          hint={t('panels.field_normalise_hint')}
          checked={v.normalise === 'on'}
        />
        <Checkbox
          id="hasInterviews"
          label={t('panels.field_interviews')}
          checked={v.hasInterviews === 'on'}
        />
        <h2>{t('panels.rubric_heading')}</h2>
        <p class="hint">{t(`panels.rubric_hint_${form.rubricMode}` as TMessageKey)}</p>
        {form.rubricMode === 'fixed' ? (
          <ul>
            {Array.from({ length: p.rows }, (_, i) => (
              <li key={i}>
                {v[`crit_${i}_${ctx.locale === 'zh-CN' ? 'labelZh' : 'labelEn'}`]} (
                {v[`crit_${i}_min`]}–{v[`crit_${i}_max`]})
              </li>
            ))}
          </ul>
        ) : null}
        {form.rubricMode === 'weights'
          ? Array.from({ length: p.rows }, (_, i) => (
              <TextField
                key={i}
                id={`crit_${i}_weight`}
                label={t('panels.weight_of', {
                  criterion: v[`crit_${i}_${ctx.locale === 'zh-CN' ? 'labelZh' : 'labelEn'}`] ?? '',
                })}
                value={v[`crit_${i}_weight`]}
                error={err(`crit_${i}_weight`)}
                width="short"
              />
            ))
          : null}
        {form.rubricMode === 'custom'
          ? Array.from({ length: p.rows }, (_, i) => (
              <fieldset class="field" key={i}>
                <legend>{t('panels.criterion_legend', { n: i + 1 })}</legend>
                {CRITERION_FIELDS.map((f) => (
                  <TextField
                    key={f}
                    id={`crit_${i}_${f}`}
                    label={t(`panels.criterion_${f}` as TMessageKey)}
                    value={v[`crit_${i}_${f}`]}
                    error={err(`crit_${i}_${f}`)}
                    width={f === 'labelEn' || f === 'labelZh' ? 'full' : 'short'}
                  />
                ))}
              </fieldset>
            ))
          : null}
        <button type="submit" class="button">
          {t('panels.save')}
        </button>
      </Form>
    </PageLayout>
  );
}
