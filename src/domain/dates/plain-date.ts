// Plain calendar dates ('YYYY-MM-DD') and their day numbers. A day number counts days since
// 1970-01-01 through Date.UTC, so leap years come from the platform's calendar, not a table.

/** A calendar date with no time or zone, 'YYYY-MM-DD' (fields named `…On` carry these). */
export type TPlainDate = string;

/** The parts of a plain date: month 1–12, day 1–31. */
export type TDateParts = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const DASH = 45;
const ZERO = 48;

/** The number written by `count` ASCII digits at `from`, or -1 if one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Day number of 'YYYY-MM-DD', or NaN when it is not a real date. Read by character codes:
 * day numbers are on the allowances hot path. */
function dayNumberOrNaN(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  // Note: Date.UTC maps years 0–99 to 1900–1999; parsing accepts years from 1000 only.
  const ms = Date.UTC(year, month - 1, day);
  // A day past the month's end rolls into the next month; the calendar says which days exist.
  if (day > 28 && ms >= Date.UTC(year, month, 1)) return NaN;
  return ms / MS_PER_DAY;
}

/**
 * Parses 'YYYY-MM-DD' into its parts, or null when it is not a real calendar date.
 * @example parsePlainDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 * @example parsePlainDate('2025-02-29') // null
 */
export function parsePlainDate(text: string): TDateParts | null {
  if (Number.isNaN(dayNumberOrNaN(text))) return null;
  return { year: digitsAt(text, 0, 4), month: digitsAt(text, 5, 2), day: digitsAt(text, 8, 2) };
}

/**
 * True when `text` is a real calendar date written 'YYYY-MM-DD'.
 * @example isPlainDate('2026-01-31') // true
 */
export function isPlainDate(text: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(text));
}

/**
 * Days in a month (1–12) of a year, from the platform's calendar.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return (Date.UTC(year, month, 1) - Date.UTC(year, month - 1, 1)) / MS_PER_DAY;
}

/**
 * Day number of year/month/day: days since 1970-01-01 (negative before).
 * @example dayNumberOf(1970, 1, 2) // 1
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Day number of a plain date. Throws on a malformed date: inputs are validated at the edge.
 * @example dayNumber('2026-01-31') // 20484
 */
export function dayNumber(date: TPlainDate): number {
  const day = dayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new Error(`Not a plain date: "${date}"`);
  return day;
}

/**
 * The plain date of a day number.
 * @example fromDayNumber(20484) // '2026-01-31'
 */
export function fromDayNumber(day: number): TPlainDate {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Parts of a day number (faster than formatting and parsing again).
 * @example partsOfDayNumber(20484) // { year: 2026, month: 1, day: 31 }
 */
export function partsOfDayNumber(day: number): TDateParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The date `days` days after (or before, when negative) `date`.
 * @example addDays('2026-02-14', 15) // '2026-03-01'
 */
export function addDays(date: TPlainDate, days: number): TPlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Days from `from` to `to` (`to − from`; negative when `to` is earlier).
 * @example daysBetween('2027-03-01', '2027-03-17') // 16
 */
export function daysBetween(from: TPlainDate, to: TPlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Orders two plain dates: negative, 0 or positive. 'YYYY-MM-DD' sorts as text, so this is a
 * plain string comparison.
 * @example comparePlainDates('2026-01-31', '2026-02-01') // -1
 */
export function comparePlainDates(a: TPlainDate, b: TPlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole years completed from `from` to `on`; an anniversary counts on its day (R-GEN-AGE). A
 * 29 February birthday is completed on 1 March in common years.
 * @example completedYears('2001-09-01', '2026-09-01') // 25
 * @example completedYears('2001-09-02', '2026-09-01') // 24
 */
export function completedYears(from: TPlainDate, on: TPlainDate): number {
  const a = parsePlainDate(from);
  const b = parsePlainDate(on);
  if (!a || !b) throw new Error(`Not plain dates: "${from}", "${on}"`);
  const years = b.year - a.year;
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return beforeAnniversary ? years - 1 : years;
}
