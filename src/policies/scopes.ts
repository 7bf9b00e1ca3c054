import { isProgramId, type TProgramId } from '@/domain/programs';

import type { TResource } from './access';
import type { TActor, TRoleGrant } from './actor';

/**
 * What of a kind of thing an actor may see, as a filter a repository puts in its query
 * (never a check row by row after it). One grant gives one kind; several grants of different
 * kinds give `any` of them. The coming areas add their kinds here: reviewers per panel
 * (`{ kind: 'panels', panelIds }`), dispatching authorities per country and agency.
 */
export type TScope =
  | { kind: 'all' }
  | { kind: 'none' }
  /** The actor's own (an applicant's applications). */
  | { kind: 'own'; userId: string }
  /** Program officers of these programs (reviewers and chairs see by panel, not program). */
  | { kind: 'programs'; programIds: readonly TProgramId[] }
  /** Admission officers of these host institutions. */
  | { kind: 'hosts'; hostIds: readonly string[] }
  /**
   * R-CSC-APPLY: dispatching authorities — CSC applications of applicants of this nationality
   * filed under this agency number.
   */
  | { kind: 'agencies'; agencies: readonly TAgency[] }
  | { kind: 'any'; scopes: readonly TScope[] };

export type TAgency = { countryCode: string; agencyNumber: string };

/** The actions whose scope lists are filtered by. */
export type TScopedAction =
  'application.read' | 'document.read' | 'call.update' | 'nomination.read' | 'screening.read';

const NONE: TScope = { kind: 'none' };
// Note: reviewers and panel chairs are not program staff for reading applications: they see
// only what their panel membership gives them, through the review routes (R-GEN-COI).
const PROGRAM_STAFF: readonly TRoleGrant['role'][] = ['program_officer'];

function programsOf(grants: readonly TRoleGrant[], roles: readonly TRoleGrant['role'][]) {
  const ids = grants
    .filter((g) => roles.includes(g.role))
    .map((g) => g.programId)
    .filter((id): id is TProgramId => id !== null && isProgramId(id));
  return [...new Set(ids)];
}

function hostsOf(grants: readonly TRoleGrant[]) {
  const ids = grants
    .filter((g) => g.role === 'admission_officer')
    .map((g) => g.institutionId)
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

function agenciesOf(grants: readonly TRoleGrant[]): TAgency[] {
  const seen = new Map<string, TAgency>();
  for (const g of grants)
    if (g.role === 'dispatching_authority' && g.countryCode && g.agencyNumber) {
      const a = { countryCode: g.countryCode.toUpperCase(), agencyNumber: g.agencyNumber };
      seen.set(`${a.countryCode}:${a.agencyNumber}`, a);
    }
  return [...seen.values()];
}

function anyOf(scopes: TScope[]): TScope {
  const some = scopes.filter((s) => s.kind !== 'none');
  if (some.length === 0) return NONE;
  return some.length === 1 ? some[0]! : { kind: 'any', scopes: some };
}

/**
 * The scope of `action` for an actor, read from the same grants as `can` (policies/access.ts):
 * administrators all; program officers their programs; admission officers their hosts;
 * applicants their own applications; dispatching authorities the CSC applications filed under
 * their country and agency number (nominations, and those applications' documents); anyone
 * else nothing. Screening lists only hosts, nominations only agencies.
 * @example scopeFor(programOfficerOfCsc, 'call.update') // { kind: 'programs', programIds: ['csc'] }
 */
export function scopeFor(actor: TActor, action: TScopedAction): TScope {
  if (actor.kind !== 'user') return NONE;
  const grants = actor.roles;
  if (grants.some((g) => g.role === 'administrator')) return { kind: 'all' };
  const agencies = agenciesOf(grants);
  const byAgency: TScope = agencies.length ? { kind: 'agencies', agencies } : NONE;
  if (action === 'nomination.read') return byAgency;
  const hostIds = hostsOf(grants);
  const byHost: TScope = hostIds.length ? { kind: 'hosts', hostIds } : NONE;
  if (action === 'screening.read') return byHost;
  const programIds = programsOf(
    grants,
    action === 'call.update' ? ['program_officer'] : PROGRAM_STAFF,
  );
  const byProgram: TScope = programIds.length ? { kind: 'programs', programIds } : NONE;
  if (action === 'call.update') return byProgram;
  const isApplicant = grants.some((g) => g.role === 'applicant');
  return anyOf([
    isApplicant ? { kind: 'own', userId: actor.userId } : NONE,
    byProgram,
    byHost,
    action === 'document.read' ? byAgency : NONE,
  ]);
}

/**
 * Whether a resource falls in a scope: the meaning a repository's filter must have (the
 * scope tests hold it against `can`). Not for filtering rows after a query.
 * @example isInScope({ kind: 'hosts', hostIds: ['UCAS'] }, { institutionId: 'UCAS' }) // true
 */
export function isInScope(scope: TScope, resource: TResource): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'own':
      return resource.ownerUserId === scope.userId;
    case 'programs':
      return (scope.programIds as readonly string[]).includes(resource.programId ?? '');
    case 'hosts':
      return scope.hostIds.includes(resource.institutionId ?? '');
    case 'agencies':
      return (
        resource.programId === 'csc' &&
        scope.agencies.some(
          (a) => a.countryCode === resource.countryCode && a.agencyNumber === resource.agencyNumber,
        )
      );
    case 'any':
      return scope.scopes.some((s) => isInScope(s, resource));
  }
}
