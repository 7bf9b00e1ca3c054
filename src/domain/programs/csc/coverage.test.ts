import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  CSC_ACCOMMODATION_MONTHLY_FEN,
  CSC_ANNUAL_TABLE,
  CSC_LIVING_MONTHLY_FEN,
  checkCscTable,
  cscTableRow,
} from './coverage';

const fields = ['tuitionFen', 'accommodationFen', 'livingFen', 'insuranceFen', 'totalFen'] as const;

describe('CSC amounts', () => {
  it('R-CSC-TABLE: every row adds up (property over the rows)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSC_ANNUAL_TABLE), (row) => {
        expect(row.tuitionFen + row.accommodationFen + row.livingFen + row.insuranceFen).toBe(
          row.totalFen,
        );
      }),
    );
    expect(checkCscTable(CSC_ANNUAL_TABLE)).toEqual([]);
  });

  it('R-CSC-TABLE: the check catches any row changed by any amount', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: CSC_ANNUAL_TABLE.length - 1 }),
        fc.constantFrom(...fields),
        fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((d) => d !== 0),
        (index, field, delta) => {
          const rows = CSC_ANNUAL_TABLE.map((r, i) =>
            i === index ? { ...r, [field]: r[field] + delta } : r,
          );
          expect(checkCscTable(rows).length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it.each([
    ['undergraduate', 'I', 5_920_000],
    ['undergraduate', 'III', 6_620_000],
    ['master', 'II', 7_420_000],
    ['doctoral', 'II', 9_280_000],
    ['doctoral', 'III', 9_980_000],
  ] as const)('R-CSC-TABLE: %s / category %s totals %i fen a year', (band, category, total) => {
    expect(cscTableRow(band, category).totalFen).toBe(total);
  });

  it('R-CSC-LIV-1: living 2,500 / 3,000 / 3,500 a month', () => {
    expect(CSC_LIVING_MONTHLY_FEN).toEqual({
      undergraduate: 250_000,
      master: 300_000,
      doctoral: 350_000,
    });
  });

  it('R-CSC-ACCOM: 700 a month up to master, 1,000 doctoral', () => {
    expect(CSC_ACCOMMODATION_MONTHLY_FEN).toEqual({
      undergraduate: 70_000,
      master: 70_000,
      doctoral: 100_000,
    });
  });
});
