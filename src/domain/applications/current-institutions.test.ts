import { describe, expect, it } from 'vitest';

import { currentInstitutions } from './current-institutions';

describe('current institutions (R-GEN-COI)', () => {
  it('keeps schools with no end or ending on or after the day', () => {
    const answers = {
      education: {
        edu_0_institution: 'A',
        edu_0_to: '',
        edu_1_institution: 'B',
        edu_1_to: '2026-03-01',
        edu_2_institution: 'C',
        edu_2_to: '2020-01-01',
      },
    };
    expect(currentInstitutions(answers, '2026-03-01')).toEqual(['A', 'B']);
  });

  it('falls back to the most recent school when none is current, and to none when empty', () => {
    expect(
      currentInstitutions(
        { education: { edu_0_institution: 'A', edu_0_to: '2019-01-01' } },
        '2026-01-01',
      ),
    ).toEqual(['A']);
    expect(currentInstitutions({}, '2026-01-01')).toEqual([]);
  });
});
