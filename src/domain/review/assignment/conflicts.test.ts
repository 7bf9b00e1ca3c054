import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { anApplication, aReviewer } from './assignment-fixture';
import { applicationKeys, conflictReasons, conflictTable, personKeys } from './conflicts';

describe('R-GEN-COI: conflictReasons', () => {
  const reviewer = personKeys(
    aReviewer('r1', { email: 'li@dept.ucas.ac.cn', institution: 'UCAS' }),
  );
  it.each([
    ['nothing shared', {}, false, []],
    ['a referee', { referees: ['LI@dept.ucas.ac.cn'] }, false, ['referee']],
    ['the proposed supervisor', { supervisorEmail: 'li@dept.ucas.ac.cn' }, false, ['supervisor']],
    ['declared', {}, true, ['declared']],
    [
      'R-REV-COI-INST: the institution by name',
      { institution: 'University of Chinese Academy of Sciences' },
      false,
      ['institution'],
    ],
    [
      'R-REV-COI-INST: the applicant’s mail domain names the reviewer’s institution',
      { email: 'x@ucas.edu.cn' },
      false,
      ['institution', 'email-domain'],
    ],
    ['R-REV-COI-INST: a public mail domain alone', { email: 'x@gmail.com' }, false, []],
  ] as const)('%s → %j', (_, app, isDeclared, reasons) => {
    const keys = applicationKeys(anApplication('a1', app));
    expect(conflictReasons(reviewer, keys, isDeclared)).toEqual(reasons);
  });
});

describe('R-GEN-COI: conflictTable finds what testing every pair finds', () => {
  const emails = ['p@u1.edu.cn', 'q@dept.u1.edu.cn', 'r@u2.edu.cn', 's@gmail.com', 't@qq.com'];
  const person = fc.record({
    email: fc.constantFrom(...emails),
    institution: fc.constantFrom('UCAS', '中国科学院大学', 'USTC', 'Else', 'ELSE.', null),
  });
  const input = fc.record({
    reviewers: fc
      .array(person, { minLength: 1, maxLength: 6 })
      .map((ps) => ps.map((p, i) => aReviewer(`r${i}`, p))),
    applications: fc
      .array(
        fc.record({
          email: fc.constantFrom(...emails, 'x@ucas.ac.cn'),
          institution: fc.constantFrom('ucas', 'u2', null),
          referees: fc.subarray(emails),
          supervisorEmail: fc.option(fc.constantFrom(...emails), { nil: null }),
        }),
        { minLength: 1, maxLength: 6 },
      )
      .map((as) => as.map((a, i) => anApplication(`a${i}`, a))),
    declared: fc.array(
      fc.record({
        application: fc.constantFrom('a0', 'a1'),
        reviewer: fc.constantFrom('r0', 'r1'),
      }),
      { maxLength: 3 },
    ),
  });

  it('R-GEN-COI: every pair and reason, none missed, none invented', () => {
    fc.assert(
      fc.property(input, ({ reviewers, applications, declared }) => {
        const expected = applications.flatMap((a) =>
          reviewers.flatMap((r) =>
            conflictReasons(
              personKeys(r),
              applicationKeys(a),
              declared.some((d) => d.application === a.id && d.reviewer === r.id),
            ).map((reason) => ({ application: a.id, reviewer: r.id, reason })),
          ),
        );
        const table = conflictTable(reviewers, applications, declared);
        expect(table.rows).toEqual(expected);
        applications.forEach((a, i) =>
          reviewers.forEach((r, j) =>
            expect(table.isBlocked[i * reviewers.length + j] === 1).toBe(
              expected.some((c) => c.application === a.id && c.reviewer === r.id),
            ),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});
