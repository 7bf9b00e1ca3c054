// Beijing time (R-GEN-TIME): instants are UTC; days, deadlines and months are judged in
// Asia/Shanghai. luxon converts zones here, off the hot paths (allowances work on day numbers).
import { DateTime } from 'luxon';

import { isPlainDate } from './plain-date';
import type { TPlainDate } from './plain-date';

/** The zone every date of the system is judged in. */
export const BEIJING_ZONE = 'Asia/Shanghai';

/** An instant as ISO 8601 text in UTC, e.g. '2026-01-31T16:00:00Z'. */
export type TInstant = string;

function startOfBeijingDay(date: TPlainDate): DateTime {
  if (!isPlainDate(date)) throw new Error(`Not a plain date: "${date}"`);
  return DateTime.fromISO(date, { zone: BEIJING_ZONE }).startOf('day');
}

function toInstant(dt: DateTime): TInstant {
  return dt.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

/**
 * The UTC instant at which a Beijing day opens (00:00 Beijing time), e.g. a call's opening day.
 * @example dayOpensAt('2025-10-15') // '2025-10-14T16:00:00Z'
 */
export function dayOpensAt(date: TPlainDate): TInstant {
  return toInstant(startOfBeijingDay(date));
}

/**
 * The UTC instant at which a deadline day closes: 24:00 Beijing time, so the whole day counts.
 * @example deadlineClosesAt('2026-01-31') // '2026-01-31T16:00:00Z'
 */
export function deadlineClosesAt(date: TPlainDate): TInstant {
  // Note: R-GEN-TIME. "31st January 2026 (Beijing Time)" includes that whole day.
  return toInstant(startOfBeijingDay(date).plus({ days: 1 }));
}

/**
 * The Beijing calendar date of an instant (ISO text with a zone or offset, or a Date).
 * @example beijingDateOf('2026-01-31T16:00:00Z') // '2026-02-01'
 * @example beijingDateOf('2026-01-31T15:59:59Z') // '2026-01-31'
 */
export function beijingDateOf(instant: TInstant | Date): TPlainDate {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { setZone: true })
      : DateTime.fromJSDate(instant);
  if (!dt.isValid) throw new Error(`Not an instant: "${String(instant)}"`);
  return dt.setZone(BEIJING_ZONE).toISODate() ?? '';
}

/**
 * True when `instant` is before the close of the deadline day (Beijing time).
 * @example isBeforeDeadline('2026-01-31T15:59:59Z', '2026-01-31') // true
 * @example isBeforeDeadline('2026-01-31T16:00:00Z', '2026-01-31') // false
 */
export function isBeforeDeadline(instant: TInstant | Date, deadline: TPlainDate): boolean {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(at)) throw new Error(`Not an instant: "${String(instant)}"`);
  return at < Date.parse(deadlineClosesAt(deadline));
}
