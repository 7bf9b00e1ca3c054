import type { TActor } from '@/policies/actor';

import type { TDeps, TRequestMeta } from '../context';
import { getReviewPage, type TReviewPage } from './get-review-page';
import { saveReview, type TSaveReviewInput, type TSaveReviewResult } from './save-review';

export type TSaveReviewFormResult =
  | Exclude<TSaveReviewResult, { kind: 'saved' }>
  | (Extract<TSaveReviewResult, { kind: 'saved' }> & { page: TReviewPage | null });

/**
 * The score form posted without JavaScript: saves (and submits when asked) like autosave, and
 * when something was refused answers with the page as it now stands, to show the errors on.
 * @example const r = await saveReviewForm(deps, actor, meta, { panelId, applicationId, scores, comment });
 */
export async function saveReviewForm(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TSaveReviewInput & { isCommentRefused?: boolean },
): Promise<TSaveReviewFormResult> {
  // A refused comment is never submitted over: the rest is saved, the form shown again.
  const { isCommentRefused, submit, ...rest } = input;
  const result = await saveReview(deps, actor, meta, {
    ...rest,
    ...(submit && !isCommentRefused ? { submit } : {}),
  });
  if (result.kind !== 'saved') return result;
  const isRefused =
    !!isCommentRefused ||
    result.problems.length > 0 ||
    result.submitProblems.length > 0 ||
    result.isConfirmMissing;
  if (!isRefused) return { ...result, page: null };
  const page = await getReviewPage(deps, actor, input);
  return { ...result, page: page.kind === 'page' ? page : null };
}
