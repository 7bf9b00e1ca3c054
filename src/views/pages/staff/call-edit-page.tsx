import { getProgram, type TProgramId } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';

import {
  Checkbox,
  ErrorSummary,
  Form,
  TextArea,
  TextField,
  type TFieldError,
} from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TCallEditView = {
  id: string;
  programId: TProgramId;
  intakeYear: number;
  hostId: string | null;
  version: number;
  quotaKeys: string[];
  agencyRows: number;
  values: Record<string, string>;
};

const BANDS = ['undergraduate', 'master', 'doctoral'] as const;
const STAGES = ['postdoctoral', 'early_career', 'established'] as const;
const AGENCY_FIELDS = ['country', 'name', 'agencyNumber', 'opensOn', 'closesOn'] as const;

/** The label of a quota key: a track's own name, a BGS category, or the TWAS climate places. */
export function quotaLabel(ctx: TViewContext, programId: TProgramId, key: string): string {
  if (key === 'twasClimate') return ctx.t('call_form.quota_twas_climate');
  if (programId === 'bgs') return ctx.t('call_form.quota_category', { category: key });
  const track = getProgram(programId).tracks.find((t) => t.id === key);
  return track ? (ctx.locale === 'zh-CN' ? track.name.zh : track.name.en) : key;
}

export function CallEditPage({
  ctx,
  call,
  errors,
  notice,
}: {
  ctx: TViewContext;
  call: TCallEditView;
  errors: TFieldError[];
  notice?: string;
}) {
  const { t } = ctx;
  const v = call.values;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const program = getProgram(call.programId);
  const title = t('call_form.title', {
    program: ctx.locale === 'zh-CN' ? program.name.zh : program.name.en,
    year: call.intakeYear,
  });
  // Dates are typed as text (YYYY-MM-DD, as the hints say), not <input type="date">: a browser's
  // date control turns an impossible day (2026-02-30) into an empty value, which this form would
  // read as "no date" instead of showing the field's error.
  const field = (id: string, labelKey: TMessageKey, hintKey?: TMessageKey) => (
    <TextField
      id={id}
      label={t(labelKey)}
      hint={hintKey ? t(hintKey) : undefined}
      value={v[id]}
      error={err(id)}
      width="short"
    />
  );
  return (
    <PageLayout ctx={ctx} title={errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <p>
        <a href="/staff/calls">{t('calls.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="hint">
        {call.hostId ? t('call_form.host', { host: call.hostId }) : t('calls.all_hosts')}
      </p>
      <Form ctx={ctx} action={`/staff/calls/${call.id}`}>
        <input type="hidden" name="version" value={String(call.version)} />
        <h2>{t('call_form.window_heading')}</h2>
        {field('opensOn', 'call_form.opens_on', 'call_form.opens_on_hint')}
        {field('closesOn', 'call_form.closes_on', 'call_form.closes_on_hint')}
        <Checkbox
          id="isPublished"
          label={t('call_form.is_published')}
          hint={t('call_form.is_published_hint')}
          checked={v.isPublished === 'on'}
        />
        <h2>{t('call_form.quotas_heading')}</h2>
        <p class="hint">{t('call_form.quotas_hint')}</p>
        {call.quotaKeys.map((k) => (
          <TextField
            key={k}
            id={`quota_${k}`}
            label={quotaLabel(ctx, call.programId, k)}
            value={v[`quota_${k}`]}
            error={err(`quota_${k}`)}
            width="short"
          />
        ))}
        {call.programId === 'cas-anso' ? (
          <>
            <h2>{t('call_form.birth_heading')}</h2>
            {field('bornOnOrAfter_master', 'call_form.born_master', 'call_form.date_hint')}
            {field('bornOnOrAfter_phd', 'call_form.born_phd', 'call_form.date_hint')}
          </>
        ) : null}
        {call.programId === 'bgs' ? (
          <>
            <h2>{t('call_form.amounts_heading')}</h2>
            <p class="hint">{t('call_form.bgs_amounts_hint')}</p>
            {field('ageOn', 'call_form.age_on', 'call_form.age_on_hint')}
            {BANDS.map((b) => (
              <fieldset class="field" key={b}>
                <legend>{t(`call_form.band_${b}` as TMessageKey)}</legend>
                {(['living', 'accommodation', 'insurance'] as const).map((i) => (
                  <TextField
                    key={i}
                    id={`bgs_${b}_${i}`}
                    label={t(`call_form.bgs_${i}` as TMessageKey)}
                    value={v[`bgs_${b}_${i}`]}
                    error={err(`bgs_${b}_${i}`)}
                    width="short"
                  />
                ))}
              </fieldset>
            ))}
          </>
        ) : null}
        {call.programId === 'pifi' ? (
          <>
            <h2>{t('call_form.amounts_heading')}</h2>
            <p class="hint">{t('call_form.pifi_amounts_hint')}</p>
            {STAGES.map((s) => (
              <TextField
                key={s}
                id={`pifi_${s}`}
                label={t(`call_form.pifi_${s}` as TMessageKey)}
                value={v[`pifi_${s}`]}
                error={err(`pifi_${s}`)}
                width="short"
              />
            ))}
          </>
        ) : null}
        {call.programId === 'csc' ? (
          <>
            <h2>{t('call_form.agencies_heading')}</h2>
            <p class="hint">{t('call_form.agencies_hint')}</p>
            {Array.from({ length: call.agencyRows }, (_, r) => (
              <fieldset class="field agency-row" key={r}>
                <legend>{t('call_form.agency_legend', { n: r + 1 })}</legend>
                {AGENCY_FIELDS.map((f) => (
                  <TextField
                    key={f}
                    id={`agency_${r}_${f}`}
                    label={t(`call_form.agency_${f}` as TMessageKey)}
                    value={v[`agency_${r}_${f}`]}
                    error={err(`agency_${r}_${f}`)}
                    width={f === 'name' ? 'full' : 'short'}
                  />
                ))}
              </fieldset>
            ))}
          </>
        ) : null}
        <h2>{t('call_form.calendar_heading')}</h2>
        {call.programId === 'bgs' || call.programId === 'cas-anso' ? (
          <Checkbox
            id="isAbsenceRuleOn"
            label={t('call_form.absence_rule')}
            hint={t('call_form.absence_rule_hint')}
            checked={v.isAbsenceRuleOn === 'on'}
          />
        ) : null}
        <TextArea
          id="vacations"
          label={t('call_form.vacations')}
          hint={t('call_form.vacations_hint')}
          value={v.vacations}
          error={err('vacations')}
        />
        <TextArea
          id="publicHolidays"
          label={t('call_form.public_holidays')}
          hint={t('call_form.public_holidays_hint')}
          value={v.publicHolidays}
          error={err('publicHolidays')}
        />
        <button type="submit" class="button">
          {t('call_form.continue')}
        </button>
      </Form>
    </PageLayout>
  );
}

/** The label of any field of the call form, for the check page. */
export function callFieldLabel(ctx: TViewContext, programId: TProgramId, field: string): string {
  const { t } = ctx;
  const fixed: Record<string, TMessageKey> = {
    opensOn: 'call_form.opens_on',
    closesOn: 'call_form.closes_on',
    isPublished: 'call_form.is_published',
    ageOn: 'call_form.age_on',
    bornOnOrAfter_master: 'call_form.born_master',
    bornOnOrAfter_phd: 'call_form.born_phd',
    isAbsenceRuleOn: 'call_form.absence_rule',
    vacations: 'call_form.vacations',
    publicHolidays: 'call_form.public_holidays',
  };
  if (fixed[field]) return t(fixed[field]);
  if (field.startsWith('quota_'))
    return `${t('call_form.quotas_heading')}: ${quotaLabel(ctx, programId, field.slice(6))}`;
  let m = /^bgs_(\w+?)_(living|accommodation|insurance)$/.exec(field);
  if (m)
    return `${t(`call_form.band_${m[1]}` as TMessageKey)}: ${t(`call_form.bgs_${m[2]}` as TMessageKey)}`;
  m = /^pifi_(\w+)$/.exec(field);
  if (m) return t(`call_form.pifi_${m[1]}` as TMessageKey);
  m = /^agency_(\d+)_(\w+)$/.exec(field);
  if (m)
    return `${t('call_form.agency_legend', { n: Number(m[1]) + 1 })}: ${t(`call_form.agency_${m[2]}` as TMessageKey)}`;
  return field;
}
