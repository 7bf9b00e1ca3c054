import { describe, expect, it } from 'vitest';

import { assignReviewers } from './assign';
import { aProblem, aReviewer, anApplication } from './assignment-fixture';
import type { TAssignApplication, TAssignReviewer, TConflictReason } from './types';

const one = (extra: Partial<TAssignApplication> = {}) => [anApplication('a1', extra)];

describe('R-GEN-COI: a conflicted reviewer is never assigned', () => {
  const r1 = (extra: Partial<TAssignReviewer>) => aReviewer('r1', extra);
  it.each<[string, TAssignReviewer, TAssignApplication[], TConflictReason[]]>([
    ['a referee', r1({ email: 'li@x.org' }), one({ referees: ['li@x.org'] }), ['referee']],
    [
      'a referee, case-insensitive',
      r1({ email: 'Li@X.org' }),
      one({ referees: ['LI@x.ORG '] }),
      ['referee'],
    ],
    [
      'the proposed supervisor',
      r1({ email: 'wang@y.cn' }),
      one({ supervisorEmail: 'Wang@y.cn' }),
      ['supervisor'],
    ],
    [
      'R-REV-COI-INST: the same institution by alias',
      r1({ institution: 'UCAS' }),
      one({ institution: '中国科学院大学' }),
      ['institution'],
    ],
    [
      'R-REV-COI-INST: leading "the", case and punctuation',
      r1({ institution: 'The University of Nairobi.' }),
      one({ institution: 'university of nairobi' }),
      ['institution'],
    ],
    [
      'R-REV-COI-INST: full-width letters',
      r1({ institution: 'ＵＳＴＣ' }),
      one({ institution: 'University of Science and Technology of China' }),
      ['institution'],
    ],
    [
      'R-REV-COI-INST: a known name against its mail domain',
      r1({ institution: 'UCAS' }),
      one({ institution: null, email: 'x@mails.ucas.ac.cn' }),
      ['institution'],
    ],
    [
      'R-REV-COI-INST: a subdomain folds to the registrable domain',
      r1({ email: 'a@dept.nairobi.ac.ke' }),
      one({ email: 'b@nairobi.ac.ke' }),
      ['email-domain'],
    ],
    [
      'the applicant reviewing themself',
      r1({ email: 'me@gmail.com' }),
      one({ email: 'ME@gmail.com' }),
      ['email-domain'],
    ],
    [
      'every reason, one row each',
      r1({ email: 'li@ucas.ac.cn', institution: 'UCAS' }),
      one({
        email: 'z@ucas.ac.cn',
        institution: 'UCAS',
        referees: ['li@ucas.ac.cn'],
        supervisorEmail: 'li@ucas.ac.cn',
      }),
      ['referee', 'institution', 'email-domain', 'supervisor'],
    ],
  ])(
    'R-GEN-COI: %s → not assigned, listed with its reasons',
    (_, reviewer, applications, reasons) => {
      const result = assignReviewers(
        aProblem({ perApplication: 1, reviewers: [reviewer, aReviewer('r2')], applications }),
      );
      expect(result.assignments).toEqual([{ application: 'a1', reviewer: 'r2' }]);
      expect(result.conflicts).toEqual(
        reasons.map((reason) => ({ application: 'a1', reviewer: 'r1', reason })),
      );
    },
  );

  it('R-GEN-COI: a declared conflict → not assigned, listed as declared', () => {
    const result = assignReviewers(
      aProblem({
        perApplication: 1,
        reviewers: [aReviewer('r1'), aReviewer('r2')],
        applications: one(),
        declared: [{ reviewer: 'r1', application: 'a1' }],
      }),
    );
    expect(result.assignments).toEqual([{ application: 'a1', reviewer: 'r2' }]);
    expect(result.conflicts).toEqual([{ application: 'a1', reviewer: 'r1', reason: 'declared' }]);
  });

  it.each([
    ['gmail.com', 'a@gmail.com', 'b@gmail.com'],
    ['qq.com (through a subdomain)', 'a@vip.qq.com', 'b@qq.com'],
    ['163.com', 'a@163.com', 'b@163.com'],
    ['outlook.com', 'a@outlook.com', 'b@outlook.com'],
  ])('R-REV-COI-INST: a shared public mail domain (%s) alone → no conflict', (_, mine, theirs) => {
    const result = assignReviewers(
      aProblem({
        perApplication: 1,
        reviewers: [aReviewer('r1', { email: mine })],
        applications: one({ email: theirs }),
      }),
    );
    expect(result).toEqual({
      assignments: [{ application: 'a1', reviewer: 'r1' }],
      underCovered: [],
      conflicts: [],
    });
  });
});
