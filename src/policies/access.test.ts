import { describe, expect, it } from 'vitest';

import { can } from './access';
import { ANONYMOUS, ROLES, type TActor, type TRole } from './actor';
import { PERMISSIONS, type TPermission } from './permissions';

const user = (role: TRole, scope: { programId?: string; institutionId?: string } = {}): TActor => ({
  kind: 'user',
  userId: `${role}-1`,
  email: `${role}@x`,
  isEmailVerified: true,
  roles: [{ role, programId: scope.programId ?? null, institutionId: scope.institutionId ?? null }],
});

// The coarse matrix (no resource): which role may reach which action at all. Each row is the
// set of actions a role has; everything else must be refused.
const MATRIX: Record<TRole | 'anonymous', TPermission[]> = {
  anonymous: [
    'public.view',
    'health.read',
    'account.sign_up',
    'account.sign_in',
    'account.verify_email',
    'account.reset_password',
    'panel.join',
    'interview.book',
  ],
  applicant: [
    'public.view',
    'health.read',
    'account.sign_up',
    'account.sign_in',
    'account.verify_email',
    'account.reset_password',
    'account.read',
    'account.update',
    'session.sign_out',
    'review.work',
    'applicant.profile',
    'application.create',
    'application.read',
    'application.update',
    'application.submit',
    'document.upload',
    'document.read',
    'referee.manage',
    'panel.join',
    // Issue 11: any account may chair a panel (a panel_members row, not a role), so the coarse
    // check lets it through and the service decides on the panel.
    'ranking.read',
    'ranking.adjust',
    'interview.manage',
    'interview.book',
  ],
  // Reviewers read applications only through the review routes, by panel (R-GEN-COI).
  reviewer: ['staff.dashboard', 'application.verify'],
  // R-CSC-APPLY: nominates CSC applications of its agency, and opens their documents.
  dispatching_authority: [
    'staff.dashboard',
    'application.verify',
    'document.read',
    'nomination.read',
    'nomination.decide',
  ],
  panel_chair: ['staff.dashboard', 'application.verify'],
  admission_officer: [
    'application.read',
    'document.read',
    'letter.read',
    'staff.dashboard',
    'application.verify',
    'screening.read',
    'screening.decide',
  ],
  program_officer: [
    'application.read',
    'document.read',
    'letter.read',
    'staff.dashboard',
    'application.verify',
    'call.update',
    'panel.manage',
    'ranking.close',
  ],
  finance_officer: ['staff.dashboard', 'application.verify'],
  administrator: [
    'application.read',
    'document.read',
    'letter.read',
    'staff.dashboard',
    'application.verify',
    'call.update',
    'audit.read',
    'mailbox.read',
    'mailbox.reveal',
    'panel.manage',
    'ranking.close',
    'nomination.read',
    'screening.read',
  ],
};
const SIGNED_IN_BASE: TPermission[] = [
  'public.view',
  'health.read',
  'account.sign_up',
  'account.sign_in',
  'account.verify_email',
  'account.reset_password',
  'account.read',
  'account.update',
  'session.sign_out',
  'panel.join',
  'ranking.read',
  'ranking.adjust',
  // Panel membership is the grant; the service checks it (services/reviewing/reviewer-access.ts).
  'review.work',
  'interview.manage',
  'interview.book',
];

describe('policy matrix (role × action)', () => {
  for (const role of ['anonymous', ...ROLES] as const) {
    it(`${role}: exactly its actions are allowed`, () => {
      const actor = role === 'anonymous' ? ANONYMOUS : user(role);
      const expected = new Set(
        role === 'anonymous' || role === 'applicant'
          ? MATRIX[role]
          : [...SIGNED_IN_BASE, ...MATRIX[role]],
      );
      for (const action of PERMISSIONS) {
        if (action === 'letter.write') continue;
        expect(can(actor, action), `${role} → ${action}`).toBe(expected.has(action));
      }
    });
  }
});

describe('policy with the resource in hand', () => {
  it('an applicant reads only their own application', () => {
    const a = user('applicant');
    expect(can(a, 'application.read', { ownerUserId: 'applicant-1' })).toBe(true);
    expect(can(a, 'application.read', { ownerUserId: 'someone-else', programId: 'csc' })).toBe(
      false,
    );
  });

  it('a program officer edits only their own program’s calls and reads only its applications', () => {
    const po = user('program_officer', { programId: 'cas-anso' });
    expect(can(po, 'call.update', { programId: 'cas-anso' })).toBe(true);
    expect(can(po, 'call.update', { programId: 'csc' })).toBe(false);
    expect(can(po, 'panel.manage', { programId: 'cas-anso' })).toBe(true);
    expect(can(po, 'panel.manage', { programId: 'csc' })).toBe(false);
    expect(can(po, 'application.read', { ownerUserId: 'x', programId: 'csc' })).toBe(false);
  });

  it('an admission officer reads applications of their own host only', () => {
    const ao = user('admission_officer', { institutionId: 'UCAS' });
    expect(
      can(ao, 'application.read', { ownerUserId: 'x', programId: 'csc', institutionId: 'UCAS' }),
    ).toBe(true);
    expect(
      can(ao, 'application.read', { ownerUserId: 'x', programId: 'csc', institutionId: 'USTC' }),
    ).toBe(false);
  });

  it('R-GEN-REFEREE: staff of the application read a referee’s letter; its applicant never does', () => {
    const letterOf = { ownerUserId: 'applicant-1', programId: 'csc', institutionId: 'UCAS' };
    expect(can(user('program_officer', { programId: 'csc' }), 'letter.read', letterOf)).toBe(true);
    expect(can(user('program_officer', { programId: 'bgs' }), 'letter.read', letterOf)).toBe(false);
    expect(can(user('admission_officer', { institutionId: 'UCAS' }), 'letter.read', letterOf)).toBe(
      true,
    );
    expect(can(user('applicant'), 'letter.read', letterOf)).toBe(false);
    const staffApplicant: TActor = {
      kind: 'user',
      userId: 'applicant-1',
      email: 'both@x',
      isEmailVerified: true,
      roles: [
        { role: 'applicant', programId: null, institutionId: null },
        { role: 'administrator', programId: null, institutionId: null },
      ],
    };
    expect(can(staffApplicant, 'letter.read', letterOf)).toBe(false);
  });

  it('R-GEN-COI: a reviewer or chair of a program reads none of its applications by role', () => {
    const app = { ownerUserId: 'x', programId: 'csc', institutionId: 'UCAS' };
    for (const role of ['reviewer', 'panel_chair'] as const) {
      const r = user(role, { programId: 'csc' });
      expect(can(r, 'application.read', app)).toBe(false);
      expect(can(r, 'document.read', app)).toBe(false);
      expect(can(r, 'letter.read', app)).toBe(false);
    }
  });

  it('R-GEN-COI: a panel member works on their own membership only', () => {
    const r = user('reviewer', { programId: 'csc' });
    expect(can(r, 'review.work', { memberUserId: 'reviewer-1' })).toBe(true);
    expect(can(r, 'review.work', { memberUserId: 'someone-else' })).toBe(false);
    expect(can(ANONYMOUS, 'review.work')).toBe(false);
  });

  it('R-CSC-APPLY: a dispatching authority acts on CSC applications of its country and agency only', () => {
    const authority: TActor = {
      kind: 'user',
      userId: 'da-1',
      email: 'da@x',
      isEmailVerified: true,
      roles: [
        {
          role: 'dispatching_authority',
          programId: null,
          institutionId: null,
          countryCode: 'VN',
          agencyNumber: '10610',
        },
      ],
    };
    const filed = { programId: 'csc', countryCode: 'VN', agencyNumber: '10610' };
    expect(can(authority, 'nomination.decide', filed)).toBe(true);
    expect(can(authority, 'document.read', filed)).toBe(true);
    expect(can(authority, 'nomination.decide', { ...filed, countryCode: 'PK' })).toBe(false);
    expect(can(authority, 'nomination.decide', { ...filed, agencyNumber: '10001' })).toBe(false);
    expect(can(authority, 'nomination.decide', { ...filed, programId: 'pifi' })).toBe(false);
    expect(can(authority, 'document.read', { programId: 'csc' })).toBe(false);
    expect(can(authority, 'application.read', filed)).toBe(false);
    expect(can(authority, 'screening.read', filed)).toBe(false);
  });

  it('an admission officer screens applications of their own host only', () => {
    const ao = user('admission_officer', { institutionId: 'UCAS' });
    expect(can(ao, 'screening.decide', { programId: 'pifi', institutionId: 'UCAS' })).toBe(true);
    expect(can(ao, 'screening.decide', { programId: 'pifi', institutionId: 'USTC' })).toBe(false);
    expect(can(user('administrator'), 'screening.decide', { institutionId: 'UCAS' })).toBe(false);
  });

  it('R-GEN-REFEREE: a referee link writes its own letter and nothing else', () => {
    const referee: TActor = { kind: 'referee', letterId: 'L1' };
    expect(can(referee, 'letter.write', { letterId: 'L1' })).toBe(true);
    expect(can(referee, 'letter.write', { letterId: 'L2' })).toBe(false);
    for (const action of PERMISSIONS.filter(
      (p) => p !== 'letter.write' && !MATRIX.anonymous.includes(p),
    )) {
      expect(can(referee, action), action).toBe(false);
    }
  });

  it('R-REV-RANK: a panel ranking is for the program’s officers, administrators and the panel’s chair', () => {
    const panel = { programId: 'pifi', panelRole: null } as const;
    expect(can(user('program_officer', { programId: 'pifi' }), 'ranking.read', panel)).toBe(true);
    expect(can(user('program_officer', { programId: 'csc' }), 'ranking.read', panel)).toBe(false);
    expect(can(user('administrator'), 'ranking.read', panel)).toBe(true);
    expect(can(user('reviewer', { programId: 'pifi' }), 'ranking.read', panel)).toBe(false);
    expect(can(user('reviewer'), 'ranking.read', { ...panel, panelRole: 'chair' })).toBe(true);
    expect(can(user('reviewer'), 'ranking.read', { ...panel, panelRole: 'reviewer' })).toBe(false);
  });

  it('R-REV-RANK: interviews are run by the program’s officers, administrators and the panel’s chair', () => {
    const panel = { programId: 'pifi', panelRole: null } as const;
    expect(can(user('program_officer', { programId: 'pifi' }), 'interview.manage', panel)).toBe(
      true,
    );
    expect(can(user('program_officer', { programId: 'csc' }), 'interview.manage', panel)).toBe(
      false,
    );
    expect(can(user('administrator'), 'interview.manage', panel)).toBe(true);
    expect(can(user('reviewer'), 'interview.manage', { ...panel, panelRole: 'chair' })).toBe(true);
    expect(can(user('reviewer'), 'interview.manage', { ...panel, panelRole: 'reviewer' })).toBe(
      false,
    );
    expect(can(user('applicant'), 'interview.manage', panel)).toBe(false);
  });

  it('R-REV-FLAG: only the chair adjusts; R-REV-SCORE: only an officer closes with fewer', () => {
    const panel = { programId: 'pifi', panelRole: null } as const;
    const po = user('program_officer', { programId: 'pifi' });
    expect(can(po, 'ranking.adjust', panel)).toBe(false);
    expect(can(po, 'ranking.close', panel)).toBe(true);
    const chair = { ...panel, panelRole: 'chair' } as const;
    expect(can(user('reviewer'), 'ranking.adjust', chair)).toBe(true);
    expect(can(user('reviewer'), 'ranking.close', chair)).toBe(false);
  });
});
