import type { TFormField } from '@/domain/applications/form-definition';
import { getCountry } from '@/domain/countries/countries';
import type { TLocalized, TProgramId } from '@/domain/programs';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TLocale } from '@/i18n/locales';
import { isMessageKey, translate, type TMessageKey, type TParams } from '@/i18n/translate';

// Note: R-CSC-APPLY — the CSC form ("Application Form for Chinese Government Scholarship") is
// bilingual: every label, heading and fixed value reads "姓名 Name". The other programs' forms
// are in the applicant's language only. What the applicant typed prints exactly as typed.
const BILINGUAL_PROGRAMS: ReadonlySet<TProgramId> = new Set(['csc']);

/**
 * Catalogs that already name a choice field's values (the finder's questions), used while the
 * form's own `form_choice.<field>.<value>` label is not there.
 */
const CHOICE_CATALOGS: Readonly<Record<string, string>> = {
  highestQualification: 'qualification',
  academicTitle: 'title',
  studyingInChina: 'studying',
};

/** Shown for an empty answer. */
export const EMPTY = '—';

/** Chinese beside English, once when both read the same (a code such as "HSK"). */
function pair(zh: string, en: string): string {
  return zh === en ? en : `${zh} ${en}`;
}

/** `edu_0_institution` → `edu_institution`; `supervisorName` → `supervisor_name`. */
export function fieldKey(fieldId: string): string {
  return fieldId.replace(/^edu_\d+_/, 'edu_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export type TPrintText = {
  locale: TLocale;
  isBilingual: boolean;
  /** A label or heading: "中文 English" on bilingual forms, else in the applicant's language. */
  label: (key: TMessageKey, params?: TParams) => string;
  /** "label: " with the colon of the label's language (full-width in Chinese). */
  labelled: (key: TMessageKey, value: string) => string;
  /** A sentence in the applicant's language. */
  sentence: (key: TMessageKey, params?: TParams) => string;
  /** A sentence in both languages on bilingual forms (two lines), else in the applicant's. */
  sentences: (key: TMessageKey, params?: TParams) => string[];
  /** A program, track or institution name. */
  name: (value: TLocalized) => string;
  country: (code: string) => string;
  dateTime: (instant: Date) => string;
  /** The label of a form field, from `print.field.<snake_case id>`. */
  fieldLabel: (fieldId: string) => string;
  /** An answer as it reads on paper: yes/no and choices named, countries by name. */
  fieldValue: (field: TFormField, value: string | undefined) => string;
};

/**
 * The words of one printed form.
 * @example printText('csc', 'en').label('print.field.nationality') // '国籍 Nationality'
 */
export function printText(programId: TProgramId, locale: TLocale): TPrintText {
  const isBilingual = BILINGUAL_PROGRAMS.has(programId);
  const label = (key: TMessageKey, params?: TParams) =>
    isBilingual
      ? pair(translate('zh-CN', key, params), translate('en', key, params))
      : translate(locale, key, params);
  const name = (value: TLocalized) =>
    isBilingual ? pair(value.zh, value.en) : locale === 'zh-CN' ? value.zh : value.en;
  const fieldLabel = (fieldId: string) => {
    const key = `print.field.${fieldKey(fieldId)}`;
    return isMessageKey(key) ? label(key) : fieldId;
  };
  const fieldValue = (field: TFormField, value: string | undefined) => {
    const v = value?.trim() ?? '';
    if (v === '') return EMPTY;
    if (field.kind === 'yes_no') {
      if (['yes', 'true', 'on'].includes(v)) return label('print.yes');
      if (['no', 'false', 'off'].includes(v)) return label('print.no');
      return v;
    }
    if (field.kind === 'choice') {
      const key = [`form_choice.${field.id}.${v}`, `${CHOICE_CATALOGS[field.id]}.${v}`].find(
        isMessageKey,
      );
      return key ? label(key) : v;
    }
    if (field.kind === 'country') return name(getCountry(v.toUpperCase()));
    return v;
  };
  // A bilingual label ends in English, so its colon is the English one.
  const colon = isBilingual || locale === 'en' ? ': ' : '：';
  return {
    locale,
    isBilingual,
    label,
    labelled: (key, value) => `${label(key)}${colon}${value}`,
    sentence: (key, params) => translate(locale, key, params),
    sentences: (key, params) =>
      isBilingual
        ? [translate('zh-CN', key, params), translate('en', key, params)]
        : [translate(locale, key, params)],
    name,
    country: (code) => name(getCountry(code.toUpperCase())),
    dateTime: (instant) => formatBeijingDateTime(instant, locale),
    fieldLabel,
    fieldValue,
  };
}
