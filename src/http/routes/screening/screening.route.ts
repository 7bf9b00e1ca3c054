import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { isMessageKey } from '@/i18n/translate';
import { decideScreeningPoint } from '@/services/screening/decide-screening-point';
import { getScreeningPage, type TScreeningPage } from '@/services/screening/get-screening-page';
import { listScreeningQueueFor } from '@/services/screening/list-screening-queue';
import { markIncomplete } from '@/services/screening/mark-incomplete';
import { passToReview } from '@/services/screening/pass-to-review';
import { returnApplication } from '@/services/screening/return-application';
import type { TFieldRefusal, TScreeningResult } from '@/services/screening/screening-result';
import { ScreeningPage } from '@/views/pages/screening/screening-page';
import { ScreeningQueuePage } from '@/views/pages/screening/screening-queue-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import {
  formValues,
  noteOf,
  ZPointDecision,
  ZScreeningParams,
  ZScreeningQuery,
} from './screening.schema';

const read = { config: { action: 'screening.read' as const } };
const decide = { config: { action: 'screening.decide' as const } };

function render(
  request: FastifyRequest,
  reply: FastifyReply,
  page: TScreeningPage,
  opts: { values?: Record<string, string>; refusals?: TFieldRefusal[]; notice?: string },
) {
  const errors = (opts.refusals ?? []).map((r) => ({
    field: r.field,
    message: isMessageKey(r.messageKey)
      ? request.t(r.messageKey)
      : request.t('errors.invalid_value'),
  }));
  const ctx = viewContext(request, reply);
  const view = ScreeningPage({ ctx, page, errors, values: opts.values ?? {}, notice: opts.notice });
  return sendPage(reply, view, errors.length ? 400 : 200);
}

/** Admission officers' screening of their host's submitted applications (issue 11). */
export function screeningRoutes(app: FastifyInstance): void {
  app.get('/staff/screening', read, async (request, reply) => {
    const q = parseQuery(ZScreeningQuery, request);
    const queue = await listScreeningQueueFor(app.deps, request.actor, {
      programId: q.program,
      callId: q.call,
      status: q.status,
    });
    return sendPage(reply, ScreeningQueuePage({ ctx: viewContext(request, reply), queue }));
  });

  app.get('/staff/screening/:id', read, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const { done } = parseQuery(ZScreeningQuery, request);
    const page = await getScreeningPage(app.deps, request.actor, {
      applicationId: id,
      at: request.receivedAt,
    });
    const notice = done ? request.t(`screening.done_${done}`) : undefined;
    return render(request, reply, page, notice ? { notice } : {});
  });

  const meta = (request: FastifyRequest) => ({
    requestId: request.id,
    receivedAt: request.receivedAt,
  });
  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    result: TScreeningResult,
    done: string,
  ) =>
    result.ok
      ? reply.redirect(`/staff/screening/${id}?done=${done}`, 303)
      : render(request, reply, result.page, {
          values: formValues(request.body),
          refusals: result.errors,
        });

  app.post('/staff/screening/:id/points', decide, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const body = formValues(request.body);
    const reasonKey = body.reasonKey ?? '';
    const decision = ZPointDecision.safeParse(body.decision);
    const noteField = Object.keys(body).find((k) => k.startsWith('note-'));
    const result = await decideScreeningPoint(app.deps, request.actor, meta(request), {
      applicationId: id,
      reasonKey,
      decision: decision.success ? decision.data : 'confirmed',
      note: noteOf(noteField ? body[noteField] : undefined),
    });
    return answer(request, reply, id, result, 'decided');
  });

  app.post('/staff/screening/:id/incomplete', decide, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const body = formValues(request.body);
    const result = await markIncomplete(app.deps, request.actor, meta(request), {
      applicationId: id,
      reason: noteOf(body.incompleteReason),
    });
    return answer(request, reply, id, result, 'incomplete');
  });

  app.post('/staff/screening/:id/return', decide, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const body = formValues(request.body);
    const result = await returnApplication(app.deps, request.actor, meta(request), {
      applicationId: id,
      correction: noteOf(body.correction, 'screening.error_correction_required'),
      dueOn: body.dueOn?.trim() || null,
    });
    return answer(request, reply, id, result, 'returned');
  });

  app.post('/staff/screening/:id/pass', decide, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const result = await passToReview(app.deps, request.actor, meta(request), {
      applicationId: id,
    });
    return answer(request, reply, id, result, 'passed');
  });
}
