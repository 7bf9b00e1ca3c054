import { describe, expect, it } from 'vitest';

import { computeAllowances } from './compute-allowances';
import { ansoAward, cscAward, monthOf, paid } from './award.fixture';

const months = (from: string, to: string) => ({ from, to });

describe('stipends and caps', () => {
  it.each<[string, Record<string, number>, string]>([
    [
      '2027-03-10',
      { '2027-03': 600_000, '2027-04': 700_000 },
      'passed mid-March → 7,000 from April',
    ],
    [
      '2027-03-31',
      { '2027-03': 600_000, '2027-04': 700_000 },
      'passed on the last day of March → 7,000 from April',
    ],
    [
      '2027-04-01',
      { '2027-04': 600_000, '2027-05': 700_000 },
      'passed on 1 April → April still 6,000',
    ],
  ])('R-ANSO-STIPEND: qualification passed %s → %o (%s)', (qualificationPassedOn, expected) => {
    const schedule = computeAllowances(
      ansoAward({ qualificationPassedOn }),
      months('2027-03', '2027-05'),
    );
    for (const [month, amount] of Object.entries(expected))
      expect(paid(schedule, month, 'stipend')).toBe(amount);
  });

  it('R-ANSO-STIPEND: a master pays 3,000 a month with no qualification step', () => {
    const schedule = computeAllowances(
      ansoAward({ level: 'master', qualificationPassedOn: '2026-10-01' }),
      months('2027-01', '2027-01'),
    );
    expect(monthOf(schedule, '2027-01').lines).toEqual([
      { item: 'stipend', amountFen: 300_000, sponsor: 'CAS', halves: 2, rule: 'R-ANSO-STIPEND' },
    ]);
  });

  it('R-GEN-CAP: a master registered on the 1st is paid 36 months, then the cap withholds', () => {
    const schedule = computeAllowances(
      ansoAward({ level: 'master' }),
      months('2026-09', '2029-12'),
    );
    expect(paid(schedule, '2029-08', 'stipend')).toBe(300_000);
    expect(paid(schedule, '2029-09', 'stipend')).toBe(0);
    expect(monthOf(schedule, '2029-09').withheld.map((w) => [w.half, w.reason, w.rule])).toEqual([
      [1, 'cap', 'R-GEN-CAP'],
      [2, 'cap', 'R-GEN-CAP'],
    ]);
    expect(schedule.totalFen).toBe(36 * 300_000);
  });

  it('R-GEN-CAP: registered on the 16th → the 72nd half is the first half of September 2029', () => {
    const schedule = computeAllowances(
      ansoAward({ level: 'master', registrationDate: '2026-09-16' }),
      months('2026-09', '2029-12'),
    );
    expect(monthOf(schedule, '2029-09').lines[0]).toMatchObject({ amountFen: 150_000, halves: 1 });
    expect(schedule.totalFen).toBe(36 * 300_000);
  });

  it('R-GEN-CAP: counts halves paid since registration even when the window starts later', () => {
    const schedule = computeAllowances(
      ansoAward({ level: 'master' }),
      months('2029-08', '2029-09'),
    );
    expect([paid(schedule, '2029-08', 'stipend'), paid(schedule, '2029-09', 'stipend')]).toEqual([
      300_000, 0,
    ]);
  });

  it('R-GEN-CAP: suspended halves do not count, so a year of suspension moves the cap a year later', () => {
    const award = ansoAward({
      level: 'master',
      suspensions: [{ from: '2027-09-01', to: '2028-08-31' }],
    });
    const schedule = computeAllowances(award, months('2026-09', '2030-12'));
    expect([paid(schedule, '2030-08', 'stipend'), paid(schedule, '2030-09', 'stipend')]).toEqual([
      300_000, 0,
    ]);
    expect(schedule.totalFen).toBe(36 * 300_000);
  });

  it('R-GEN-CAP: halves withheld for an absence do not count either', () => {
    const award = ansoAward({
      level: 'master',
      absences: [{ from: '2027-03-01', to: '2027-04-01', reason: 'personal' }],
    });
    const schedule = computeAllowances(award, months('2026-09', '2029-12'), {
      isAbsenceRuleOn: true,
    });
    expect([paid(schedule, '2029-09', 'stipend'), paid(schedule, '2029-10', 'stipend')]).toEqual([
      300_000, 0,
    ]);
  });

  it('R-ANSO-STIPEND: a PhD is capped at 48 months', () => {
    const schedule = computeAllowances(
      ansoAward({ qualificationPassedOn: '2027-12-01' }),
      months('2026-09', '2031-12'),
    );
    expect([paid(schedule, '2030-08', 'stipend'), paid(schedule, '2030-09', 'stipend')]).toEqual([
      700_000, 0,
    ]);
    expect(schedule.totalFen).toBe(16 * 600_000 + 32 * 700_000);
  });

  it('R-ANSO-SPONSOR: a TWAS awardee’s stipend (item 2) is paid by CAS', () => {
    const schedule = computeAllowances(ansoAward({ twas: true }), months('2026-10', '2026-10'));
    expect(schedule.months[0]!.lines[0]!.sponsor).toBe('CAS');
  });

  it("R-PIFI-TERMS: one stipend at the call's amount, in half months, paid by CAS", () => {
    const award = cscAward({
      program: 'pifi',
      level: 'fellow',
      registrationDate: '2026-10-20',
      monthlyAmountFen: 2_000_001,
    });
    const schedule = computeAllowances(award, months('2026-10', '2026-11'));
    expect(monthOf(schedule, '2026-10').lines).toEqual([
      { item: 'stipend', amountFen: 1_000_001, sponsor: 'CAS', halves: 1, rule: 'R-PIFI-TERMS' },
    ]);
    expect(paid(schedule, '2026-11', 'stipend')).toBe(2_000_001);
  });
});

describe('BGS categories (R-BGS-CATS)', () => {
  const offCampus = [{ from: '2026-09-01', offCampus: true }];
  const bgs = (
    level: 'master' | 'visiting' | 'research_scholar' | 'preparatory',
    bgsCategory: 'A' | 'B' | 'C',
  ) => cscAward({ program: 'bgs', level, bgsCategory, accommodation: offCampus });
  const october = months('2026-10', '2026-10');
  const linesOf = (award: ReturnType<typeof bgs>, rates = {}) =>
    computeAllowances(award, october, { rates }).months[0]!.lines.map((l) => [
      l.item,
      l.amountFen,
      l.sponsor,
      l.rule,
    ]);

  it.each([
    [
      'A',
      [
        ['living', 300_000, 'Beijing', 'R-BGS-CATS'],
        ['accommodation', 70_000, 'Beijing', 'R-BGS-CATS'],
      ],
    ],
    ['B', [['accommodation', 70_000, 'Beijing', 'R-BGS-CATS']]],
    ['C', []],
  ] as const)('R-BGS-CATS: category %s of a master pays %j', (category, expected) => {
    expect(linesOf(bgs('master', category))).toEqual(expected);
  });

  it.each([
    ['preparatory', 250_000, 70_000],
    ['visiting', 300_000, 70_000],
    ['research_scholar', 350_000, 100_000],
  ] as const)(
    'R-BGS-LEVELS: category A %s is funded at %i living + %i accommodation',
    (level, living, accommodation) => {
      expect(linesOf(bgs(level, 'A')).map((l) => l[1])).toEqual([living, accommodation]);
    },
  );

  it("R-BGS-CATS: a host's own standard replaces the CSC default", () => {
    expect(
      linesOf(bgs('master', 'A'), { monthlyFen: 320_000, accommodationMonthlyFen: 80_000 }).map(
        (l) => l[1],
      ),
    ).toEqual([320_000, 80_000]);
  });
});
