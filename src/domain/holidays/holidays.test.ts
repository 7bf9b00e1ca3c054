import { HolidayUtil } from 'lunar-javascript';
import { describe, expect, it } from 'vitest';

import { addDays, fromDayNumber } from '@/domain/dates';

import { holidayListsByYear, holidaySourceOf, publicHolidaysOf } from './public-holidays';
import { statutoryHolidays, statutoryHolidaysByName } from './statutory';

// The lunar new year by the platform's own ICU Chinese calendar: an independent check of
// lunar-javascript's lunar dates.
function icuLunarNewYear(year: number): string {
  const format = new Intl.DateTimeFormat('en-u-ca-chinese', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  });
  for (let day = Date.UTC(year, 0, 15); day < Date.UTC(year, 2, 1); day += 86_400_000) {
    const parts = format.formatToParts(new Date(day));
    const month = parts.find((p) => p.type === 'month')?.value;
    const dayOfMonth = parts.find((p) => p.type === 'day')?.value;
    if (month === '1' && dayOfMonth === '1') return new Date(day).toISOString().slice(0, 10);
  }
  throw new Error(`no lunar new year found in ${year}`);
}

describe('public holidays', () => {
  it.each([
    [2025, 28, '2025-01-28', '2025-10-08'],
    [2026, 33, '2026-02-15', '2026-10-07'],
  ])('R-CSC-ABS: %i ships the State Council list (%i days off)', (year, count, inside, last) => {
    const days = publicHolidaysOf(year);
    expect(days).toHaveLength(count);
    expect(days).toContain(inside);
    expect(days.at(-1)).toBe(last);
    expect(holidaySourceOf(year)).toBe('announced');
  });

  it.each([2025, 2026])(
    'R-CSC-ABS: the shipped %i list equals lunar-javascript HolidayUtil',
    (year) => {
      const theirs = HolidayUtil.getHolidays(year)
        .filter((h) => !h.isWork())
        .map((h) => h.getDay())
        .filter((d) => d.startsWith(String(year)))
        .sort();
      expect(publicHolidaysOf(year)).toEqual(theirs);
    },
  );

  it.each([
    [
      2025,
      {
        spring_festival: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
        qingming: ['2025-04-04'],
        dragon_boat: ['2025-05-31'],
        mid_autumn: ['2025-10-06'],
      },
    ],
    [
      2026,
      {
        spring_festival: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
        qingming: ['2026-04-05'],
        dragon_boat: ['2026-06-19'],
        mid_autumn: ['2026-09-25'],
      },
    ],
  ])('R-CSC-ABS: statutory days of %i fall on the known festival dates', (year, expected) => {
    const byName = statutoryHolidaysByName(year);
    expect(byName).toMatchObject(expected);
    expect(byName.new_year).toEqual([`${year}-01-01`]);
    expect(byName.labour_day).toEqual([`${year}-05-01`, `${year}-05-02`]);
    expect(byName.national_day).toEqual([`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]);
  });

  it.each([2025, 2026])(
    'R-CSC-ABS: the 13 statutory days of %i are all announced days off',
    (year) => {
      const statutory = statutoryHolidays(year);
      expect(statutory).toHaveLength(13);
      const announced = new Set(publicHolidaysOf(year));
      expect(statutory.filter((d) => !announced.has(d))).toEqual([]);
    },
  );

  it('R-CSC-ABS: Mid-Autumn on National Day (2020-10-01) gives 12 distinct days', () => {
    expect(statutoryHolidaysByName(2020).mid_autumn).toEqual(['2020-10-01']);
    expect(statutoryHolidays(2020)).toHaveLength(12);
  });

  it('R-CSC-ABS: a year with no list (2031) falls back to the statutory days', () => {
    expect(holidaySourceOf(2031)).toBe('statutory');
    expect(publicHolidaysOf(2031)).toEqual(statutoryHolidays(2031));
  });

  it.each([
    [2020, '2020-01-25'],
    [2024, '2024-02-10'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2030, '2030-02-03'],
  ])('R-CSC-ABS: the Spring Festival of %i is %s (its eve starts the 4 days)', (year, day) => {
    expect(statutoryHolidaysByName(year).spring_festival[1]).toBe(day);
  });

  it('lunar-javascript agrees with the ICU Chinese calendar, 2020–2045, but for two near-midnight new moons', () => {
    // Note: in 2027 and 2030 the new moon falls within minutes of Beijing midnight; ICU's
    // approximation lands a day off (7 Feb 2027, 2 Feb 2030), lunar-javascript gives the
    // published dates (6 Feb 2027, 3 Feb 2030). This is why the lunar dates come from a library.
    const disagreements: number[] = [];
    for (let year = 2020; year <= 2045; year++) {
      const eve = statutoryHolidaysByName(year).spring_festival[0]!;
      if (addDays(eve, 1) !== icuLunarNewYear(year)) disagreements.push(year);
    }
    expect(disagreements).toEqual([2027, 2030]);
  });

  it('R-CSC-ABS: an officer list replaces that year only', () => {
    const lists = holidayListsByYear(['2027-01-01', '2027-02-05', '2031-05-01']);
    expect(publicHolidaysOf(2027, lists)).toEqual(['2027-01-01', '2027-02-05']);
    expect(holidaySourceOf(2027, lists)).toBe('officer');
    expect(publicHolidaysOf(2025, lists)).toEqual(publicHolidaysOf(2025));
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });
});
