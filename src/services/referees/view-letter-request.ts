import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { loadLetterFor } from './letter-access';
import { letterRequestView, type TLetterRequestView } from './open-letter';
import { letterLinkState, type TLinkProblem } from '@/domain/referees/referee-rules';

export type TViewLetterResult =
  | { ok: true; letter: TLetterRequestView; isOpened: boolean }
  | { ok: false; problem: TLinkProblem };

/**
 * What the personal link shows on a GET, changing nothing: whose letter, for what, due when,
 * and whether the referee has already opened it. Mail scanners fetch links before anyone reads
 * the email, so only the referee's press of the button (openLetter, a POST) marks it "opened"
 * (R-GEN-REFEREE: the applicant reads that status as the referee's own act).
 */
export async function viewLetterRequest(deps: TDeps, actor: TActor): Promise<TViewLetterResult> {
  const row = await loadLetterFor(actor, deps.database.db, { forUpdate: false });
  const state = letterLinkState(row.referee, row.closesOn, deps.now());
  if (!state.ok) return { ok: false, problem: state.problem };
  return {
    ok: true,
    letter: letterRequestView(row),
    isOpened: row.referee.status !== 'invited',
  };
}
