import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TSlotProblem } from '@/domain/interviews';
import type { TMessageKey } from '@/i18n/translate';
import { createSlot } from '@/services/interviews/create-slot';
import type { TInterviewsView } from '@/services/interviews/get-interviews-page';
import { getInterviewsPage } from '@/services/interviews/get-interviews-page';
import { inviteShortlisted } from '@/services/interviews/invite-shortlisted';
import { recordScore } from '@/services/interviews/record-score';
import { removeSlot } from '@/services/interviews/remove-slot';
import { shortlistApplication } from '@/services/interviews/shortlist-application';
import type { TFieldError } from '@/views/components/form';
import { InterviewsPage } from '@/views/pages/interviews/interviews-page';

import { parseParams, parseQuery } from '../../parse-request';
import { bookingRoutes } from './booking.route';
import { sendPage, viewContext } from '../../render';
import {
  ZInterviewsQuery,
  ZPanelApplicationParams,
  ZPanelParams,
  ZPanelSlotParams,
  ZScoreCentipoints,
  ZShortlistForm,
  ZSlotForm,
} from './interviews.schema';

const manage = { config: { action: 'interview.manage' as const } };

const SLOT_MESSAGES: Record<TSlotProblem, TMessageKey> = {
  date: 'interviews.error_date',
  time: 'interviews.error_time',
  past: 'interviews.error_past',
  duration: 'interviews.error_duration',
  location: 'interviews.error_location',
};

const meta = (request: FastifyRequest) => ({
  requestId: request.id,
  receivedAt: request.receivedAt,
});
const page = (panelId: string) => `/staff/panels/${panelId}/interviews`;

function show(
  request: FastifyRequest,
  reply: FastifyReply,
  view: TInterviewsView,
  opts: { errors?: TFieldError[]; values?: Record<string, string>; notice?: string } = {},
  status = 200,
) {
  const ctx = viewContext(request, reply);
  return sendPage(reply, InterviewsPage({ ctx, view, ...opts }), status);
}

/** The staff's interview pages and the applicant's booking link (issue 11 point 7). */
export function interviewRoutes(app: FastifyInstance): void {
  bookingRoutes(app);
  app.get('/staff/panels/:panelId/interviews', manage, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const { saved, count } = parseQuery(ZInterviewsQuery, request);
    const view = await getInterviewsPage(app.deps, request.actor, panelId, request.receivedAt);
    const notice = saved
      ? request.t(`interviews.saved_${saved}` as TMessageKey, { count: count ?? 0 })
      : undefined;
    return show(request, reply, view, notice ? { notice } : {});
  });

  app.post('/staff/panels/:panelId/interviews/slots', manage, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const form = ZSlotForm.parse(request.body ?? {});
    const result = await createSlot(app.deps, request.actor, meta(request), {
      panelId,
      slot: form,
    });
    if (result.ok) return reply.redirect(`${page(panelId)}?saved=slot_created`, 303);
    const errors = result.errors.map((e) => ({
      field: `slot-${e.field}`,
      message: request.t(SLOT_MESSAGES[e.problem]),
    }));
    return show(request, reply, result.view, { errors, values: form }, 400);
  });

  app.post(
    '/staff/panels/:panelId/interviews/slots/:slotId/remove',
    manage,
    async (request, reply) => {
      const { panelId, slotId } = parseParams(ZPanelSlotParams, request);
      await removeSlot(app.deps, request.actor, meta(request), { panelId, slotId });
      return reply.redirect(`${page(panelId)}?saved=slot_removed`, 303);
    },
  );

  app.post('/staff/panels/:panelId/interviews/invitations', manage, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const result = await inviteShortlisted(app.deps, request.actor, meta(request), { panelId });
    if (result.ok)
      return reply.redirect(`${page(panelId)}?saved=invited&count=${result.invited}`, 303);
    const message = request.t(
      result.error === 'no_slots' ? 'interviews.error_no_slots' : 'interviews.error_none_to_invite',
    );
    return show(request, reply, result.view, { errors: [{ field: 'invite', message }] }, 409);
  });

  app.post(
    '/staff/panels/:panelId/interviews/:applicationId/score',
    manage,
    async (request, reply) => {
      const { panelId, applicationId } = parseParams(ZPanelApplicationParams, request);
      const field = `score-${applicationId}`;
      const text = String((request.body as Record<string, unknown> | undefined)?.[field] ?? '');
      const score = ZScoreCentipoints.safeParse(text);
      const result = await recordScore(app.deps, request.actor, meta(request), {
        panelId,
        applicationId,
        centipoints: score.success ? score.data : null,
      });
      if (result.ok) return reply.redirect(`${page(panelId)}?saved=scored`, 303);
      const message = request.t(
        result.error === 'score' ? 'interviews.error_score' : 'interviews.error_not_booked',
      );
      return show(
        request,
        reply,
        result.view,
        { errors: [{ field, message }], values: { [field]: text } },
        400,
      );
    },
  );

  // R-REV-RANK: shortlisting is done from the ranking page, and goes back to it.
  app.post(
    '/staff/panels/:panelId/ranking/:applicationId/shortlist',
    manage,
    async (request, reply) => {
      const { panelId, applicationId } = parseParams(ZPanelApplicationParams, request);
      const form = ZShortlistForm.safeParse(request.body ?? {});
      await shortlistApplication(app.deps, request.actor, meta(request), {
        panelId,
        applicationId,
        isShortlisted: !form.success || form.data.shortlist === 'yes',
      });
      return reply.redirect(`/staff/panels/${panelId}/ranking#shortlist-${applicationId}`, 303);
    },
  );
}
