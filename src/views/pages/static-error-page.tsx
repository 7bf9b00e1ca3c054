import type { TLocale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

/**
 * The page for a request Node's HTTP parser refused (a header block too large, a malformed
 * header line): there is no request to negotiate a language with, so it says the same in both,
 * `first` first. No header, no links but home: nothing here may depend on the request.
 */
export function StaticErrorPage({ first }: { first: TLocale }) {
  const locales: [TLocale, TLocale] = first === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en'];
  const [a, b] = locales.map((l) => translator(l)('error.bad_request_title'));
  return (
    <html lang={first}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${a} · ${b}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <main id="main" class="container">
          {locales.map((locale) => {
            const t = translator(locale);
            return (
              <section lang={locale} key={locale}>
                <h1>{t('error.bad_request_title')}</h1>
                <p>{t('error.bad_request')}</p>
                <p>
                  <a href="/">{t('error.go_home')}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
