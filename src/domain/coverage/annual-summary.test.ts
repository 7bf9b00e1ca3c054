import { describe, expect, it } from 'vitest';

import { annualCoverage } from './annual-summary';
import { checkAwardTerms } from './award-terms';
import { monthlyPlanOf } from './monthly-plan';

describe('annual coverage summary', () => {
  it('R-CSC-TABLE: a full doctoral category II scholarship is 92,800 a year, all CSC', () => {
    const summary = annualCoverage({ program: 'csc', level: 'doctoral', subjectCategory: 'II', items: 'full' });
    expect(summary.totalFen).toBe(9_280_000);
    expect(summary.rows).toEqual([
      {
        sponsor: 'CSC',
        tuition: { status: 'amount', annualFen: 3_800_000 },
        accommodation: { status: 'amount', annualFen: 1_200_000 },
        living: { status: 'amount', annualFen: 4_200_000 },
        insurance: { status: 'amount', annualFen: 80_000 },
        totalFen: 9_280_000,
      },
    ]);
  });

  it('R-CSC-FULL: a partial scholarship of living and insurance covers only those', () => {
    const summary = annualCoverage({ program: 'csc', level: 'master', subjectCategory: 'I', items: ['living', 'insurance'] });
    expect(summary.totalFen).toBe(3_680_000);
    expect(summary.rows[0]!.tuition).toEqual({ status: 'not_covered' });
    expect(summary.rows[0]!.accommodation).toEqual({ status: 'not_covered' });
  });

  it('R-CSC-FULL: an empty list of items is refused', () => {
    expect(checkAwardTerms({ program: 'csc', level: 'master', items: [] })).toEqual([
      { path: 'items', message: expect.stringContaining('R-CSC-FULL') },
    ]);
  });

  it('R-BGS-CATS: category A master (visiting) uses the CSC defaults; tuition is waived with no amount', () => {
    const summary = annualCoverage({ program: 'bgs', level: 'visiting', bgsCategory: 'A' });
    expect(summary.rows).toEqual([
      {
        sponsor: 'Beijing',
        tuition: { status: 'unstated' },
        accommodation: { status: 'amount', annualFen: 840_000 },
        living: { status: 'amount', annualFen: 3_600_000 },
        insurance: { status: 'amount', annualFen: 80_000 },
        totalFen: 4_520_000,
      },
    ]);
    expect(summary.hasUnstatedAmounts).toBe(true);
  });

  it('R-BGS-CATS: category C covers tuition and insurance only; a host override changes insurance', () => {
    const summary = annualCoverage({ program: 'bgs', level: 'doctoral', bgsCategory: 'C' }, { insuranceAnnualFen: 100_000 });
    expect(summary.lines.map((l) => l.item)).toEqual(['tuition', 'insurance']);
    expect(summary.totalFen).toBe(100_000);
  });

  it('R-ANSO-SPONSOR: a TWAS awardee has travel and visa from TWAS/UNESCO, the rest from CAS', () => {
    const summary = annualCoverage({ program: 'cas-anso', level: 'doctoral', twas: true });
    expect(summary.lines.map((l) => [l.item, l.sponsor])).toEqual([
      ['tuition', 'CAS'],
      ['stipend', 'CAS'],
      ['insurance', 'CAS'],
      ['application_fee', 'CAS'],
      ['travel', 'TWAS/UNESCO'],
      ['visa', 'TWAS/UNESCO'],
    ]);
    expect(summary.rows.map((r) => r.sponsor)).toEqual(['CAS', 'TWAS/UNESCO']);
    expect(summary.rows[0]!.living).toEqual({ status: 'amount', annualFen: 7_200_000 });
    expect(summary.rows[0]!.tuition).toEqual({ status: 'unstated' });
    expect(summary.totalFen).toBe(7_200_000);
  });

  it('R-ANSO-STIPEND: the year after qualification shows 7,000 a month', () => {
    expect(annualCoverage({ program: 'cas-anso', level: 'doctoral' }, {}, { isQualified: true }).totalFen).toBe(8_400_000);
  });

  it('R-ANSO-SPONSOR: a non-TWAS awardee has all six items from CAS', () => {
    const summary = annualCoverage({ program: 'cas-anso', level: 'master', twas: false });
    expect(new Set(summary.lines.map((l) => l.sponsor))).toEqual(new Set(['CAS']));
  });

  it('R-ANSO-TRAVEL: someone in China at application gets no travel allowance', () => {
    const summary = annualCoverage({ program: 'cas-anso', level: 'master', inChinaAtApplication: true });
    expect(summary.lines.find((l) => l.item === 'travel')).toMatchObject({ basis: 'not_eligible', annualFen: 0 });
  });

  it("R-PIFI-TERMS: PIFI covers one stipend at the call's amount; with no amount the terms are refused", () => {
    expect(annualCoverage({ program: 'pifi', level: 'fellow', monthlyAmountFen: 2_000_000 }).totalFen).toBe(24_000_000);
    expect(() => monthlyPlanOf({ program: 'pifi', level: 'fellow' })).toThrow(/R-PIFI-TERMS/);
  });

  it('officer overrides replace the defaults per call', () => {
    const plan = monthlyPlanOf({ program: 'cas-anso', level: 'doctoral' }, { monthlyFen: 650_000, monthlyAfterQualificationFen: 750_000, capMonths: 60 });
    expect(plan.allowance).toMatchObject({ monthlyFen: 650_000, afterQualificationFen: 750_000, capMonths: 60 });
    expect(checkAwardTerms({ program: 'cas-anso', level: 'fellow' })[0]?.path).toBe('level');
  });
});
