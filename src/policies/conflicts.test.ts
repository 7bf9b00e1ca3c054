import { describe, expect, it } from 'vitest';

import {
  hasConflict,
  type TConflictApplication,
  type TConflictReason,
  type TConflictReviewer,
} from './conflicts';

const reviewer = (over: Partial<TConflictReviewer> = {}): TConflictReviewer => ({
  userId: 'rev-1',
  email: 'zhang.min@iap.ac.cn',
  institutions: ['Institute of Atmospheric Physics'],
  ...over,
});

const application = (over: Partial<TConflictApplication> = {}): TConflictApplication => ({
  id: 'app-1',
  applicantEmails: ['amina.khan@lums.edu.pk'],
  applicantInstitutions: ['Lahore University of Management Sciences'],
  refereeEmails: ['prof.ali@lums.edu.pk'],
  supervisorEmails: [],
  ...over,
});

describe('R-GEN-COI: each way a reviewer is conflicted, apart', () => {
  it.each<[string, Partial<TConflictReviewer>, Partial<TConflictApplication>, TConflictReason[]]>([
    ['no tie at all', {}, {}, []],
    [
      'R-GEN-COI: the reviewer is a referee',
      { email: 'Prof.Ali@LUMS.edu.pk' },
      {},
      ['referee', 'email-domain'],
    ],
    [
      'R-GEN-COI: a replaced referee still counts',
      {},
      { refereeEmails: ['old@x.org', 'zhang.min@iap.ac.cn'] },
      ['referee'],
    ],
    [
      'R-GEN-COI: the same current institution by name',
      { institutions: ['LAHORE UNIVERSITY OF MANAGEMENT SCIENCES'] },
      {},
      ['institution'],
    ],
    [
      'R-REV-COI-INST: the same institution under a known alias (UCAS)',
      { institutions: ['UCAS'], email: 'wang@gmail.com' },
      { applicantInstitutions: ['中国科学院大学'], applicantEmails: ['amina@gmail.com'] },
      ['institution'],
    ],
    [
      'R-REV-COI-INST: the same institution under a known alias (USTC)',
      { institutions: ['the University of Science & Technology of China'] },
      { applicantInstitutions: ['ＵＳＴＣ'] },
      ['institution'],
    ],
    [
      'R-REV-COI-INST: the same mail domain with subdomains folded',
      { email: 'b@ucas.ac.cn', institutions: [] },
      { applicantEmails: ['a@dept.ucas.ac.cn'], applicantInstitutions: [] },
      ['email-domain'],
    ],
    [
      'R-REV-COI-INST: a public mail domain never ties by itself',
      { email: 'reviewer@gmail.com' },
      { applicantEmails: ['applicant@gmail.com'] },
      [],
    ],
    [
      'R-REV-COI-INST: nor does qq.com or 163.com',
      { email: 'reviewer@qq.com' },
      { applicantEmails: ['applicant@qq.com', 'applicant@163.com'] },
      [],
    ],
    [
      'R-GEN-COI: the reviewer supervises or is proposed as supervisor',
      {},
      { supervisorEmails: ['ZHANG.MIN@iap.ac.cn'] },
      ['supervisor'],
    ],
    [
      'R-GEN-COI: another institution, another domain: no conflict',
      { institutions: ['UCAS'], email: 'li@ucas.ac.cn' },
      { applicantInstitutions: ['USTC'], applicantEmails: ['a@ustc.edu.cn'] },
      [],
    ],
  ])('%s', (_, r, a, reasons) => {
    expect(hasConflict(reviewer(r), application(a), [])).toEqual({
      hasConflict: reasons.length > 0,
      reasons,
    });
  });

  it('R-GEN-COI: a declared conflict counts for that reviewer and application only', () => {
    const declared = [{ reviewerUserId: 'rev-1', applicationId: 'app-1' }];
    expect(hasConflict(reviewer(), application(), declared).reasons).toEqual(['declared']);
    expect(hasConflict(reviewer({ userId: 'rev-2' }), application(), declared).hasConflict).toBe(
      false,
    );
    expect(hasConflict(reviewer(), application({ id: 'app-2' }), declared).hasConflict).toBe(false);
  });

  it('R-GEN-COI: every reason is reported, in one fixed order', () => {
    const result = hasConflict(
      reviewer({ email: 'prof.ali@lums.edu.pk', institutions: ['LUMS'] }),
      application({
        applicantInstitutions: ['LUMS'],
        supervisorEmails: ['prof.ali@lums.edu.pk'],
      }),
      [{ reviewerUserId: 'rev-1', applicationId: 'app-1' }],
    );
    expect(result.reasons).toEqual([
      'referee',
      'institution',
      'email-domain',
      'supervisor',
      'declared',
    ]);
  });
});
