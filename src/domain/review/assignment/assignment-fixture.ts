// Test data for reviewer assignment: people at distinct institutions with distinct addresses,
// so a test adds exactly the conflict it is about.
import type {
  TAssignApplication,
  TAssignmentProblem,
  TAssignmentResult,
  TAssignReviewer,
} from './types';

export function aReviewer(id: string, extra: Partial<TAssignReviewer> = {}): TAssignReviewer {
  return {
    id,
    capacity: 10,
    disciplines: ['physics'],
    institution: `Institute ${id}`,
    email: `${id}@${id}.example.org`,
    ...extra,
  };
}

export function anApplication(
  id: string,
  extra: Partial<TAssignApplication> = {},
): TAssignApplication {
  return {
    id,
    discipline: 'physics',
    institution: `College ${id}`,
    email: `${id}@gmail.com`,
    referees: [],
    supervisorEmail: null,
    ...extra,
  };
}

export function aProblem(extra: Partial<TAssignmentProblem> = {}): TAssignmentProblem {
  return {
    perApplication: 3,
    reviewers: [],
    applications: [],
    declared: [],
    existing: [],
    ...extra,
  };
}

/** Reviewer ids of each application: { a1: ['r1', 'r2'] }. */
export function reviewersByApplication(result: TAssignmentResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { application, reviewer } of result.assignments)
    (out[application] ??= []).push(reviewer);
  return out;
}

/** Assignments per reviewer: { r1: 2 }. */
export function loads(result: TAssignmentResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { reviewer } of result.assignments) out[reviewer] = (out[reviewer] ?? 0) + 1;
  return out;
}
