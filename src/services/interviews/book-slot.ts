import {
  findBookingByTokenHash,
  findInterviewOfSlot,
  findSlotForUpdate,
  updateInterview,
} from '@/db/repositories/interview.repository';
import { bookedEvent, canBook, timeInZone } from '@/domain/interviews';
import { formatBeijingDateTime } from '@/i18n/format';
import { translate } from '@/i18n/translate';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { hashToken } from '../accounts/secrets';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { icsAttachment } from './ics-file';
import { bookingLink, localeOf, organizerOf, programName } from './interview-facts';
import { BOOKING_TOKEN, bookingViewOf, type TBookingView, type TZoneAsk } from './view-booking';

export type TBookingError = 'taken' | 'choose' | 'closed';

export type TBookResult =
  | { ok: true; changed: boolean }
  | { ok: false; problem: 'unknown' }
  | { ok: false; view: TBookingView; error: TBookingError };

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === UNIQUE_VIOLATION || e.cause?.code === UNIQUE_VIOLATION;
}

/**
 * The applicant books one slot from the personal link (issue 11 point 7). In one transaction:
 * the interview row is locked (the applicant's two tabs queue), then the slot row (two
 * applicants for one slot queue there, and the second finds it taken); booking another slot
 * moves the interview's one `slot_id`, which frees the old slot; the confirmation email with
 * the booked slot's .ics (METHOD:REQUEST, DTSTART in UTC) and the audit row commit with it.
 * The unique index on `slot_id` is the last guard: a violation is answered "taken".
 * @example await bookSlot(deps, actor, meta, { token, slotId, zone: 'Africa/Nairobi' })
 */
export async function bookSlot(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { token: string; slotId: string; zoneAsk: TZoneAsk },
): Promise<TBookResult> {
  requireAccess(actor, 'interview.book');
  if (!BOOKING_TOKEN.test(input.token)) return { ok: false, problem: 'unknown' };
  const now = instantOf(deps, meta);
  const db = deps.database.db;
  let refused: TBookingError | null = null;
  try {
    const outcome = await db.transaction(async (tx) => {
      const ctx = await findBookingByTokenHash(tx, hashToken(input.token), { forUpdate: true });
      if (!ctx) return 'unknown' as const;
      const { interview } = ctx;
      const view = await bookingViewOf(tx, ctx, input.token, input.zoneAsk, now);
      if (view.isClosed) return 'closed' as const;
      if (interview.slotId === input.slotId) return 'unchanged' as const;
      const slot = await findSlotForUpdate(tx, interview.panelId, input.slotId);
      if (!slot) return 'choose' as const;
      const holder = await findInterviewOfSlot(tx, slot.id);
      if (!canBook({ ...slot, bookedBy: holder?.id ?? null }, interview.id, now))
        return 'taken' as const;
      await updateInterview(tx, interview.id, { slotId: slot.id, bookedAt: now });
      const locale = localeOf(ctx.locale);
      const program = programName(ctx.programId, locale);
      const ics = icsAttachment(
        'interview.ics',
        'REQUEST',
        [
          bookedEvent({
            interviewId: interview.id,
            slot,
            title: translate(locale, 'interviews.ics_booked_title', { program }),
            description: translate(locale, 'interviews.ics_booked_description', {
              panel: ctx.panelName,
            }),
            bookedAt: now,
          }),
        ],
        organizerOf(deps),
        { name: ctx.applicantName, email: ctx.email },
      );
      await queueMail(
        tx,
        now,
        ctx.email,
        locale,
        {
          template: 'interview_confirmation',
          params: {
            name: ctx.applicantName,
            panel: ctx.panelName,
            program,
            beijing: formatBeijingDateTime(slot.startsAt, locale),
            local: timeInZone(slot.startsAt, view.zone, locale),
            minutes: slot.durationMinutes,
            location: slot.location,
            isRebooking: interview.slotId ? 'yes' : 'no',
            link: bookingLink(deps, input.token),
          },
        },
        { type: 'interview', id: interview.id },
        [ics],
      );
      await recordAudit(
        tx,
        now,
        actor,
        meta,
        {
          action: interview.slotId ? 'interview.rebooked' : 'interview.booked',
          entityType: 'interview',
          entityId: interview.id,
          before: { slotId: interview.slotId },
          after: { slotId: slot.id, startsAt: slot.startsAt.toISOString() },
        },
        { userId: ctx.applicantUserId, kind: 'interview_link' },
      );
      return 'booked' as const;
    });
    if (outcome === 'unknown') return { ok: false, problem: 'unknown' };
    if (outcome === 'booked' || outcome === 'unchanged') {
      if (outcome === 'booked') deps.onMailQueued?.();
      return { ok: true, changed: outcome === 'booked' };
    }
    refused = outcome;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    refused = 'taken';
  }
  const ctx = await findBookingByTokenHash(db, hashToken(input.token));
  if (!ctx) return { ok: false, problem: 'unknown' };
  const view = await bookingViewOf(db, ctx, input.token, input.zoneAsk, now);
  return { ok: false, view, error: refused };
}
