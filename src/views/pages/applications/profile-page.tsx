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

export type TProfileView = {
  values: Record<string, string>;
  errors: TFieldError[];
  countries: { code: string; name: string }[];
  next: string | null;
  notice?: string;
};

/** The applicant's identity, held once for every application (R-GEN-IDENTITY), and consent. */
export function ProfilePage({ ctx, view }: { ctx: TViewContext; view: TProfileView }) {
  const { t } = ctx;
  const v = view.values;
  const err = (f: string) => view.errors.find((e) => e.field === f)?.message;
  const countries = view.countries.map((c) => ({ value: c.code, label: c.name }));
  return (
    <PageLayout
      ctx={ctx}
      title={
        view.errors.length ? `${t('form.error_prefix')} ${t('profile.title')}` : t('profile.title')
      }
    >
      <ErrorSummary ctx={ctx} errors={view.errors} />
      {view.notice ? (
        <div class="notice" role="status">
          {view.notice}
        </div>
      ) : null}
      <h1>{t('profile.title')}</h1>
      <p>{t('profile.intro')}</p>
      <Form ctx={ctx} action="/applicant/profile">
        {view.next ? <input type="hidden" name="next" value={view.next} /> : null}
        <TextField
          id="familyName"
          label={t('profile.family_name')}
          hint={t('profile.as_in_passport')}
          value={v.familyName}
          error={err('familyName')}
          autocomplete="family-name"
        />
        <TextField
          id="givenNames"
          label={t('profile.given_names')}
          hint={t('profile.as_in_passport')}
          value={v.givenNames}
          error={err('givenNames')}
          autocomplete="given-name"
        />
        <TextField
          id="nameZh"
          label={t('profile.name_zh')}
          hint={t('profile.name_zh_hint')}
          value={v.nameZh}
          error={err('nameZh')}
        />
        <Select
          id="nationality"
          label={t('profile.nationality')}
          value={v.nationality}
          error={err('nationality')}
          blank={t('finder.choose')}
          options={countries}
        />
        <TextField
          id="birthOn"
          type="text"
          label={t('profile.birth_on')}
          hint={t('finder.birth_date_hint')}
          value={v.birthOn}
          error={err('birthOn')}
          width="short"
          autocomplete="bday"
        />
        <Select
          id="gender"
          label={t('finder.gender')}
          hint={t('finder.gender_hint')}
          value={v.gender}
          blank={t('finder.prefer_not')}
          options={(['female', 'male', 'other'] as const).map((g) => ({
            value: g,
            label: t(`gender.${g}`),
          }))}
        />
        <TextField
          id="passportNumber"
          label={t('profile.passport_number')}
          value={v.passportNumber}
          error={err('passportNumber')}
          width="short"
        />
        <Select
          id="passportCountry"
          label={t('profile.passport_country')}
          value={v.passportCountry}
          error={err('passportCountry')}
          blank={t('finder.choose')}
          options={countries}
        />
        <h2>{t('profile.consent_heading')}</h2>
        <p>{t('profile.consent_text')}</p>
        <Checkbox
          id="consent"
          label={t('profile.consent_label')}
          hint={t('profile.consent_version', { version: v.consentVersion ?? '' })}
          checked={v.consent === 'on'}
        />
        {err('consent') ? <p class="field-error">{err('consent')}</p> : null}
        <button type="submit" class="button">
          {t('profile.save')}
        </button>
      </Form>
    </PageLayout>
  );
}
