import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { TEXT_CONTROL_ERROR } from '@/contracts/text.schema';

import { adjustScore, type TRankingChangeResult } from '@/services/ranking/adjust-score';
import { closeWithFewer } from '@/services/ranking/close-with-fewer';
import { exportRanking } from '@/services/ranking/export-ranking';
import { getRanking } from '@/services/ranking/get-ranking';
import { RankingPage } from '@/views/pages/ranking/ranking-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import {
  ZAdjustmentForm,
  ZCentipoints,
  ZExportQuery,
  ZPanelApplicationParams,
  ZPanelParams,
  ZRankingQuery,
  ZReason,
} from './ranking.schema';

const read = { config: { action: 'ranking.read' as const } };
const adjust = { config: { action: 'ranking.adjust' as const } };
const close = { config: { action: 'ranking.close' as const } };

function refused(
  request: FastifyRequest,
  reply: FastifyReply,
  result: Extract<TRankingChangeResult, { ok: false }>,
  values: Record<string, string>,
  fieldOf: (field: 'adjustment' | 'reason', applicationId: string) => string,
  reason: { success: boolean; error?: { issues: { message: string }[] } },
) {
  // A reason refused for a control character says so, not "write a reason".
  const isControl = reason.error?.issues[0]?.message === TEXT_CONTROL_ERROR;
  const errors = result.errors.map((e) => ({
    field: fieldOf(e.field, e.applicationId),
    message: request.t(e.field === 'reason' && isControl ? TEXT_CONTROL_ERROR : e.message),
  }));
  const ctx = viewContext(request, reply);
  return sendPage(reply, RankingPage({ ctx, view: result.view, errors, values }), 400);
}

export function rankingRoutes(app: FastifyInstance): void {
  app.get('/staff/panels/:panelId/ranking', read, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const { saved } = parseQuery(ZRankingQuery, request);
    const view = await getRanking(app.deps, request.actor, panelId);
    const notice = saved
      ? request.t(saved === 'adjusted' ? 'ranking.adjusted' : 'ranking.closed')
      : undefined;
    const ctx = viewContext(request, reply);
    return sendPage(reply, RankingPage({ ctx, view, ...(notice ? { notice } : {}) }));
  });

  app.get('/staff/panels/:panelId/ranking/export', read, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const { format } = parseQuery(ZExportQuery, request);
    const file = await exportRanking(app.deps, request.actor, panelId, format, request.locale);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });

  app.post('/staff/panels/:panelId/ranking/adjustment', adjust, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const form = ZAdjustmentForm.parse(request.body ?? {});
    const centipoints = ZCentipoints.safeParse(form.adjustment);
    const reason = ZReason.safeParse(form.reason);
    const result = await adjustScore(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        panelId,
        applicationId: form.applicationId,
        centipoints: centipoints.success ? centipoints.data : null,
        reason: reason.success ? reason.data : null,
      },
    );
    if (result.ok) return reply.redirect(`/staff/panels/${panelId}/ranking?saved=adjusted`, 303);
    return refused(request, reply, result, form, (field) => field, reason);
  });

  app.post('/staff/panels/:panelId/ranking/:applicationId/close', close, async (request, reply) => {
    const { panelId, applicationId } = parseParams(ZPanelApplicationParams, request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const field = `close-reason-${applicationId}`;
    const text = typeof body[field] === 'string' ? (body[field] as string) : '';
    const reason = ZReason.safeParse(text);
    const result = await closeWithFewer(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      { panelId, applicationId, reason: reason.success ? reason.data : null },
    );
    if (result.ok) return reply.redirect(`/staff/panels/${panelId}/ranking?saved=closed`, 303);
    return refused(request, reply, result, { [field]: text }, () => field, reason);
  });
}
