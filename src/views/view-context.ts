import type { TLocale } from '@/i18n/locales';
import type { TTranslate } from '@/i18n/translate';
import type { TNavigation } from '@/policies/navigation';

/**
 * What every view may read about the request. Views render only: no queries, no clock, no
 * access decisions (the menu's come decided, from the policy module).
 */
export type TViewContext = {
  locale: TLocale;
  t: TTranslate;
  nav: TNavigation;
  csrfToken: string;
  /** The current path with its query, for the language switch and "back" links. */
  currentUrl: string;
};
