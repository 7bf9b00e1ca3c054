import {
  findReviewForUpdate,
  markReviewSubmitted,
  saveReviewDraft,
} from '@/db/repositories/review.repository';
import {
  mergeScores,
  missingScores,
  parseScores,
  type TScoreProblem,
} from '@/domain/review/workspace/score-form';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { requireVisibleApplication } from './reviewer-access';

export type TSaveReviewInput = {
  panelId: string;
  applicationId: string;
  /** What was typed per criterion id (a field left out keeps its saved score). */
  scores: Readonly<Record<string, string>>;
  /** Undefined: the comment as saved. */
  comment?: string;
  /** Submit after saving (all criteria required, confirmed; final). */
  submit?: { isConfirmed: boolean };
};

export type TSaveReviewResult =
  | { kind: 'declare_first'; panelId: string }
  | { kind: 'final' }
  | {
      kind: 'saved';
      /** Typed scores refused (not integers, outside the scale); every valid one is saved. */
      problems: TScoreProblem[];
      /** Only when submitting: what stopped it (scores missing, not confirmed). */
      submitProblems: TScoreProblem[];
      isConfirmMissing: boolean;
      isSubmitted: boolean;
      version: number;
    };

/**
 * Saves a reviewer's draft — every valid score and the comment, also when another field is
 * refused, so nothing typed that could be kept is lost — and, when asked, submits it
 * (R-REV-SCORE: every criterion an integer on its scale; confirmed; a submitted review is
 * final). Only the member's own assigned, non-conflicted application (404 otherwise).
 * @example await saveReview(deps, actor, meta, { panelId, applicationId, scores: { research_proposal: '8' } });
 */
export async function saveReview(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TSaveReviewInput,
): Promise<TSaveReviewResult> {
  const seen = await requireVisibleApplication(deps, actor, input.panelId, input.applicationId);
  if (seen.kind === 'declare_first') return seen;
  const entry = seen.entry;
  // A chair reading an application not assigned to them has no review of it to write.
  if (!entry) throw new AppError('not_found', 'No review of yours');
  const rubric = seen.membership.panel.rubric;
  const parsed = parseScores(rubric, input.scores);
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx): Promise<TSaveReviewResult> => {
    const before = await findReviewForUpdate(tx, entry.assignmentId);
    if (before?.status === 'submitted') return { kind: 'final' };
    const scores = mergeScores(rubric, before?.scores ?? {}, parsed);
    const comment = input.comment ?? before?.comment ?? '';
    const isChanged =
      !before ||
      comment !== before.comment ||
      JSON.stringify(scores) !==
        JSON.stringify(mergeScores(rubric, before.scores, { scores: {}, cleared: [] }));
    let row = before;
    if (isChanged) {
      row = await saveReviewDraft(tx, entry.assignmentId, { scores, comment }, at);
      await recordAudit(tx, at, actor, meta, {
        action: 'review.draft_saved',
        entityType: 'review',
        entityId: row.id,
        before: before ? { scores: before.scores, comment: before.comment } : null,
        after: { scores, comment },
      });
    }
    const submitProblems = input.submit ? missingScores(rubric, scores) : [];
    const isConfirmMissing = !!input.submit && !input.submit.isConfirmed;
    const canSubmit =
      !!input.submit &&
      parsed.problems.length === 0 &&
      submitProblems.length === 0 &&
      !isConfirmMissing;
    if (canSubmit && row) {
      await markReviewSubmitted(tx, row.id, at);
      await recordAudit(tx, at, actor, meta, {
        action: 'review.submitted',
        entityType: 'review',
        entityId: row.id,
        after: { scores, comment },
      });
    }
    return {
      kind: 'saved',
      problems: parsed.problems,
      submitProblems,
      isConfirmMissing,
      isSubmitted: canSubmit && !!row,
      version: row?.version ?? 0,
    };
  });
}
