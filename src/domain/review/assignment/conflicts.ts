import {
  institutionEmailToken,
  institutionNameToken,
  normaliseEmail,
  type TInstitutionToken,
} from '@/domain/institutions';

import type {
  TAssignApplication,
  TAssignmentPair,
  TAssignReviewer,
  TConflict,
  TConflictReason,
} from './types';

/** The reasons in the order the output lists them (R-GEN-COI's order). */
export const CONFLICT_REASONS: readonly TConflictReason[] = [
  'referee',
  'institution',
  'email-domain',
  'supervisor',
  'declared',
];

/** What the conflict test compares of a person: address and institution tokens. */
export type TConflictKeys = {
  email: string;
  nameToken: TInstitutionToken | null;
  emailToken: TInstitutionToken | null;
};

export type TApplicationConflictKeys = TConflictKeys & {
  referees: ReadonlySet<string>;
  supervisorEmail: string | null;
};

/** A reviewer's (or applicant's) keys, normalised once. */
export function personKeys(p: { email: string; institution: string | null }): TConflictKeys {
  return {
    email: normaliseEmail(p.email),
    nameToken: institutionNameToken(p.institution),
    emailToken: institutionEmailToken(p.email),
  };
}

export function applicationKeys(a: TAssignApplication): TApplicationConflictKeys {
  return {
    ...personKeys(a),
    referees: new Set(a.referees.map(normaliseEmail)),
    supervisorEmail: a.supervisorEmail === null ? null : normaliseEmail(a.supervisorEmail),
  };
}

const same = (x: TInstitutionToken | null, y: TInstitutionToken | null) => x !== null && x === y;

/**
 * R-GEN-COI with R-REV-COI-INST: every reason the reviewer may not review the application, in
 * CONFLICT_REASONS order; [] when there is none. "institution" is a shared current institution by
 * name, or a known institution named on one side and its mail domain on the other;
 * "email-domain" is a shared registrable mail domain (never a public one) or the very same
 * address (the reviewer is the applicant).
 * @example conflictReasons(personKeys({ email: 'a@ucas.ac.cn', institution: 'UCAS' }), applicationKeys(app), false) // ['institution', 'email-domain']
 */
export function conflictReasons(
  reviewer: TConflictKeys,
  application: TApplicationConflictKeys,
  isDeclared: boolean,
): TConflictReason[] {
  const reasons: TConflictReason[] = [];
  if (application.referees.has(reviewer.email)) reasons.push('referee');
  if (
    same(reviewer.nameToken, application.nameToken) ||
    same(reviewer.nameToken, application.emailToken) ||
    same(reviewer.emailToken, application.nameToken)
  )
    reasons.push('institution');
  if (same(reviewer.emailToken, application.emailToken) || reviewer.email === application.email)
    reasons.push('email-domain');
  if (application.supervisorEmail === reviewer.email) reasons.push('supervisor');
  if (isDeclared) reasons.push('declared');
  return reasons;
}

export type TConflictTable = {
  /** `isBlocked[a * reviewers.length + r]` is 1 when reviewer r has a conflict with application a. */
  isBlocked: Uint8Array;
  /** Sorted as the arrays are (application, then reviewer), then by reason. */
  rows: TConflict[];
};

function indexBy<T>(items: readonly T[], keysOf: (item: T) => (string | null)[]) {
  const map = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      if (key === null) continue;
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  });
  return map;
}

/**
 * Every conflict between the reviewers and the applications, found through indexes by address
 * and token instead of testing every pair; `conflictReasons` decides each candidate pair.
 * @example conflictTable(reviewers, applications, [{ application: 'a1', reviewer: 'r2' }]).rows
 */
export function conflictTable(
  reviewers: readonly TAssignReviewer[],
  applications: readonly TAssignApplication[],
  declared: readonly TAssignmentPair[],
): TConflictTable {
  const rKeys = reviewers.map(personKeys);
  const byEmail = indexBy(rKeys, (k) => [k.email]);
  const byToken = indexBy(rKeys, (k) => [k.nameToken, k.emailToken]);
  const reviewerIndex = new Map(reviewers.map((r, i) => [r.id, i]));
  const declaredBy = new Map<string, Set<number>>();
  for (const d of declared) {
    const r = reviewerIndex.get(d.reviewer);
    if (r === undefined) continue;
    const set = declaredBy.get(d.application) ?? new Set<number>();
    set.add(r);
    declaredBy.set(d.application, set);
  }
  const isBlocked = new Uint8Array(reviewers.length * applications.length);
  const rows: TConflict[] = [];
  applications.forEach((app, a) => {
    const keys = applicationKeys(app);
    const declaredHere = declaredBy.get(app.id) ?? new Set<number>();
    const candidates = new Set<number>(declaredHere);
    const emails = [...keys.referees, keys.supervisorEmail, keys.email];
    for (const email of emails) for (const r of byEmail.get(email ?? '') ?? []) candidates.add(r);
    for (const token of [keys.nameToken, keys.emailToken])
      for (const r of byToken.get(token ?? '') ?? []) candidates.add(r);
    for (const r of [...candidates].sort((x, y) => x - y)) {
      const reasons = conflictReasons(rKeys[r]!, keys, declaredHere.has(r));
      if (reasons.length === 0) continue;
      isBlocked[a * reviewers.length + r] = 1;
      for (const reason of reasons)
        rows.push({ application: app.id, reviewer: reviewers[r]!.id, reason });
    }
  });
  return { isBlocked, rows };
}
