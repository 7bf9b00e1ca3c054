import { Form } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

export type TAccountView = {
  email: string;
  displayName: string;
  isEmailVerified: boolean;
  roles: string[];
};

export function AccountPage({
  ctx,
  account,
  notice,
}: {
  ctx: TViewContext;
  account: TAccountView;
  notice?: string;
}) {
  const { t } = ctx;
  return (
    <PageLayout ctx={ctx} title={t('account.title')}>
      {notice ? (
        <div class="notice" role="status">
          {notice}
        </div>
      ) : null}
      <h1>{t('account.title')}</h1>
      <dl class="summary-list">
        <div class="summary-row">
          <dt>{t('account.name')}</dt>
          <dd>{account.displayName}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('account.email')}</dt>
          <dd>
            {account.email}{' '}
            <strong class={account.isEmailVerified ? 'tag' : 'tag tag--warn'}>
              {account.isEmailVerified ? t('account.verified') : t('account.not_verified')}
            </strong>
          </dd>
        </div>
        <div class="summary-row">
          <dt>{t('account.roles')}</dt>
          <dd>{account.roles.join(', ')}</dd>
        </div>
      </dl>
      <h2>{t('account.language_heading')}</h2>
      <Form ctx={ctx} action="/account/language">
        <fieldset class="field">
          <legend class="visually-hidden">{t('account.language_heading')}</legend>
          <div class="radio">
            <input
              type="radio"
              id="locale-en"
              name="locale"
              value="en"
              checked={ctx.locale === 'en'}
            />
            <label for="locale-en">English</label>
          </div>
          <div class="radio">
            <input
              type="radio"
              id="locale-zh-CN"
              name="locale"
              value="zh-CN"
              checked={ctx.locale === 'zh-CN'}
            />
            <label for="locale-zh-CN">中文</label>
          </div>
        </fieldset>
        <button type="submit" class="button button--secondary">
          {t('account.save_language')}
        </button>
      </Form>
      <h2>{t('account.sessions_heading')}</h2>
      <div class="button-row">
        <Form ctx={ctx} action="/sign-out">
          <button type="submit" class="button">
            {t('account.sign_out')}
          </button>
        </Form>
        <Form ctx={ctx} action="/sign-out-everywhere">
          <button type="submit" class="button button--warning">
            {t('account.sign_out_everywhere')}
          </button>
        </Form>
      </div>
    </PageLayout>
  );
}
