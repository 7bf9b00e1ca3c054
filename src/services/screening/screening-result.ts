import type { TScreeningPage } from './get-screening-page';

/**
 * A screening command's answer: done, or refused with the page to show again and the field
 * the refusal belongs beside (`messageKey`, translated by the route in the officer's language).
 */
export type TScreeningResult =
  { ok: true } | { ok: false; page: TScreeningPage; field: string; messageKey: string };
