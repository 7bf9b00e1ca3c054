import { ErrorSummary, Form, TextField, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export function ForgotPasswordPage({
  ctx,
  email,
  errors,
}: {
  ctx: TViewContext;
  email?: string;
  errors: TFieldError[];
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('forgot_password.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('forgot_password.title')}</h1>
      <p>{t('forgot_password.intro')}</p>
      <Form ctx={ctx} action="/forgot-password">
        <TextField
          id="email"
          type="email"
          label={t('sign_in.email_label')}
          value={email}
          error={errors.find((e) => e.field === 'email')?.message}
          autocomplete="email"
        />
        <button type="submit" class="button">
          {t('forgot_password.submit')}
        </button>
      </Form>
    </PageLayout>
  );
}

export function ResetPasswordPage({
  ctx,
  token,
  errors,
}: {
  ctx: TViewContext;
  token: string;
  errors: TFieldError[];
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('reset_password.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('reset_password.title')}</h1>
      <Form ctx={ctx} action="/reset-password">
        <input type="hidden" name="token" value={token} />
        <TextField
          id="password"
          type="password"
          label={t('reset_password.password_label')}
          hint={t('sign_up.password_hint')}
          error={errors.find((e) => e.field === 'password')?.message}
          autocomplete="new-password"
        />
        <button type="submit" class="button">
          {t('reset_password.submit')}
        </button>
      </Form>
    </PageLayout>
  );
}
