// China's public holidays as the State Council announced them (R-CSC-ABS): the days off of each
// year, including the weekend days it moved into a holiday block. Make-up working days
// (调休上班) are not days off and are not listed. Officers add later years (see
// public-holidays.ts); a year missing here falls back to the statutory days (statutory.ts).
import type { TDateRange } from '@/domain/dates';

/** The days off of one announced year, as inclusive ranges, with the notice it comes from. */
export type TAnnouncedYear = { source: string; daysOff: readonly TDateRange[] };

// Note: sources are the State Council General Office notices on the holiday arrangements;
// src/domain/holidays/holidays.test.ts cross-checks these lists against lunar-javascript's own
// HolidayUtil data.
export const ANNOUNCED_HOLIDAYS: Readonly<Record<number, TAnnouncedYear>> = {
  2025: {
    source:
      '国务院办公厅关于2025年部分节假日安排的通知 (State Council General Office, November 2024)',
    daysOff: [
      { from: '2025-01-01', to: '2025-01-01' }, // New Year's Day
      { from: '2025-01-28', to: '2025-02-04' }, // Spring Festival, eve to the 7th day
      { from: '2025-04-04', to: '2025-04-06' }, // Qingming
      { from: '2025-05-01', to: '2025-05-05' }, // Labour Day
      { from: '2025-05-31', to: '2025-06-02' }, // Dragon Boat
      { from: '2025-10-01', to: '2025-10-08' }, // National Day with Mid-Autumn (6 October)
    ],
  },
  2026: {
    source:
      '国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, November 2025)',
    daysOff: [
      { from: '2026-01-01', to: '2026-01-03' }, // New Year's Day
      { from: '2026-02-15', to: '2026-02-23' }, // Spring Festival
      { from: '2026-04-04', to: '2026-04-06' }, // Qingming
      { from: '2026-05-01', to: '2026-05-05' }, // Labour Day
      { from: '2026-06-19', to: '2026-06-21' }, // Dragon Boat
      { from: '2026-09-25', to: '2026-09-27' }, // Mid-Autumn
      { from: '2026-10-01', to: '2026-10-07' }, // National Day
    ],
  },
};
