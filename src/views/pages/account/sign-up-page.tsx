import { ErrorSummary, Form, RadioGroup, TextField, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TSignUpValues = { email?: string; displayName?: string; locale?: string };

export function SignUpPage({
  ctx,
  values,
  errors,
}: {
  ctx: TViewContext;
  values: TSignUpValues;
  errors: TFieldError[];
}) {
  const { t } = ctx;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <PageLayout
      ctx={ctx}
      title={errors.length ? `${t('form.error_prefix')} ${t('sign_up.title')}` : t('sign_up.title')}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('sign_up.title')}</h1>
      <p>{t('sign_up.intro')}</p>
      <Form ctx={ctx} action="/sign-up">
        <TextField
          id="displayName"
          label={t('sign_up.name_label')}
          hint={t('sign_up.name_hint')}
          value={values.displayName}
          error={err('displayName')}
          autocomplete="name"
        />
        <TextField
          id="email"
          type="email"
          label={t('sign_up.email_label')}
          hint={t('sign_up.email_hint')}
          value={values.email}
          error={err('email')}
          autocomplete="email"
        />
        <TextField
          id="password"
          type="password"
          label={t('sign_up.password_label')}
          hint={t('sign_up.password_hint')}
          error={err('password')}
          autocomplete="new-password"
        />
        <RadioGroup
          id="locale"
          legend={t('sign_up.locale_legend')}
          value={values.locale ?? ctx.locale}
          error={err('locale')}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '中文' },
          ]}
        />
        <button type="submit" class="button">
          {t('sign_up.submit')}
        </button>
      </Form>
      <p>
        <a href="/sign-in">{t('sign_up.have_account')}</a>
      </p>
    </PageLayout>
  );
}
