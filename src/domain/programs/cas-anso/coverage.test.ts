import { describe, expect, it } from 'vitest';

import { ANSO_ITEMS, ANSO_STIPENDS, ansoSponsorOf } from './coverage';

describe('CAS-ANSO coverage', () => {
  it('R-ANSO-STIPEND: PhD 6,000 → 7,000 for 48 months, master 3,000 for 36', () => {
    expect(ANSO_STIPENDS.doctoral).toEqual({
      monthlyFen: 600_000,
      afterQualificationFen: 700_000,
      capMonths: 48,
    });
    expect(ANSO_STIPENDS.master).toEqual({
      monthlyFen: 300_000,
      afterQualificationFen: null,
      capMonths: 36,
    });
  });

  it.each([
    [1, true, 'CAS'],
    [4, true, 'CAS'],
    [5, true, 'TWAS/UNESCO'],
    [6, true, 'TWAS/UNESCO'],
    [5, false, 'CAS'],
    [6, false, 'CAS'],
  ] as const)('R-ANSO-SPONSOR: item %i, TWAS %s → %s', (item, twas, sponsor) => {
    expect(ansoSponsorOf(item, twas)).toBe(sponsor);
  });

  it('R-ANSO-SPONSOR: the six items in the document order', () => {
    expect(ANSO_ITEMS.map((i) => i.item)).toEqual([
      'tuition',
      'stipend',
      'insurance',
      'application_fee',
      'travel',
      'visa',
    ]);
  });
});
