import { dayOpensAt, deadlineClosesAt } from '@/domain/dates';
import { formatBeijingDateTime, formatBeijingDeadline } from '@/i18n/format';
import type { TLocale } from '@/i18n/locales';

// Note: performance. A call's opening and deadline are a handful of plain dates shared by every
// request, but turning one into an instant and a Beijing-time text goes through luxon's IANA
// zone lookups (Intl.DateTimeFormat#formatToParts), which cost more than rendering the rest of
// a catalog page (bench/README.md). These are pure functions of (date, locale): computed once
// each and kept. The map is bounded so that no input can grow it without limit.

export type TCallInstant = {
  /** Milliseconds since the epoch, for comparing with `now`. */
  ms: number;
  /** ISO 8601 in UTC, for `<time datetime>`. */
  iso: string;
  /** As people read it, in Beijing time with the zone named (R-GEN-TIME). */
  text: string;
};

const MAX_ENTRIES = 2_000;
const memo = new Map<string, TCallInstant>();

function remember(key: string, make: () => TCallInstant): TCallInstant {
  let value = memo.get(key);
  if (!value) {
    value = Object.freeze(make());
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** The instant a call opens: 00:00 Beijing time on its opening day. */
export function callOpening(date: string, locale: TLocale): TCallInstant {
  return remember(`o|${locale}|${date}`, () => {
    const at = new Date(dayOpensAt(date));
    return { ms: at.getTime(), iso: at.toISOString(), text: formatBeijingDateTime(at, locale) };
  });
}

/** The instant a call closes: 24:00 Beijing time on its deadline day. */
export function callDeadline(date: string, locale: TLocale): TCallInstant {
  return remember(`d|${locale}|${date}`, () => {
    const at = new Date(deadlineClosesAt(date));
    return { ms: at.getTime(), iso: at.toISOString(), text: formatBeijingDeadline(at, locale) };
  });
}
