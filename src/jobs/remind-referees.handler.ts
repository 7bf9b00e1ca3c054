import {
  claimRefereesAwaitingLetters,
  listInvitationMails,
  updateReferee,
  type TLetterContextRow,
} from '@/db/repositories/referee.repository';
import { addDays, beijingDateOf } from '@/domain/dates';
import { formatBeijingDate } from '@/i18n/format';
import type { TActor } from '@/policies/actor';
import { recordAudit } from '@/services/audit/record-audit';
import type { TDeps } from '@/services/context';
import { queueMail } from '@/services/mail/queue-mail';
import {
  applicantName,
  deadlineText,
  INVITATION_TEMPLATES,
  localeOf,
  programTrackName,
} from '@/services/referees/referee-facts';
import { displayStatus, dueReminder, REMINDER_DAYS } from '@/domain/referees/referee-rules';

const BATCH = 50;
const ACTOR: TActor = { kind: 'system', job: 'referees.remind' };

export type TRemindReport = { reminded: number };

/**
 * Emails every referee still owing a letter 7 and 2 days before the deadline (R-GEN-REFEREE),
 * once each: the reminder, `reminded_at` and the audit row commit together, and the stage rule
 * (`dueReminder`) never sends a stage twice. A referee whose invitation bounced is not reminded
 * (the applicant sees "bounced" and can replace them).
 * Note: the database keeps only the token's hash, so a reminder cannot repeat the link; it names
 * the day of the invitation email, and the applicant can send a new link.
 */
export async function remindReferees(deps: TDeps): Promise<TRemindReport> {
  const report: TRemindReport = { reminded: 0 };
  const now = deps.now();
  const today = beijingDateOf(now);
  // Deadlines from today up to the longest reminder ahead (+1 day of slack for the zone edge).
  const closesBetween = { from: today, to: addDays(today, Math.max(...REMINDER_DAYS) + 1) };
  let afterId: string | null = null;
  for (;;) {
    const page: TLetterContextRow[] = await deps.database.db.transaction(async (tx) => {
      const rows = await claimRefereesAwaitingLetters(tx, closesBetween, {
        afterId,
        limit: BATCH,
      });
      const mailsByApplication = new Map<string, Awaited<ReturnType<typeof listInvitationMails>>>();
      for (const row of rows) {
        if (!row.closesOn) continue;
        const r = row.referee;
        const stage = dueReminder(
          { closesOn: row.closesOn, invitedAt: r.invitedAt, remindedAt: r.remindedAt },
          now,
        );
        if (stage === null) continue;
        let mails = mailsByApplication.get(row.applicationId);
        if (!mails) {
          mails = await listInvitationMails(tx, row.applicationId, INVITATION_TEMPLATES);
          mailsByApplication.set(row.applicationId, mails);
        }
        if (displayStatus(r, mails) === 'bounced') continue;
        const locale = localeOf(r.locale);
        await queueMail(
          tx,
          now,
          r.email,
          locale,
          {
            template: 'referee_reminder',
            params: {
              name: r.name,
              applicant: applicantName(row),
              program: programTrackName(row.programId, row.track, locale),
              deadline: deadlineText(row.closesOn, locale) ?? '',
              days: stage,
              invitedOn: formatBeijingDate(r.invitedAt, locale),
            },
          },
          { type: 'application', id: row.applicationId },
        );
        await updateReferee(tx, r.id, { remindedAt: now });
        await recordAudit(
          tx,
          now,
          ACTOR,
          {},
          {
            action: 'referee.reminded',
            entityType: 'referee',
            entityId: r.id,
            before: { remindedAt: r.remindedAt?.toISOString() ?? null },
            after: { remindedAt: now.toISOString(), daysBeforeDeadline: stage },
          },
        );
        report.reminded++;
      }
      return rows;
    });
    const last = page.at(-1);
    if (!last || page.length < BATCH) break;
    afterId = last.referee.id;
  }
  if (report.reminded > 0) deps.onMailQueued?.();
  return report;
}
