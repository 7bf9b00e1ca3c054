// Types for the part of lunar-javascript (6tail, MIT, no dependencies) that Jiangxue uses: lunar
// dates and solar terms. The package ships no types of its own.
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    toYmd(): string;
  }
  export class Lunar {
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export class Holiday {
    getDay(): string;
    getName(): string;
    isWork(): boolean;
  }
  export const HolidayUtil: { getHolidays(year: number): Holiday[] };
}
