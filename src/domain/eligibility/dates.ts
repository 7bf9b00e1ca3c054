// Private date helpers of the finder and selection. Dates are 'YYYY-MM-DD' strings read by
// character codes: no Date objects, no Intl, no luxon in the hot path (issue 4: ≥ 100,000
// profiles/s). Note for the lead: `src/domain/dates/` may hold equivalents; merge later.

const ZERO = 48;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (s.charCodeAt(i) - ZERO);
  return n;
}

/**
 * The year of a 'YYYY-MM-DD' date.
 * @example yearOf('2026-09-01') // 2026
 */
export function yearOf(date: string): number {
  return digits(date, 0, 4);
}

/** MMDD as a number (0229 → 229), so month-days compare as numbers. */
function monthDayOf(date: string): number {
  return digits(date, 5, 2) * 100 + digits(date, 8, 2);
}

/**
 * Whole years completed on `on` by someone born on `birthDate` (R-GEN-AGE: the birthday counts).
 * Note: R-GEN-AGE — someone born on 29 February completes a year on 1 March in a common year
 * (the month-day 02-29 is not reached on 02-28).
 * @example ageOn('2001-09-01', '2026-09-01') // 25
 * @example ageOn('2001-09-02', '2026-09-01') // 24
 */
export function ageOn(birthDate: string, on: string): number {
  const years = yearOf(on) - yearOf(birthDate);
  return monthDayOf(on) < monthDayOf(birthDate) ? years - 1 : years;
}

/**
 * The UTC instant at which a Beijing calendar day starts (00:00 +08:00), as an ISO string.
 * @example beijingDayStartsAt('2025-10-15') // '2025-10-14T16:00:00.000Z'
 */
export function beijingDayStartsAt(date: string): string {
  const utc = Date.UTC(yearOf(date), digits(date, 5, 2) - 1, digits(date, 8, 2));
  return new Date(utc - BEIJING_OFFSET_MS).toISOString();
}

/**
 * The UTC instant at which a Beijing calendar day ends (24:00 +08:00): a deadline written as a
 * day closes then (R-GEN-TIME).
 * @example beijingDayEndsAt('2026-01-31') // '2026-01-31T16:00:00.000Z'
 */
export function beijingDayEndsAt(date: string): string {
  const utc = Date.UTC(yearOf(date), digits(date, 5, 2) - 1, digits(date, 8, 2) + 1);
  return new Date(utc - BEIJING_OFFSET_MS).toISOString();
}

/**
 * 1 September of a year, the default reference date for ages (R-GEN-AGE, R-GEN-YEAR).
 * @example firstOfSeptember(2026) // '2026-09-01'
 */
export function firstOfSeptember(year: number): string {
  return `${String(year).padStart(4, '0')}-09-01`;
}
