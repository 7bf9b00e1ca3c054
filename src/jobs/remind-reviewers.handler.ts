import { claimReminder, listReminderCandidates } from '@/db/repositories/review.repository';
import {
  isReminderDue,
  REMIND_BEFORE_MS,
  REMIND_EVERY_MS,
} from '@/domain/review/workspace/reminder';
import { formatBeijingDateTime } from '@/i18n/format';
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';
import { recordAudit } from '@/services/audit/record-audit';
import type { TDeps } from '@/services/context';
import { queueMail } from '@/services/mail/queue-mail';
import { loadQueue } from '@/services/reviewing/reviewer-access';

const ACTOR: TActor = { kind: 'system', job: 'reviewers.remind' };

export type TRemindReviewersReport = { reminded: number };

/**
 * Emails every live panel member who still has unsubmitted reviews (their queue: assigned and
 * not conflicted, R-GEN-COI) when the panel's reviews are due within 3 days or overdue — at
 * most once every 2 days, in the member's language (their account's, else the invitation's).
 * `reminded_at` is claimed with a conditional update in the transaction that queues the mail
 * and its audit row, so two runs at once send one email.
 */
export async function remindReviewers(deps: TDeps): Promise<TRemindReviewersReport> {
  const now = deps.now();
  const db = deps.database.db;
  const since = new Date(now.getTime() - REMIND_EVERY_MS);
  const candidates = await listReminderCandidates(
    db,
    new Date(now.getTime() + REMIND_BEFORE_MS),
    since,
  );
  const report: TRemindReviewersReport = { reminded: 0 };
  for (const c of candidates) {
    const { member, panel } = c;
    if (!panel.reviewsDueAt || !isReminderDue(panel.reviewsDueAt, now, member.remindedAt)) continue;
    const queue = await loadQueue(deps, { member, panel });
    const open = queue.filter((q) => q.status !== 'submitted').length;
    if (open === 0) continue;
    const locale = isLocale(c.accountLocale ?? '')
      ? (c.accountLocale as typeof DEFAULT_LOCALE)
      : isLocale(member.locale)
        ? member.locale
        : DEFAULT_LOCALE;
    const isSent = await db.transaction(async (tx) => {
      if (!(await claimReminder(tx, member.id, now, since))) return false;
      await queueMail(
        tx,
        now,
        c.accountEmail ?? member.email,
        locale,
        {
          template: 'review_reminder',
          params: {
            name: member.displayName,
            panel: panel.name,
            count: open,
            due: formatBeijingDateTime(panel.reviewsDueAt!, locale),
            url: new URL(`/review/panels/${panel.id}`, deps.env.PUBLIC_URL).toString(),
          },
        },
        { type: 'panel_member', id: member.id },
      );
      await recordAudit(
        tx,
        now,
        ACTOR,
        {},
        {
          action: 'review.reminded',
          entityType: 'panel_member',
          entityId: member.id,
          before: { remindedAt: member.remindedAt?.toISOString() ?? null },
          after: { remindedAt: now.toISOString(), unsubmitted: open },
        },
      );
      return true;
    });
    if (isSent) report.reminded++;
  }
  if (report.reminded > 0) deps.onMailQueued?.();
  return report;
}
