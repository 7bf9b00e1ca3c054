import { deadlineClosesAt, isBeforeDeadline } from '../dates';
import { findTrack, getProgram, isProgramId } from '../programs';

/** What the applicant sees of a referee: the status only, never the letter (R-GEN-REFEREE). */
export const REFEREE_STATUSES = ['invited', 'opened', 'submitted', 'declined', 'bounced'] as const;
export type TRefereeStatus = (typeof REFEREE_STATUSES)[number];

/** The slot of the programs' document lists that the letters fill. */
export const LETTER_SLOT = 'referee_letters';

/**
 * How many letters an application to a program track needs: the `count` of the program's
 * referee-letters document when it applies to the track (BGS: master's, doctoral and research
 * scholar only), else 0.
 * @example lettersNeeded('csc', 'doctoral') // 2
 * @example lettersNeeded('bgs', 'undergraduate') // 0
 */
export function lettersNeeded(programId: string, trackId: string): number {
  if (!isProgramId(programId)) return 0;
  const id = programId;
  const track = findTrack(id, trackId);
  if (!track) return 0;
  const spec = getProgram(id).documents.find((d) => d.id === LETTER_SLOT);
  if (!spec?.isRequired) return 0;
  const tracks = spec.tracks;
  const applies =
    tracks === null ||
    tracks.includes(track.id) ||
    (track.parentTrack !== null && tracks.includes(track.parentTrack));
  return applies ? (spec.count ?? 1) : 0;
}

/**
 * The application statuses in which the applicant may name, resend and replace referees.
 * Note: R-GEN-REFEREE lets an application be submitted before its letters arrive, so a referee
 * who declines after submission must still be replaceable until the deadline; once the
 * application is locked (incomplete, under review, decided) the list is frozen.
 */
const MANAGEABLE_STATUSES: readonly string[] = ['draft', 'submitted', 'withdrawn'];

/** Before the close of the call's deadline day in Beijing time (R-GEN-TIME); no deadline: open. */
export function isBeforeCallDeadline(closesOn: string | null, now: Date): boolean {
  return closesOn === null || isBeforeDeadline(now, closesOn);
}

/**
 * Whether the applicant may change the referees of an application now.
 * @example canManageReferees({ status: 'draft', closesOn: '2026-01-31' }, new Date('2026-01-31T15:59:59Z')) // true
 */
export function canManageReferees(
  app: { status: string; closesOn: string | null },
  now: Date,
): boolean {
  return MANAGEABLE_STATUSES.includes(app.status) && isBeforeCallDeadline(app.closesOn, now);
}

export type TLinkProblem = 'submitted' | 'declined' | 'replaced' | 'closed';
export type TLinkState = { ok: true } | { ok: false; problem: TLinkProblem };

/**
 * Whether a referee's personal link still opens the letter: not once the letter is in, the
 * referee declined or was replaced, nor after 24:00 Beijing time on the deadline day.
 * @example letterLinkState({ status: 'opened', replacedAt: null }, '2026-01-31', new Date('2026-01-31T16:00:00Z')) // { ok: false, problem: 'closed' }
 */
export function letterLinkState(
  referee: { status: string; replacedAt: Date | null },
  closesOn: string | null,
  now: Date,
): TLinkState {
  if (referee.replacedAt !== null) return { ok: false, problem: 'replaced' };
  if (referee.status === 'submitted') return { ok: false, problem: 'submitted' };
  if (referee.status === 'declined') return { ok: false, problem: 'declined' };
  if (!isBeforeCallDeadline(closesOn, now)) return { ok: false, problem: 'closed' };
  return { ok: true };
}

/**
 * The status the applicant sees. "bounced" is read from the outbox: the newest invitation sent
 * to the referee's address since the (latest) invitation was refused by the receiving server.
 */
export function displayStatus(
  referee: { status: string; email: string; invitedAt: Date },
  invitationMails: readonly { toAddress: string; status: string; createdAt: Date }[],
): TRefereeStatus {
  if (referee.status === 'invited') {
    const latest = invitationMails
      .filter(
        (m) =>
          m.toAddress === referee.email && m.createdAt.getTime() >= referee.invitedAt.getTime(),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (latest?.status === 'bounced') return 'bounced';
  }
  return (REFEREE_STATUSES as readonly string[]).includes(referee.status)
    ? (referee.status as TRefereeStatus)
    : 'invited';
}

/** Reminders go out this many days before the deadline closes (24:00 Beijing time), once each. */
export const REMINDER_DAYS = [7, 2] as const;
export type TReminderStage = (typeof REMINDER_DAYS)[number];

const DAY_MS = 86_400_000;

/**
 * The reminder due now, if any. Only the latest stage reached counts (a run that missed the
 * 7-day one sends the 2-day one alone); a stage is due once: not if a reminder went out since
 * it began, nor if the (latest) invitation itself went out since it began.
 * @example dueReminder({ closesOn: '2026-01-31', invitedAt: new Date('2026-01-01T00:00:00Z'), remindedAt: null }, new Date('2026-01-25T00:00:00Z')) // 7
 */
export function dueReminder(
  referee: { closesOn: string; invitedAt: Date; remindedAt: Date | null },
  now: Date,
): TReminderStage | null {
  const closesAt = Date.parse(deadlineClosesAt(referee.closesOn));
  const t = now.getTime();
  if (t >= closesAt) return null;
  const byLatest = [...REMINDER_DAYS].sort((a, b) => a - b);
  for (const days of byLatest) {
    const start = closesAt - days * DAY_MS;
    if (t < start) continue;
    const isInvitedBefore = referee.invitedAt.getTime() < start;
    const isRemindedSince = referee.remindedAt !== null && referee.remindedAt.getTime() >= start;
    return isInvitedBefore && !isRemindedSince ? days : null;
  }
  return null;
}
