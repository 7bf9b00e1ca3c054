import { CSC_SUBJECTS, getProgram, LEVELS } from '@/domain/programs';
import type { TFinderResult } from '@/domain/eligibility/types';
import type { TMessageKey } from '@/i18n/translate';

import { ErrorSummary, Select, TextField, type TFieldError } from '../../components/form';
import { loc } from '../../components/localized';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TFinderView = {
  values: Record<string, string>;
  errors: TFieldError[];
  result: TFinderResult | null;
  countries: { code: string; name: string }[];
  intakeYears: number[];
  hosts: { id: string; name: string }[];
};

function Check({ id, label, value }: { id: string; label: string; value: string | undefined }) {
  return (
    <div class="radio">
      <input type="checkbox" id={id} name={id} checked={value === 'on'} />
      <label for={id}>{label}</label>
    </div>
  );
}

function Results({ ctx, result }: { ctx: TViewContext; result: TFinderResult }) {
  const { t } = ctx;
  const zh = ctx.locale === 'zh-CN';
  return (
    <section aria-labelledby="results-title" class="results">
      <h2 id="results-title">{t('finder.results_title')}</h2>
      <ul class="result-list">
        {result.results.map((r) => {
          const program = getProgram(r.program);
          const track = program.tracks.find((tr) => tr.id === r.track);
          return (
            <li class={`result result--${r.status}`} key={`${r.program}-${r.track}`}>
              <h3>
                {loc(ctx, program.shortName)} · {track ? loc(ctx, track.name) : r.track}
              </h3>
              <p>
                <strong class={r.status === 'eligible' ? 'tag' : 'tag tag--warn'}>
                  {t(`finder.status_${r.status}` as TMessageKey)}
                </strong>
                {r.categories && r.categories.length
                  ? ` ${t('finder.categories', { list: r.categories.join(', ') })}`
                  : ''}
                {' · '}
                {r.call === null
                  ? t('finder.call_unknown')
                  : r.call.open
                    ? t('finder.call_open')
                    : t('finder.call_closed')}
              </p>
              <ul class="reasons">
                {r.reasons.map((reason, i) => (
                  <li key={i} class={reason.ok ? 'ok' : reason.review ? 'review' : 'fail'}>
                    <span class="visually-hidden">
                      {reason.ok
                        ? t('finder.reason_ok')
                        : reason.review
                          ? t('finder.reason_review')
                          : t('finder.reason_fail')}
                      :{' '}
                    </span>
                    <span aria-hidden="true">{reason.ok ? '✓ ' : reason.review ? '? ' : '✗ '}</span>
                    {zh ? reason.zh : reason.en} <span class="hint">({reason.rule})</span>
                  </li>
                ))}
              </ul>
              <p>
                <a href={`/programs/${r.program}`}>
                  {t('finder.read_more', { program: loc(ctx, program.shortName) })}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function FinderPage({ ctx, view }: { ctx: TViewContext; view: TFinderView }) {
  const { t } = ctx;
  const v = view.values;
  const err = (f: string) => view.errors.find((e) => e.field === f)?.message;
  const yesNoOptions = [
    { value: 'yes', label: t('finder.yes') },
    { value: 'no', label: t('finder.no') },
  ];
  const title = view.result ? t('finder.title_results') : t('finder.title');
  return (
    <PageLayout ctx={ctx} title={view.errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={view.errors} />
      <h1>{t('finder.title')}</h1>
      <p class="lead">{t('finder.intro')}</p>
      {view.result ? <Results ctx={ctx} result={view.result} /> : null}
      <form method="get" action="/finder" class="finder-form" novalidate>
        <h2>{view.result ? t('finder.change_answers') : t('finder.about_you')}</h2>
        <Select
          id="level"
          label={t('finder.level')}
          value={v.level}
          error={err('level')}
          blank={t('finder.choose')}
          options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}` as TMessageKey) }))}
        />
        <TextField
          id="birthDate"
          type="text"
          label={t('finder.birth_date')}
          hint={t('finder.birth_date_hint')}
          value={v.birthDate}
          error={err('birthDate')}
          width="short"
        />
        <Select
          id="nationality"
          label={t('finder.nationality')}
          value={v.nationality}
          error={err('nationality')}
          blank={t('finder.choose')}
          options={view.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          id="highestQualification"
          label={t('finder.qualification')}
          value={v.highestQualification}
          error={err('highestQualification')}
          blank={t('finder.choose')}
          options={(['high_school', 'bachelor', 'master', 'doctorate'] as const).map((q) => ({
            value: q,
            label: t(`qualification.${q}` as TMessageKey),
          }))}
        />
        <Select
          id="intakeYear"
          label={t('finder.intake_year')}
          value={v.intakeYear}
          options={view.intakeYears.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <details>
          <summary>{t('finder.more')}</summary>
          <Select
            id="gender"
            label={t('finder.gender')}
            hint={t('finder.gender_hint')}
            value={v.gender}
            blank={t('finder.prefer_not')}
            options={(['female', 'male', 'other'] as const).map((g) => ({
              value: g,
              label: t(`gender.${g}` as TMessageKey),
            }))}
          />
          <Select
            id="host"
            label={t('finder.host')}
            value={v.host}
            blank={t('finder.not_decided')}
            options={view.hosts.map((h) => ({ value: h.id, label: h.name }))}
          />
          <Select
            id="subject"
            label={t('finder.subject')}
            value={v.subject}
            blank={t('finder.not_decided')}
            options={CSC_SUBJECTS.map((s) => ({
              value: s,
              label: t(`subject.${s}` as TMessageKey),
            }))}
          />
          <Select
            id="teachingLanguage"
            label={t('finder.teaching_language')}
            value={v.teachingLanguage}
            options={(['english', 'chinese'] as const).map((l) => ({
              value: l,
              label: t(`finder.taught_${l}` as TMessageKey),
            }))}
          />
          <fieldset class="field">
            <legend>{t('finder.languages')}</legend>
            <Check id="englishNative" label={t('finder.english_native')} value={v.englishNative} />
            <TextField
              id="toefl"
              type="number"
              label={t('finder.toefl')}
              value={v.toefl}
              error={err('toefl')}
              width="short"
            />
            <TextField
              id="ielts"
              type="number"
              label={t('finder.ielts')}
              value={v.ielts}
              error={err('ielts')}
              width="short"
            />
            <TextField
              id="hsk"
              type="number"
              label={t('finder.hsk')}
              value={v.hsk}
              error={err('hsk')}
              width="short"
            />
          </fieldset>
          <fieldset class="field">
            <legend>{t('finder.academics')}</legend>
            <Select
              id="qsTop500"
              label={t('finder.qs_top500')}
              value={v.qsTop500}
              blank={t('finder.dont_know')}
              options={yesNoOptions}
            />
            <Select
              id="keyInstitution"
              label={t('finder.key_institution')}
              value={v.keyInstitution}
              blank={t('finder.dont_know')}
              options={yesNoOptions}
            />
            <TextField
              id="averageScore"
              type="number"
              label={t('finder.average_score')}
              value={v.averageScore}
              error={err('averageScore')}
              width="short"
            />
            <TextField
              id="gpa"
              type="number"
              label={t('finder.gpa')}
              value={v.gpa}
              error={err('gpa')}
              width="short"
            />
            <Check
              id="currentStudent"
              label={t('finder.current_student')}
              value={v.currentStudent}
            />
            <TextField
              id="lastYearAverage"
              type="number"
              label={t('finder.last_year_average')}
              value={v.lastYearAverage}
              error={err('lastYearAverage')}
              width="short"
            />
            <Select
              id="academicTitle"
              label={t('finder.academic_title')}
              value={v.academicTitle}
              options={(['none', 'associate_professor', 'professor'] as const).map((a) => ({
                value: a,
                label: t(`title.${a}` as TMessageKey),
              }))}
            />
            <Select
              id="studyingInChina"
              label={t('finder.studying_in_china')}
              value={v.studyingInChina}
              options={(['none', 'bachelor', 'master', 'doctorate'] as const).map((s) => ({
                value: s,
                label: t(`studying.${s}` as TMessageKey),
              }))}
            />
          </fieldset>
          <fieldset class="field">
            <legend>{t('finder.situation')}</legend>
            <Check id="inChina" label={t('finder.in_china')} value={v.inChina} />
            <Check
              id="formerChineseNationality"
              label={t('finder.former_chinese')}
              value={v.formerChineseNationality}
            />
            <Check
              id="preAdmissionNotice"
              label={t('finder.pre_admission')}
              value={v.preAdmissionNotice}
            />
            <Check id="climateResearch" label={t('finder.climate')} value={v.climateResearch} />
            <Check id="twasConsideration" label={t('finder.twas')} value={v.twasConsideration} />
          </fieldset>
          <Select
            id="otherScholarship"
            label={t('finder.other_scholarship')}
            value={v.otherScholarship}
            options={(['none', 'recurring', 'one_time'] as const).map((o) => ({
              value: o,
              label: t(`finder.other_${o}` as TMessageKey),
            }))}
          />
        </details>
        <button type="submit" class="button">
          {t('finder.submit')}
        </button>
      </form>
    </PageLayout>
  );
}
