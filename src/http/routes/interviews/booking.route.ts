import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { isLocale } from '@/i18n/locales';
import { translator, type TMessageKey } from '@/i18n/translate';
import { bookSlot, type TBookingError } from '@/services/interviews/book-slot';
import { viewBooking, type TBookingView } from '@/services/interviews/view-booking';
import { MessagePage } from '@/views/pages/error-page';
import { BookingPage } from '@/views/pages/interviews/booking-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { LANG_COOKIE } from '../../types';
import { ZBookingForm, ZBookingParams, ZBookingQuery } from './interviews.schema';

const book = { config: { action: 'interview.book' as const } };
/** The zone the applicant last chose on a booking page, remembered for a year. */
export const ZONE_COOKIE = 'jx_zone';

const ERRORS: Record<TBookingError, TMessageKey> = {
  taken: 'interviews.error_taken',
  choose: 'interviews.error_choose',
  closed: 'interviews.error_closed',
};

/** The page speaks the applicant's language unless the visitor chose one (R-GEN-LANG). */
function speakApplicantsLanguage(request: FastifyRequest, view: TBookingView) {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (!isLocale(asked) && !isLocale(request.cookies[LANG_COOKIE])) {
    request.locale = view.locale;
    request.t = translator(view.locale);
  }
}

function unknownLink(request: FastifyRequest, reply: FastifyReply) {
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    MessagePage({
      ctx,
      title: ctx.t('interviews.link_unknown_title'),
      message: ctx.t('interviews.link_unknown'),
    }),
    404,
  );
}

function rememberZone(request: FastifyRequest, reply: FastifyReply, view: TBookingView) {
  if (view.zoneSource !== 'query') return;
  reply.setCookie(ZONE_COOKIE, view.zone, {
    path: '/interviews',
    sameSite: 'lax',
    httpOnly: true,
    secure: request.server.deps.env.SECURE_COOKIES,
    maxAge: 365 * 24 * 3600,
  });
}

export function bookingRoutes(app: FastifyInstance): void {
  app.get('/interviews/:token', book, async (request, reply) => {
    const { token } = parseParams(ZBookingParams, request);
    const { zone, booked } = parseQuery(ZBookingQuery, request);
    const view = await viewBooking(app.deps, token, {
      asked: zone,
      remembered: request.cookies[ZONE_COOKIE],
    });
    if (!view) return unknownLink(request, reply);
    speakApplicantsLanguage(request, view);
    rememberZone(request, reply, view);
    const ctx = viewContext(request, reply);
    const notice = booked ? ctx.t('interviews.booked_notice') : undefined;
    return sendPage(reply, BookingPage({ ctx, view, ...(notice ? { notice } : {}) }));
  });

  app.post('/interviews/:token', book, async (request, reply) => {
    const { token } = parseParams(ZBookingParams, request);
    const form = ZBookingForm.parse(request.body ?? {});
    const result = await bookSlot(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        token,
        slotId: form.slotId,
        zoneAsk: { asked: form.zone, remembered: request.cookies[ZONE_COOKIE] },
      },
    );
    if (!result.ok && 'problem' in result) return unknownLink(request, reply);
    if (result.ok) {
      const zone = form.zone ? `zone=${encodeURIComponent(form.zone)}&` : '';
      return reply.redirect(`/interviews/${token}?${zone}booked=1`, 303);
    }
    speakApplicantsLanguage(request, result.view);
    const ctx = viewContext(request, reply);
    const errors = [{ field: 'slotId', message: ctx.t(ERRORS[result.error]) }];
    return sendPage(reply, BookingPage({ ctx, view: result.view, errors }), 409);
  });
}
