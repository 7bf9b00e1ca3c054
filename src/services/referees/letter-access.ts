import type { TDb } from '@/db/client';
import { findLetterContext, type TLetterContextRow } from '@/db/repositories/referee.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { queueMail } from '../mail/queue-mail';
import { applicantName, localeOf, programTrackName, refereesPageLink } from './referee-facts';

/**
 * The one letter a referee's link opens (R-GEN-REFEREE): the actor must be that letter's
 * referee. With `forUpdate` the referee row is locked for the rest of the transaction.
 */
export async function loadLetterFor(
  actor: TActor,
  tx: TDb,
  opts: { forUpdate: boolean },
): Promise<TLetterContextRow> {
  requireAccess(actor, 'letter.write');
  const letterId = actor.kind === 'referee' ? actor.letterId : '';
  const row = await findLetterContext(tx, letterId, opts);
  if (!row) throw new AppError('not_found', 'No such letter');
  requireAccess(actor, 'letter.write', { letterId: row.referee.id }, { hideExistence: true });
  return row;
}

/**
 * Tells the applicant, in the applicant's language, that a letter arrived or a referee declined.
 * Names the referee, never the letter's content.
 */
export async function queueApplicantNotice(
  deps: TDeps,
  tx: TDb,
  at: Date,
  row: TLetterContextRow,
  notice: { template: 'referee_letter_in' } | { template: 'referee_declined'; reason: string },
): Promise<void> {
  const locale = localeOf(row.applicantLocale);
  const common = {
    name: applicantName(row),
    referee: row.referee.name,
    program: programTrackName(row.programId, row.track, locale),
    link: refereesPageLink(deps.env, row.applicationId),
  };
  await queueMail(
    tx,
    at,
    row.applicantEmail,
    locale,
    notice.template === 'referee_letter_in'
      ? { template: 'referee_letter_in', params: common }
      : {
          template: 'referee_declined',
          params: { ...common, reason: notice.reason, hasReason: notice.reason ? 'yes' : 'no' },
        },
    { type: 'application', id: row.applicationId },
  );
}
