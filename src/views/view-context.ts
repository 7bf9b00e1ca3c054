import type { TLocale } from '@/i18n/locales';
import type { TTranslate } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';

/** What every view may read about the request. Views render only: no queries, no clock. */
export type TViewContext = {
  locale: TLocale;
  t: TTranslate;
  actor: TActor;
  csrfToken: string;
  /** The current path with its query, for the language switch and "back" links. */
  currentUrl: string;
};
