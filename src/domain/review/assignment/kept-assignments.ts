import type { TExistingAssignment } from './types';

// Note: R-REV-ASSIGN — a re-run keeps every existing assignment that is still allowed, and one
// whose review is started never moves. A started one stays even when it is now conflicted or
// over the reviewer's capacity (it is listed in `conflicts` all the same); one not started stays
// while it has no conflict, the application has fewer than k and the reviewer is under capacity.
// When not all of them fit, discipline matches are kept first, then by application and reviewer.

export type TKeptAssignments = {
  /** Kept pairs as [application index, reviewer index], started ones first. */
  pairs: [number, number][];
  countOf: Int32Array;
  loadOf: Int32Array;
  /** `isKept[a * reviewerCount + r]`. */
  isKept: Uint8Array;
};

type TContext = {
  appIndex: ReadonlyMap<string, number>;
  reviewerIndex: ReadonlyMap<string, number>;
  isBlocked: Uint8Array;
  isMatch: (a: number, r: number) => boolean;
  perApplication: number;
  capacity: Int32Array;
};

/**
 * The existing assignments a re-run keeps (see the note above). Unknown ids are skipped.
 * @example keptAssignments([{ application: 'a1', reviewer: 'r1', started: true }], context)
 */
export function keptAssignments(
  existing: readonly TExistingAssignment[],
  { appIndex, reviewerIndex, isBlocked, isMatch, perApplication, capacity }: TContext,
): TKeptAssignments {
  const reviewerCount = capacity.length;
  const countOf = new Int32Array(appIndex.size);
  const loadOf = new Int32Array(reviewerCount);
  const isKept = new Uint8Array(appIndex.size * reviewerCount);
  const pairs: [number, number][] = [];
  const known = existing.flatMap((e) => {
    const a = appIndex.get(e.application);
    const r = reviewerIndex.get(e.reviewer);
    return a === undefined || r === undefined ? [] : [{ a, r, isStarted: e.started }];
  });
  known.sort(
    (x, y) =>
      Number(y.isStarted) - Number(x.isStarted) ||
      Number(isMatch(y.a, y.r)) - Number(isMatch(x.a, x.r)) ||
      x.a - y.a ||
      x.r - y.r,
  );
  for (const { a, r, isStarted } of known) {
    const cell = a * reviewerCount + r;
    if (isKept[cell]) continue;
    const isAllowed = !isBlocked[cell] && countOf[a]! < perApplication && loadOf[r]! < capacity[r]!;
    if (!isStarted && !isAllowed) continue;
    isKept[cell] = 1;
    countOf[a]!++;
    loadOf[r]!++;
    pairs.push([a, r]);
  }
  return { pairs, countOf, loadOf, isKept };
}
