import { describe, expect, it } from 'vitest';

import { reasonsFor, trackResult } from '../track-result.fixture';

const recurring = [{ name: 'CSC scholarship', oneTime: false }];
const oneTime = [{ name: 'Travel grant', oneTime: true }];

describe('R-GEN-CONCURRENT / R-BGS-CONCURRENT in the finder', () => {
  it('R-BGS-CONCURRENT: a declared recurring scholarship makes BGS ineligible', () => {
    const r = trackResult({ otherScholarships: recurring }, 'bgs', 'master');
    expect(r.status).toBe('ineligible');
    expect(reasonsFor(r, 'R-BGS-CONCURRENT')[0]).toMatchObject({ ok: false });
    expect(reasonsFor(r, 'R-BGS-CONCURRENT')[0]?.en).toContain('CSC scholarship');
  });

  it('R-BGS-CONCURRENT: a one-time award is exempt → BGS stays eligible', () => {
    const r = trackResult({ otherScholarships: oneTime }, 'bgs', 'master');
    expect(r.status).toBe('eligible');
    expect(reasonsFor(r, 'R-BGS-CONCURRENT')[0]?.en).toContain('one-time');
  });

  it.each([
    ['cas-anso', 'master'],
    ['csc', 'master'],
  ] as const)(
    'R-GEN-CONCURRENT: a recurring scholarship adds an informational reason to %s/%s, status unchanged',
    (program, track) => {
      const without = trackResult({}, program, track);
      const withIt = trackResult({ otherScholarships: recurring }, program, track);
      expect(withIt.status).toBe(without.status);
      const reason = reasonsFor(withIt, 'R-GEN-CONCURRENT')[0];
      expect(reason).toMatchObject({ ok: true });
      expect(reason?.review).toBeUndefined();
      expect(reason?.en).toContain('checked at selection');
      expect(reason?.zh).toContain('CSC scholarship');
    },
  );

  it('R-GEN-CONCURRENT: the PIFI fellowship also gets the informational reason only', () => {
    const extra = {
      level: 'fellow',
      highestQualification: 'doctorate',
      otherScholarships: recurring,
    } as const;
    const r = trackResult(extra, 'pifi', 'fellow');
    expect(r.status).toBe('eligible');
    expect(reasonsFor(r, 'R-GEN-CONCURRENT')).toHaveLength(1);
  });
});
