import {
  insertInterview,
  listShortlisted,
  listSlotsOfPanel,
} from '@/db/repositories/interview.repository';
import { candidateEvents, mainZoneOf } from '@/domain/interviews';
import { translate } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';

import { newToken } from '../accounts/secrets';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { getInterviewsPage, type TInterviewsView } from './get-interviews-page';
import { icsAttachment } from './ics-file';
import {
  bookingLink,
  localeOf,
  openInterviewPanel,
  organizerOf,
  programName,
} from './interview-facts';
import { slotText } from './slot-lines';

export type TInviteResult =
  | { ok: true; invited: number }
  | { ok: false; view: TInterviewsView; error: 'no_slots' | 'none_to_invite' };

/**
 * "Invite shortlisted" (issue 11 point 7): each shortlisted application of the panel not yet
 * invited gets its interview row and an email in its applicant's language, with a personal
 * booking link (only its SHA-256 is stored), the free slots in Beijing time and the applicant's
 * zone, and an .ics of those candidate slots as TENTATIVE events (docs/rules.md, "Interviews").
 * Everything commits together with one audit row per invitation. The chair's conflicted
 * applications are left for an officer (R-GEN-COI). Refused without a free future slot.
 * @example await inviteShortlisted(deps, officer, meta, { panelId })
 */
export async function inviteShortlisted(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string },
): Promise<TInviteResult> {
  const now = instantOf(deps, meta);
  const result = await deps.database.db.transaction(async (tx) => {
    const { panel, conflicts } = await openInterviewPanel(tx, actor, input.panelId);
    const [slots, shortlisted] = await Promise.all([
      listSlotsOfPanel(tx, panel.id),
      listShortlisted(tx, panel.id),
    ]);
    const free = slots.filter((s) => !s.booking && s.startsAt.getTime() > now.getTime());
    const pending = shortlisted.filter((c) => !c.interview && !conflicts.has(c.applicationId));
    if (pending.length === 0) return 'none_to_invite' as const;
    if (free.length === 0) return 'no_slots' as const;
    for (const c of pending) {
      const { token, tokenHash } = newToken();
      const interview = await insertInterview(tx, {
        panelId: panel.id,
        applicationId: c.applicationId,
        tokenHash,
        invitedAt: now,
      });
      const locale = localeOf(c.locale);
      const program = programName(panel.programId, locale);
      const zone = mainZoneOf(c.nationality);
      const ics = icsAttachment(
        'interview-slots.ics',
        'PUBLISH',
        candidateEvents({
          slots: free,
          title: translate(locale, 'interviews.ics_candidate_title', { program }),
          description: translate(locale, 'interviews.ics_candidate_description', {
            link: bookingLink(deps, token),
          }),
          at: now,
        }),
        organizerOf(deps),
      );
      await queueMail(
        tx,
        now,
        c.email,
        locale,
        {
          template: 'interview_invitation',
          params: {
            name: c.applicantName,
            panel: panel.name,
            program,
            slots: free.map((s) => slotText(s, zone, locale)).join('\n'),
            link: bookingLink(deps, token),
          },
        },
        { type: 'interview', id: interview.id },
        [ics],
      );
      await recordAudit(tx, now, actor, meta, {
        action: 'interview.invited',
        entityType: 'interview',
        entityId: interview.id,
        before: null,
        after: { panelId: panel.id, applicationId: c.applicationId, slotsOffered: free.length },
      });
    }
    return pending.length;
  });
  if (typeof result === 'number') {
    deps.onMailQueued?.();
    return { ok: true, invited: result };
  }
  return {
    ok: false,
    view: await getInterviewsPage(deps, actor, input.panelId, now),
    error: result,
  };
}
