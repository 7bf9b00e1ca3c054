// The 13 statutory public holidays of a year, computed from the calendar (R-CSC-ABS), for a year
// whose State Council list is not known yet. Lunar dates and the Qingming solar term come from
// lunar-javascript (6tail): they need astronomical tables no one should hand-roll.
import { Lunar } from 'lunar-javascript';

import { addDays, dayNumberOf, fromDayNumber } from '@/domain/dates';
import type { TPlainDate } from '@/domain/dates';

/** A statutory holiday and the days off it gives. */
export type TStatutoryHoliday =
  | 'new_year'
  | 'spring_festival'
  | 'qingming'
  | 'labour_day'
  | 'dragon_boat'
  | 'mid_autumn'
  | 'national_day';

function iso(year: number, month: number, day: number): TPlainDate {
  return fromDayNumber(dayNumberOf(year, month, day));
}

function lunarToSolar(year: number, lunarMonth: number, lunarDay: number): TPlainDate {
  const solar = Lunar.fromYmd(year, lunarMonth, lunarDay).getSolar();
  return iso(solar.getYear(), solar.getMonth(), solar.getDay());
}

/**
 * The statutory days off of a Gregorian year, holiday by holiday: New Year's Day 1, Spring
 * Festival 4 from its eve, Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3.
 * @example statutoryHolidaysByName(2026).spring_festival // ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']
 */
export function statutoryHolidaysByName(year: number): Record<TStatutoryHoliday, TPlainDate[]> {
  // Note: the Spring Festival of Gregorian year Y is lunar year Y's first day; its eve (除夕) is
  // the day before, whether the 12th lunar month has 29 or 30 days.
  const newYear = lunarToSolar(year, 1, 1);
  const qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable()['清明'];
  if (!qingming) throw new Error(`lunar-javascript gave no Qingming for ${year}`);
  return {
    new_year: [iso(year, 1, 1)],
    spring_festival: [-1, 0, 1, 2].map((offset) => addDays(newYear, offset)),
    qingming: [iso(qingming.getYear(), qingming.getMonth(), qingming.getDay())],
    labour_day: [iso(year, 5, 1), iso(year, 5, 2)],
    dragon_boat: [lunarToSolar(year, 5, 5)],
    mid_autumn: [lunarToSolar(year, 8, 15)],
    national_day: [iso(year, 10, 1), iso(year, 10, 2), iso(year, 10, 3)],
  };
}

/**
 * The statutory days off of a year, sorted, each once (Mid-Autumn can fall on National Day).
 * @example statutoryHolidays(2025).length // 13
 */
export function statutoryHolidays(year: number): TPlainDate[] {
  const days = new Set(Object.values(statutoryHolidaysByName(year)).flat());
  return [...days].sort();
}
