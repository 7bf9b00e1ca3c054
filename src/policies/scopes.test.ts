import { describe, expect, it } from 'vitest';

import { can, type TResource } from './access';
import { ANONYMOUS, ROLES, type TActor, type TRole, type TRoleGrant } from './actor';
import { isInScope, scopeFor, type TScope, type TScopedAction } from './scopes';

const grant = (role: TRole, programId: string | null = null, institutionId: string | null = null) =>
  ({ role, programId, institutionId }) satisfies TRoleGrant;

const user = (...roles: TRoleGrant[]): TActor => ({
  kind: 'user',
  userId: 'me',
  email: 'me@x',
  isEmailVerified: true,
  roles,
});

// Each role with the scope its grant carries, as role assignments give it.
const ACTORS: Record<TRole | 'anonymous' | 'referee', TActor> = {
  anonymous: ANONYMOUS,
  referee: { kind: 'referee', letterId: 'L1' },
  applicant: user(grant('applicant')),
  reviewer: user(grant('reviewer', 'csc')),
  panel_chair: user(grant('panel_chair', 'pifi')),
  admission_officer: user(grant('admission_officer', null, 'UCAS')),
  dispatching_authority: user({
    ...grant('dispatching_authority'),
    countryCode: 'vn',
    agencyNumber: '10610',
  }),
  program_officer: user(grant('program_officer', 'cas-anso')),
  finance_officer: user(grant('finance_officer')),
  administrator: user(grant('administrator')),
};

const NONE: TScope = { kind: 'none' };
const OWN: TScope = { kind: 'own', userId: 'me' };
const VN_10610: TScope = {
  kind: 'agencies',
  agencies: [{ countryCode: 'VN', agencyNumber: '10610' }],
};

// The matrix: who sees what of each scoped action.
const MATRIX: Record<keyof typeof ACTORS, Record<TScopedAction, TScope>> = {
  anonymous: {
    'application.read': NONE,
    'document.read': NONE,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  referee: {
    'application.read': NONE,
    'document.read': NONE,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  applicant: {
    'application.read': OWN,
    'document.read': OWN,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  // R-GEN-COI: reviewers and chairs see by panel membership, never by program.
  reviewer: {
    'application.read': NONE,
    'document.read': NONE,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  panel_chair: {
    'application.read': NONE,
    'document.read': NONE,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  admission_officer: {
    'application.read': { kind: 'hosts', hostIds: ['UCAS'] },
    'document.read': { kind: 'hosts', hostIds: ['UCAS'] },
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': { kind: 'hosts', hostIds: ['UCAS'] },
  },
  program_officer: {
    'application.read': { kind: 'programs', programIds: ['cas-anso'] },
    'document.read': { kind: 'programs', programIds: ['cas-anso'] },
    'call.update': { kind: 'programs', programIds: ['cas-anso'] },
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  dispatching_authority: {
    'application.read': NONE,
    'document.read': VN_10610,
    'call.update': NONE,
    'nomination.read': VN_10610,
    'screening.read': NONE,
  },
  finance_officer: {
    'application.read': NONE,
    'document.read': NONE,
    'call.update': NONE,
    'nomination.read': NONE,
    'screening.read': NONE,
  },
  administrator: {
    'application.read': { kind: 'all' },
    'document.read': { kind: 'all' },
    'call.update': { kind: 'all' },
    'nomination.read': { kind: 'all' },
    'screening.read': { kind: 'all' },
  },
};

const ACTIONS: TScopedAction[] = [
  'application.read',
  'document.read',
  'call.update',
  'nomination.read',
  'screening.read',
];

describe('scope matrix (role × action)', () => {
  for (const who of ['anonymous', 'referee', ...ROLES] as const) {
    it.each(ACTIONS)(`${who}: %s`, (action) => {
      expect(scopeFor(ACTORS[who], action)).toEqual(MATRIX[who][action]);
    });
  }
});

describe('scopes of several grants', () => {
  it('grants of different kinds give any of them', () => {
    const both = user(grant('program_officer', 'csc'), grant('admission_officer', null, 'USTC'));
    expect(scopeFor(both, 'application.read')).toEqual({
      kind: 'any',
      scopes: [
        { kind: 'programs', programIds: ['csc'] },
        { kind: 'hosts', hostIds: ['USTC'] },
      ],
    });
    expect(scopeFor(both, 'call.update')).toEqual({ kind: 'programs', programIds: ['csc'] });
  });

  it('grants of one kind merge, once each', () => {
    const two = user(
      grant('program_officer', 'csc'),
      grant('program_officer', 'csc'),
      grant('program_officer', 'bgs'),
    );
    expect(scopeFor(two, 'application.read')).toEqual({
      kind: 'programs',
      programIds: ['csc', 'bgs'],
    });
  });

  it('a program grant naming no known program gives nothing', () => {
    expect(scopeFor(user(grant('program_officer', null)), 'call.update')).toEqual(NONE);
    expect(scopeFor(user(grant('program_officer', 'nope')), 'call.update')).toEqual(NONE);
  });
});

// The scope must mean exactly what `can` decides one resource at a time: a repository that
// filters by it shows what the access table allows, no more and no less. Every resource here
// names its host: `can` reads a missing one as the route's coarse check (any host).
const RESOURCES: TResource[] = [];
for (const ownerUserId of ['me', 'someone-else'])
  for (const programId of ['csc', 'pifi', 'cas-anso', 'bgs'])
    for (const institutionId of ['UCAS', 'USTC', 'BLCU'])
      RESOURCES.push({ ownerUserId, programId, institutionId });
// R-CSC-APPLY: a dispatching authority's country and agency number, matching and not.
for (const countryCode of ['VN', 'PK'])
  for (const agencyNumber of ['10610', '10001'])
    for (const programId of ['csc', 'pifi'])
      RESOURCES.push({
        ownerUserId: 'x',
        programId,
        institutionId: 'UCAS',
        countryCode,
        agencyNumber,
      });

const CROSS: TActor[] = [
  ...Object.values(ACTORS),
  user(grant('program_officer', 'csc'), grant('admission_officer', null, 'USTC')),
  user(grant('applicant'), grant('reviewer', 'bgs')),
];

describe('a scope agrees with can() on every resource', () => {
  it.each(ACTIONS)('%s', (action) => {
    for (const actor of CROSS)
      for (const resource of RESOURCES)
        expect(
          isInScope(scopeFor(actor, action), resource),
          `${JSON.stringify(actor)} ${JSON.stringify(resource)}`,
        ).toBe(can(actor, action, resource));
  });
});
