import type { FastifyInstance } from 'fastify';

import { isMessageKey } from '@/i18n/translate';
import { decideNomination } from '@/services/screening/decide-nomination';
import { getNominationPage, listNominationQueueFor } from '@/services/screening/nominations';
import { NominationPage } from '@/views/pages/screening/nomination-page';
import { NominationsPage } from '@/views/pages/screening/nominations-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import {
  formValues,
  noteOf,
  ZNominationDecision,
  ZNominationsQuery,
  ZScreeningParams,
} from './screening.schema';

const read = { config: { action: 'nomination.read' as const } };
const decide = { config: { action: 'nomination.decide' as const } };

/** R-CSC-APPLY: the dispatching authority's queue, and its nominate/decline decision. */
export function nominationRoutes(app: FastifyInstance): void {
  app.get('/staff/nominations', read, async (request, reply) => {
    const { state } = parseQuery(ZNominationsQuery, request);
    const queue = await listNominationQueueFor(app.deps, request.actor, { state });
    return sendPage(reply, NominationsPage({ ctx: viewContext(request, reply), queue }));
  });

  app.get('/staff/nominations/:id', read, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const { done } = parseQuery(ZNominationsQuery, request);
    const page = await getNominationPage(app.deps, request.actor, { applicationId: id });
    const ctx = viewContext(request, reply);
    const notice = done ? request.t(`screening.done_${done}`) : undefined;
    return sendPage(reply, NominationPage({ ctx, page, errors: [], values: {}, notice }));
  });

  app.post('/staff/nominations/:id', decide, async (request, reply) => {
    const { id } = parseParams(ZScreeningParams, request);
    const body = formValues(request.body);
    const decision = ZNominationDecision.safeParse(body.decision);
    const result = await decideNomination(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        applicationId: id,
        decision: decision.success ? decision.data : null,
        reason: noteOf(body.reason),
      },
    );
    if (result.ok)
      return reply.redirect(
        `/staff/nominations/${id}?done=${decision.success ? decision.data : 'nominated'}`,
        303,
      );
    const ctx = viewContext(request, reply);
    const errors = result.errors.map((e) => ({
      field: e.field,
      message: isMessageKey(e.messageKey)
        ? request.t(e.messageKey)
        : request.t('errors.invalid_value'),
    }));
    return sendPage(reply, NominationPage({ ctx, page: result.page, errors, values: body }), 400);
  });
}
