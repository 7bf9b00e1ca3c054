import { conflictTable } from './conflicts';
import { keptAssignments } from './kept-assignments';
import { solveAssignment } from './solve-assignment';
import type {
  TAssignmentPair,
  TAssignmentProblem,
  TAssignmentResult,
  TUnderCovered,
} from './types';

const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Disciplines compare by NFKC, trimmed, lower case: "Physics" covers "physics ". */
export const normaliseDiscipline = (d: string) => d.normalize('NFKC').trim().toLowerCase();

/**
 * R-REV-ASSIGN: gives each application k = `perApplication` distinct reviewers, never one with
 * a conflict (R-GEN-COI, R-REV-COI-INST) and never one beyond capacity; among such assignments
 * the most applications fully covered, then the most discipline matches, then the most
 * assignments, then the smallest largest load relative to capacity (see solve-assignment.ts).
 * Existing assignments still allowed are kept, started ones always (kept-assignments.ts).
 * Inputs are sorted by id first, so the same problem in any order gives the same answer; ids
 * must be unique (the contract checks it).
 * @example
 * assignReviewers({ perApplication: 1, reviewers: [r1], applications: [a1], declared: [], existing: [] })
 * // { assignments: [{ application: 'a1', reviewer: 'r1' }], underCovered: [], conflicts: [] }
 */
export function assignReviewers(problem: TAssignmentProblem): TAssignmentResult {
  const k = problem.perApplication;
  const reviewers = [...problem.reviewers].sort(byId);
  const applications = [...problem.applications].sort(byId);
  const R = reviewers.length;
  const { isBlocked, rows } = conflictTable(reviewers, applications, problem.declared);
  const disciplinesOf = reviewers.map((r) => new Set(r.disciplines.map(normaliseDiscipline)));
  const disciplineOf = applications.map((a) => normaliseDiscipline(a.discipline));
  const isMatch = (a: number, r: number) => disciplinesOf[r]!.has(disciplineOf[a]!);
  const capacity = Int32Array.from(reviewers, (r) => r.capacity);

  const kept = keptAssignments(problem.existing, {
    appIndex: new Map(applications.map((a, i) => [a.id, i])),
    reviewerIndex: new Map(reviewers.map((r, i) => [r.id, i])),
    isBlocked,
    isMatch,
    perApplication: k,
    capacity,
  });
  const need = Int32Array.from(applications, (_, a) => Math.max(0, k - kept.countOf[a]!));
  const remaining = Int32Array.from(capacity, (c, r) => Math.max(0, c - kept.loadOf[r]!));

  const pairStart = new Int32Array(applications.length + 1);
  const pairReviewer: number[] = [];
  const matches: number[] = [];
  for (let a = 0; a < applications.length; a++) {
    if (need[a]! > 0)
      for (let r = 0; r < R; r++) {
        const cell = a * R + r;
        if (remaining[r]! === 0 || isBlocked[cell] || kept.isKept[cell]) continue;
        pairReviewer.push(r);
        matches.push(isMatch(a, r) ? 1 : 0);
      }
    pairStart[a + 1] = pairReviewer.length;
  }
  const chosen = solveAssignment({
    need,
    remaining,
    capacity,
    fixedLoad: kept.loadOf,
    pairs: { pairStart, pairReviewer: Int32Array.from(pairReviewer) },
    isMatch: Uint8Array.from(matches),
  });

  const reviewersOf: number[][] = applications.map(() => []);
  for (const [a, r] of kept.pairs) reviewersOf[a]!.push(r);
  for (let a = 0; a < applications.length; a++)
    for (let p = pairStart[a]!; p < pairStart[a + 1]!; p++)
      if (chosen[p]) reviewersOf[a]!.push(pairReviewer[p]!);
  const assignments: TAssignmentPair[] = [];
  const underCovered: TUnderCovered[] = [];
  reviewersOf.forEach((list, a) => {
    const application = applications[a]!.id;
    for (const r of list.sort((x, y) => x - y))
      assignments.push({ application, reviewer: reviewers[r]!.id });
    if (list.length < k) underCovered.push({ application, missing: k - list.length });
  });
  return { assignments, underCovered, conflicts: rows };
}
