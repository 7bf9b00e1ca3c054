import { ErrorSummary, Form, TextField, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export function SignInPage({
  ctx,
  email,
  errors,
  next,
}: {
  ctx: TViewContext;
  email?: string;
  errors: TFieldError[];
  next?: string;
}) {
  const { t } = ctx;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <PageLayout
      ctx={ctx}
      title={errors.length ? `${t('form.error_prefix')} ${t('sign_in.title')}` : t('sign_in.title')}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{t('sign_in.title')}</h1>
      <Form ctx={ctx} action="/sign-in">
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          id="email"
          type="email"
          label={t('sign_in.email_label')}
          value={email}
          error={err('email')}
          autocomplete="username"
        />
        <TextField
          id="password"
          type="password"
          label={t('sign_in.password_label')}
          error={err('password')}
          autocomplete="current-password"
        />
        <button type="submit" class="button">
          {t('sign_in.submit')}
        </button>
      </Form>
      <p>
        <a href="/forgot-password">{t('sign_in.forgot')}</a>
      </p>
      <p>
        <a href="/sign-up">{t('sign_in.no_account')}</a>
      </p>
    </PageLayout>
  );
}
