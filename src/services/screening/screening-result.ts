import type { TScreeningPage } from './get-screening-page';

/** What an officer typed, as the route read it: the text, or why it is refused (a message key). */
export type TTypedText = { ok: true; value: string } | { ok: false; messageKey: string };

/** One refusal beside one field: its id on the page and a message key. */
export type TFieldRefusal = { field: string; messageKey: string };

/**
 * A screening command's answer: done, or refused with the page to show again and each field's
 * refusal (`messageKey`, translated by the route in the officer's language).
 */
export type TScreeningResult =
  { ok: true } | { ok: false; page: TScreeningPage; errors: TFieldRefusal[] };
