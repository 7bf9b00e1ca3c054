import { DateTime } from 'luxon';

import { BEIJING_ZONE } from '@/domain/dates';
import { formatYuan } from '@/domain/money';

import type { TLocale } from './locales';

// Note: R-GEN-TIME. Every time a page shows is Beijing time with the zone named, whatever the
// server's zone; the viewer's own zone is added by the page where it matters (deadlines).

/** @example formatBeijingDateTime(new Date('2026-01-31T16:00:00Z'), 'en') // '1 Feb 2026, 00:00 Beijing time (UTC+8)' */
export function formatBeijingDateTime(instant: Date, locale: TLocale): string {
  const dt = DateTime.fromJSDate(instant, { zone: BEIJING_ZONE });
  if (locale === 'zh-CN') return `${dt.toFormat('yyyy年M月d日 HH:mm')}（北京时间，UTC+8）`;
  return `${dt.setLocale('en-GB').toFormat('d LLL yyyy, HH:mm')} Beijing time (UTC+8)`;
}

/** @example formatBeijingDate(new Date('2026-01-31T15:00:00Z'), 'zh-CN') // '2026年1月31日' */
export function formatBeijingDate(instant: Date, locale: TLocale): string {
  const dt = DateTime.fromJSDate(instant, { zone: BEIJING_ZONE });
  return locale === 'zh-CN'
    ? dt.toFormat('yyyy年M月d日')
    : dt.setLocale('en-GB').toFormat('d LLLL yyyy');
}

/**
 * Shows integer fen as yuan with thousands separators (R-GEN-MONEY), in a page's language.
 * The arithmetic is the domain's (domain/money), the one place money is handled.
 * @example formatFen(350000, 'en') // '¥3,500.00'
 */
export function formatFen(fen: number, locale: TLocale): string {
  return formatYuan(fen, locale);
}

/**
 * A deadline instant as people read it: a whole-day deadline closes at 24:00 Beijing time
 * (R-GEN-TIME), so 2026-01-31T16:00Z shows as "31 Jan 2026, 24:00", not "1 Feb, 00:00".
 * @example formatBeijingDeadline(new Date('2026-01-31T16:00:00Z'), 'en') // '31 Jan 2026, 24:00 Beijing time (UTC+8)'
 */
export function formatBeijingDeadline(instant: Date, locale: TLocale): string {
  const dt = DateTime.fromJSDate(instant, { zone: BEIJING_ZONE });
  if (dt.hour !== 0 || dt.minute !== 0) return formatBeijingDateTime(instant, locale);
  const day = dt.minus({ days: 1 });
  if (locale === 'zh-CN') return `${day.toFormat('yyyy年M月d日')} 24:00（北京时间，UTC+8）`;
  return `${day.setLocale('en-GB').toFormat('d LLL yyyy')}, 24:00 Beijing time (UTC+8)`;
}
