import { updateReferee, type TLetterContextRow } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { loadLetterFor } from './letter-access';
import { applicantName } from './referee-facts';
import { letterLinkState, type TLinkProblem } from '@/domain/referees/referee-rules';

/** What the referee's page shows: whose letter, for what, due when. Nothing else. */
export type TLetterRequestView = {
  refereeName: string;
  refereeTitle: string;
  refereeInstitution: string;
  applicantName: string;
  programId: string;
  track: string;
  closesOn: string | null;
};

export type TOpenLetterResult =
  { ok: true; letter: TLetterRequestView } | { ok: false; problem: TLinkProblem };

/** The page's facts from the letter's row. */
export function letterRequestView(row: TLetterContextRow): TLetterRequestView {
  return {
    refereeName: row.referee.name,
    refereeTitle: row.referee.title,
    refereeInstitution: row.referee.institution,
    applicantName: applicantName(row),
    programId: row.programId,
    track: row.track,
    closesOn: row.closesOn,
  };
}

/**
 * Opens the referee's letter form on a human act — the link page's button, or a form posted
 * from it — never on a GET (viewLetterRequest): the first opening marks the referee "opened"
 * (audited), which the applicant sees as the status. The link stays alive.
 */
export async function openLetter(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
): Promise<TOpenLetterResult> {
  const now = deps.now();
  return deps.database.db.transaction(async (tx): Promise<TOpenLetterResult> => {
    const row = await loadLetterFor(actor, tx, { forUpdate: true });
    const state = letterLinkState(row.referee, row.closesOn, now);
    if (!state.ok) return { ok: false, problem: state.problem };
    if (row.referee.status === 'invited') {
      await updateReferee(tx, row.referee.id, { status: 'opened', openedAt: now });
      await recordAudit(tx, now, actor, meta, {
        action: 'referee.opened',
        entityType: 'referee',
        entityId: row.referee.id,
        before: { status: 'invited', openedAt: null },
        after: { status: 'opened', openedAt: now.toISOString() },
      });
    }
    return { ok: true, letter: letterRequestView(row) };
  });
}
