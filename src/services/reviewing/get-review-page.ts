import { listApplicationDocuments } from '@/db/repositories/document.repository';
import {
  findApplicationForReview,
  listOtherSubmittedReviews,
} from '@/db/repositories/review.repository';
import type { TPanelCriterion } from '@/db/schema';
import type { TProgramId } from '@/domain/programs';
import { neighbours, reviewState, type TReviewState } from '@/domain/review/workspace/queue';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { applicantName } from './applicant-name';
import { requireVisibleApplication } from './reviewer-access';

export type TReviewDocument = {
  id: string;
  slot: string;
  fileName: string;
  contentType: string;
  isLetter: boolean;
};

export type TReviewPage = {
  kind: 'page';
  panel: { id: string; name: string; rubric: TPanelCriterion[]; dueAt: Date | null };
  application: {
    id: string;
    name: string;
    programId: TProgramId;
    track: string;
    receiptNumber: string | null;
    submittedAt: Date | null;
    title: string | null;
  };
  documents: TReviewDocument[];
  queue: { position: number | null; total: number; previous: string | null; next: string | null };
  /** The member's own review; null for a chair reading an application not assigned to them. */
  review: {
    state: TReviewState;
    scores: Record<string, number>;
    comment: string;
    submittedAt: Date | null;
  } | null;
  /**
   * The other submitted reviews (scores and comment), anonymous: null until
   * the member's own review is submitted (R-GEN-COI, HotCRP's rule).
   */
  others: { scores: Record<string, number>; comment: string }[] | null;
};

/**
 * The one screen of an application under review: its summary, its documents (shown in the
 * page), the score form and the previous and next application of the queue. 404 for anything
 * the member may not see (reviewer-access.ts); `declare_first` before they declared.
 * @example const page = await getReviewPage(deps, actor, { panelId, applicationId });
 */
export async function getReviewPage(
  deps: TDeps,
  actor: TActor,
  input: { panelId: string; applicationId: string },
): Promise<TReviewPage | { kind: 'declare_first'; panelId: string }> {
  const seen = await requireVisibleApplication(deps, actor, input.panelId, input.applicationId);
  if (seen.kind === 'declare_first') return seen;
  const { membership, queue, entry } = seen;
  const { member, panel } = membership;
  const db = deps.database.db;
  // The queue row already holds the member's review: two queries more give the whole page.
  const [found, documents] = await Promise.all([
    findApplicationForReview(db, input.applicationId),
    listApplicationDocuments(db, input.applicationId),
  ]);
  if (!found) throw new AppError('not_found', 'No such application');
  const app = found.application;
  const review = entry?.reviewId ? entry : undefined;
  const isSubmitted = review?.status === 'submitted';
  const others = isSubmitted
    ? (await listOtherSubmittedReviews(db, panel.id, app.id, member.id)).map((r) => ({
        scores: r.scores,
        comment: r.comment,
      }))
    : null;
  const title = app.answers.plan?.['title'] ?? null;
  return {
    kind: 'page',
    panel: { id: panel.id, name: panel.name, rubric: panel.rubric, dueAt: panel.reviewsDueAt },
    application: {
      id: app.id,
      name: applicantName(found),
      programId: app.programId,
      track: app.track,
      receiptNumber: app.receiptNumber,
      submittedAt: app.submittedAt,
      title: title && title.trim() ? title : null,
    },
    documents: documents.map((d) => ({
      id: d.id,
      slot: d.slot,
      fileName: d.fileName,
      contentType: d.contentType,
      isLetter: d.refereeId !== null,
    })),
    queue: { ...neighbours(queue, app.id), total: queue.length },
    review: entry
      ? {
          state: reviewState(review?.status ?? null),
          scores: review?.scores ?? {},
          comment: review?.comment ?? '',
          submittedAt: review?.submittedAt ?? null,
        }
      : null,
    others,
  };
}
