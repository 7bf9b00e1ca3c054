import type { ComponentChildren } from 'preact';

import type { TViewContext } from '../view-context';

/** The same URL in the other language: the switch keeps the page and its query. */
export function switchLanguageHref(currentUrl: string, to: string): string {
  const url = new URL(currentUrl, 'http://x');
  url.searchParams.set('lang', to);
  return `${url.pathname}${url.search}${url.hash}`;
}

function Header({ ctx }: { ctx: TViewContext }) {
  const { t, nav } = ctx;
  const other = ctx.locale === 'en' ? 'zh-CN' : 'en';
  return (
    <header class="site-header">
      <div class="container header-row">
        <a class="brand" href="/">
          {t('layout.brand')}
        </a>
        <nav aria-label={t('layout.nav_label')}>
          <ul class="nav">
            <li>
              <a href="/">{t('nav.programs')}</a>
            </li>
            {nav.canApply ? (
              <li>
                <a href="/applications">{t('nav.applications')}</a>
              </li>
            ) : null}
            {nav.isStaff ? (
              <li>
                <a href="/staff">{t('nav.staff')}</a>
              </li>
            ) : null}
            {nav.canEditCalls ? (
              <li>
                <a href="/staff/calls">{t('nav.calls')}</a>
              </li>
            ) : null}
            {nav.canScreen ? (
              <li>
                <a href="/staff/screening">{t('screening.nav_screening')}</a>
              </li>
            ) : null}
            {nav.canNominate ? (
              <li>
                <a href="/staff/nominations">{t('screening.nav_nominations')}</a>
              </li>
            ) : null}
            {nav.canReadAudit ? (
              <li>
                <a href="/admin/audit">{t('nav.audit')}</a>
              </li>
            ) : null}
            {nav.canReadMailbox ? (
              <li>
                <a href="/admin/mailbox">{t('nav.mailbox')}</a>
              </li>
            ) : null}
            {nav.isSignedIn ? (
              <li>
                <a href="/account">{t('nav.account')}</a>
              </li>
            ) : (
              <>
                <li>
                  <a href="/sign-in">{t('nav.sign_in')}</a>
                </li>
                <li>
                  <a href="/sign-up">{t('nav.sign_up')}</a>
                </li>
              </>
            )}
            <li>
              <a href={switchLanguageHref(ctx.currentUrl, other)} lang={other} hreflang={other}>
                {t('layout.switch_language')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** Every page: skip link, header with language switch, one main region, footer. */
export function PageLayout({
  ctx,
  title,
  children,
  scripts = [],
}: {
  ctx: TViewContext;
  title: string;
  /** Self-hosted enhancement scripts; every page works without them. */
  scripts?: string[];
  children: ComponentChildren;
}) {
  const { t } = ctx;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('layout.brand')}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {scripts.map((src) => (
          <script src={src} defer key={src} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip_to_content')}
        </a>
        <Header ctx={ctx} />
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{t('layout.footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
