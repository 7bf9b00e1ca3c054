/** Every role Jiangxue knows. Referees have no account: they act through a personal link. */
export const ROLES = [
  'applicant',
  'reviewer',
  'panel_chair',
  'admission_officer',
  // R-CSC-APPLY: the home country's agency that nominates CSC bilateral applicants; scoped to
  // its country and agency number.
  'dispatching_authority',
  'program_officer',
  'finance_officer',
  'administrator',
] as const;
export type TRole = (typeof ROLES)[number];

/**
 * A role with its scope: admission officers hold one institution, program staff one program,
 * a dispatching authority one country and agency number.
 */
export type TRoleGrant = {
  role: TRole;
  programId: string | null;
  institutionId: string | null;
  countryCode?: string | null;
  agencyNumber?: string | null;
};

export type TActor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      roles: readonly TRoleGrant[];
      isEmailVerified: boolean;
    }
  | { kind: 'referee'; letterId: string }
  | { kind: 'system'; job: string };

export const ANONYMOUS: TActor = { kind: 'anonymous' };

export function hasRole(actor: TActor, role: TRole): boolean {
  return actor.kind === 'user' && actor.roles.some((g) => g.role === role);
}

const STAFF_ROLES: readonly TRole[] = ROLES.filter((r) => r !== 'applicant');

export function isStaff(actor: TActor): boolean {
  return actor.kind === 'user' && actor.roles.some((g) => STAFF_ROLES.includes(g.role));
}
