import type { TDb } from '@/db/client';
import {
  findBookingByTokenHash,
  listSlotsOfPanel,
  type TBookingContext,
} from '@/db/repositories/interview.repository';
import { chooseZone, type TZoneSource } from '@/domain/interviews';
import { getProgram, isProgramId, type TLocalized } from '@/domain/programs';
import type { TLocale } from '@/i18n/locales';

import { hashToken } from '../accounts/secrets';
import type { TDeps } from '../context';
import { localeOf } from './interview-facts';

/** The booking link's token: 256 bits, base64url (secrets.newToken). */
export const BOOKING_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type TBookingSlot = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  isMine: boolean;
};

export type TBookingView = {
  token: string;
  /** The applicant's language: the page speaks it unless the visitor chose another. */
  locale: TLocale;
  applicantName: string;
  panelName: string;
  program: TLocalized | null;
  zone: string;
  zoneSource: TZoneSource;
  /** Free future slots and the applicant's own, earliest first. */
  slots: TBookingSlot[];
  booked: TBookingSlot | null;
  /** The interview has started or been scored: the booking can no longer change. */
  isClosed: boolean;
};

export type TZoneAsk = { asked?: string | undefined; remembered?: string | undefined };

/** The booking page of an interview already loaded (also the page a refused booking shows). */
export async function bookingViewOf(
  db: TDb,
  ctx: TBookingContext,
  token: string,
  zoneAsk: TZoneAsk,
  now: Date,
): Promise<TBookingView> {
  const { interview } = ctx;
  const slots = await listSlotsOfPanel(db, interview.panelId);
  const mine = slots.find((s) => s.id === interview.slotId);
  const shown = slots
    .filter(
      (s) => s.id === interview.slotId || (!s.booking && s.startsAt.getTime() > now.getTime()),
    )
    .map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      location: s.location,
      isMine: s.id === interview.slotId,
    }));
  const { zone, source } = chooseZone({
    asked: zoneAsk.asked,
    remembered: zoneAsk.remembered,
    nationality: ctx.nationality,
  });
  return {
    token,
    locale: localeOf(ctx.locale),
    applicantName: ctx.applicantName,
    panelName: ctx.panelName,
    program: isProgramId(ctx.programId) ? getProgram(ctx.programId).name : null,
    zone,
    zoneSource: source,
    slots: shown,
    booked: shown.find((s) => s.isMine) ?? null,
    isClosed:
      interview.scoreCentipoints !== null ||
      (mine !== undefined && mine.startsAt.getTime() <= now.getTime()),
  };
}

/**
 * GET /interviews/:token — the applicant's booking page from the personal link: no account
 * needed, the token opens this one interview. Slots in Beijing time and in the applicant's
 * zone: the one asked for on the page, else remembered, else their nationality's.
 * `null`: the link opens nothing (mistyped or never issued) — the route answers 404.
 * @example await viewBooking(deps, token, { asked: 'Africa/Nairobi' })
 */
export async function viewBooking(
  deps: TDeps,
  token: string,
  zoneAsk: TZoneAsk,
): Promise<TBookingView | null> {
  if (!BOOKING_TOKEN.test(token)) return null;
  const db = deps.database.db;
  const ctx = await findBookingByTokenHash(db, hashToken(token));
  return ctx ? bookingViewOf(db, ctx, token, zoneAsk, deps.now()) : null;
}
