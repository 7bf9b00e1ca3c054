import type { TInvitationView } from '@/services/panels/join-panel';

import { ErrorSummary, Form, TextField, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/** A panel invitation link: choose a name and password, or confirm joining. */
export function InvitationPage(p: {
  ctx: TViewContext;
  token: string;
  view: Extract<TInvitationView, { kind: 'create_account' | 'accept' }>;
  errors: TFieldError[];
  displayName?: string | undefined;
}) {
  const { ctx, view, errors } = p;
  const { t } = ctx;
  const title = t('panels.join_title', { panel: view.panelName });
  return (
    <PageLayout ctx={ctx} title={errors.length ? `${t('form.error_prefix')} ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      {view.kind === 'accept' ? (
        <>
          <p>{t('panels.join_accept_intro', { email: view.email })}</p>
          <Form ctx={ctx} action={`/review/invitations/${p.token}`}>
            <button type="submit" class="button">
              {t('panels.join_accept')}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t('panels.join_create_intro', { email: view.email })}</p>
          <Form ctx={ctx} action={`/review/invitations/${p.token}`}>
            <TextField
              id="displayName"
              label={t('panels.join_display_name')}
              value={p.displayName ?? view.displayName}
              error={errors.find((e) => e.field === 'displayName')?.message}
              autocomplete="name"
            />
            <TextField
              id="password"
              type="password"
              label={t('panels.join_password')}
              hint={t('panels.join_password_hint')}
              error={errors.find((e) => e.field === 'password')?.message}
              autocomplete="new-password"
            />
            <button type="submit" class="button">
              {t('panels.join_create')}
            </button>
          </Form>
        </>
      )}
    </PageLayout>
  );
}
