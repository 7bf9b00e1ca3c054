import type { TActor } from '@/policies/actor';

import type { TDeps, TRequestMeta } from '../context';
import { inviteReferee } from './invite-referee';
import { listReferees, type TRefereesView } from './list-referees';
import type { TRefereeChangeError, TRefereeInput } from './referee-invitations';
import { replaceReferee } from './replace-referee';
import { resendInvitation } from './resend-invitation';

/** One change the applicant asks for on the referees page. */
export type TRefereeChange =
  | { kind: 'invite'; applicationId: string; referee: TRefereeInput }
  | { kind: 'resend'; applicationId: string; refereeId: string }
  | { kind: 'replace'; applicationId: string; refereeId: string; referee: TRefereeInput };

export type TChangeRefereesResult =
  { ok: true; refereeId: string } | { ok: false; error: TRefereeChangeError; page: TRefereesView };

/**
 * The referees page's forms (R-GEN-REFEREE): names, resends or replaces a referee; a refusal
 * comes with the page as it now stands, to show why on it.
 * @example const result = await changeReferees(deps, actor, meta, { kind: 'resend', applicationId, refereeId });
 */
export async function changeReferees(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  change: TRefereeChange,
): Promise<TChangeRefereesResult> {
  const result =
    change.kind === 'invite'
      ? await inviteReferee(deps, actor, meta, change)
      : change.kind === 'resend'
        ? await resendInvitation(deps, actor, meta, change)
        : await replaceReferee(deps, actor, meta, change);
  if (result.ok) return result;
  return { ...result, page: await listReferees(deps, actor, change.applicationId) };
}
