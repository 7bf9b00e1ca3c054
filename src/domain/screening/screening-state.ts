import type { TReason } from '../eligibility/types';

/** An officer's decision on one point of an application at screening (screening_decisions). */
export type TScreeningDecisionKind = 'confirmed' | 'overridden' | 'waived';
export type TScreeningDecision = { reasonKey: string; decision: TScreeningDecisionKind };

/** A finder reason an officer must judge, keyed by its rule code. */
export type TReviewPoint = { code: string; en: string; zh: string };

/** A referee of the application as screening reads it. */
export type TScreeningReferee = {
  id: string;
  name: string;
  status: string;
  replacedAt: Date | null;
};

/** What stands between a submitted application and its reviewers. */
export type TScreeningState = {
  /** Review points with no decision yet (their codes). */
  undecided: string[];
  /** Missing letters not waived (referee ids). */
  unwaived: string[];
  /**
   * R-GEN-REFEREE: the deadline has passed and a required letter is still missing and not
   * waived: the application is incomplete until an officer waives the gap.
   */
  isIncompleteForLetters: boolean;
  /** Every review point decided and every missing letter waived. */
  canPass: boolean;
};

/** The key a waived letter is recorded under. */
export function letterKey(refereeId: string): string {
  return `letter:${refereeId}`;
}

/**
 * The finder reasons marked "review" on a track's result, once per rule code (a decision is
 * stored per code: one judgement covers the rule).
 * @example reviewPointsOf([{ rule: 'R-GEN-NATIONALITY', ok: false, review: true, en: '…', zh: '…' }]) // [{ code: 'R-GEN-NATIONALITY', … }]
 */
export function reviewPointsOf(reasons: readonly TReason[]): TReviewPoint[] {
  const seen = new Map<string, TReviewPoint>();
  for (const r of reasons)
    if (r.review && !seen.has(r.rule)) seen.set(r.rule, { code: r.rule, en: r.en, zh: r.zh });
  return [...seen.values()];
}

/**
 * R-GEN-REFEREE: the letters still missing — while fewer letters are in than the track needs,
 * every standing referee (not replaced) whose letter is not in. None when enough are in.
 * @example missingLetters([{ id: 'r1', name: 'A', status: 'invited', replacedAt: null }], 1).map((r) => r.id) // ['r1']
 */
export function missingLetters(
  referees: readonly TScreeningReferee[],
  needed: number,
): TScreeningReferee[] {
  const standing = referees.filter((r) => r.replacedAt === null);
  const isIn = standing.filter((r) => r.status === 'submitted').length;
  if (isIn >= needed) return [];
  return standing.filter((r) => r.status !== 'submitted');
}

/**
 * Where an application stands at screening. Letters count as complete when the letters in and
 * the waived ones together reach what the track needs.
 * Note: R-GEN-REFEREE — "incomplete until waived" is read here at each load of the screening
 * page, against the call's deadline, not stored: waiving one letter clears it at once.
 * @example screeningState({ points: [], missing: [], needed: 0, lettersIn: 0, decisions: [], isPastDeadline: true }).canPass // true
 */
export function screeningState(input: {
  points: readonly TReviewPoint[];
  missing: readonly Pick<TScreeningReferee, 'id'>[];
  needed: number;
  lettersIn: number;
  decisions: readonly TScreeningDecision[];
  isPastDeadline: boolean;
}): TScreeningState {
  const decided = new Set(input.decisions.map((d) => d.reasonKey));
  const waived = new Set(
    input.decisions.filter((d) => d.decision === 'waived').map((d) => d.reasonKey),
  );
  const undecided = input.points.filter((p) => !decided.has(p.code)).map((p) => p.code);
  const waivedCount = input.missing.filter((m) => waived.has(letterKey(m.id))).length;
  const isLettersComplete = input.lettersIn + waivedCount >= input.needed;
  const unwaived = isLettersComplete
    ? []
    : input.missing.filter((m) => !waived.has(letterKey(m.id))).map((m) => m.id);
  return {
    undecided,
    unwaived,
    isIncompleteForLetters: input.isPastDeadline && unwaived.length > 0,
    canPass: undecided.length === 0 && unwaived.length === 0,
  };
}

/**
 * The id of the note field of one point's form on the screening page (an error links to it).
 * @example noteFieldId('letter:3f1c…') // 'note-letter-3f1c…'
 */
export function noteFieldId(reasonKey: string): string {
  return `note-${reasonKey.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/**
 * Whether an officer may act on an application at screening now: submitted or incomplete; or
 * returned for a correction whose deadline has passed unanswered (R-GEN-EDIT: it has locked
 * again and is the officer's once more).
 * @example isActionable('returned', new Date('2026-04-15T16:00:00Z'), new Date('2026-04-16T00:00:00Z')) // true
 */
export function isActionable(status: string, openReturnDueAt: Date | null, now: Date): boolean {
  if (status === 'submitted' || status === 'incomplete') return true;
  return status === 'returned' && openReturnDueAt !== null && now >= openReturnDueAt;
}
