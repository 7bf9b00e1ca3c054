import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { addAssignment, removeAssignment } from '@/services/panels/adjust-assignment';
import { inviteMember, removeMember, resendInvitation } from '@/services/panels/manage-members';
import { getPanelPage, type TPanelPage } from '@/services/panels/panel-page';
import { runAssignment } from '@/services/panels/run-assignment';
import type { TFieldError } from '@/views/components/form';
import { PanelPage } from '@/views/pages/panels/panel-page';

import { fieldErrors } from '../../form-errors';
import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { submittedValues } from '../staff/call-form.values';
import { translated } from './panels.route';
import {
  INVITE_FIELDS,
  ZAddAssignmentForm,
  ZAssignmentParams,
  ZInviteForm,
  ZMemberParams,
  ZPanelParams,
  ZPanelQuery,
} from './panels.schema';

const action = { config: { action: 'panel.manage' as const } };
const INVITE_DEFAULTS = { capacity: '10', role: 'reviewer', locale: 'en' };

function render(
  request: FastifyRequest,
  reply: FastifyReply,
  page: TPanelPage,
  opts: {
    errors?: TFieldError[];
    invite?: Record<string, string>;
    notice?: string;
    status?: number;
  } = {},
) {
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    PanelPage({
      ctx,
      page,
      errors: opts.errors ?? [],
      invite: opts.invite ?? INVITE_DEFAULTS,
      notice: opts.notice,
    }),
    opts.status ?? 200,
  );
}

const meta = (request: FastifyRequest) => ({
  requestId: request.id,
  receivedAt: request.receivedAt,
});

export function panelPageRoutes(app: FastifyInstance): void {
  app.get('/staff/panels/:id', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    const { done } = parseQuery(ZPanelQuery, request);
    const page = await getPanelPage(app.deps, request.actor, meta(request), id);
    const notice = done ? request.t(`panels.done_${done}` as TMessageKey) : undefined;
    return render(request, reply, page, notice ? { notice } : {});
  });

  app.post('/staff/panels/:id/members', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    const invite = submittedValues(request.body, INVITE_FIELDS);
    const parsed = ZInviteForm.safeParse(invite);
    if (!parsed.success) {
      const page = await getPanelPage(app.deps, request.actor, meta(request), id);
      return render(request, reply, page, {
        errors: fieldErrors(parsed.error, request.t),
        invite,
        status: 400,
      });
    }
    const result = await inviteMember(app.deps, request.actor, meta(request), {
      panelId: id,
      member: parsed.data,
    });
    if (result.ok) return reply.redirect(`/staff/panels/${id}?done=invited#members`, 303);
    return render(request, reply, result.page, {
      errors: translated(request, result.errors),
      invite,
      status: 400,
    });
  });

  app.post('/staff/panels/:id/members/:memberId/resend', action, async (request, reply) => {
    const { id, memberId } = parseParams(ZMemberParams, request);
    await resendInvitation(app.deps, request.actor, meta(request), { panelId: id, memberId });
    return reply.redirect(`/staff/panels/${id}?done=resent#members`, 303);
  });

  app.post('/staff/panels/:id/members/:memberId/remove', action, async (request, reply) => {
    const { id, memberId } = parseParams(ZMemberParams, request);
    await removeMember(app.deps, request.actor, meta(request), { panelId: id, memberId });
    return reply.redirect(`/staff/panels/${id}?done=removed#members`, 303);
  });

  app.post('/staff/panels/:id/assign', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    await runAssignment(app.deps, request.actor, meta(request), id);
    return reply.redirect(`/staff/panels/${id}?done=assigned#assignment`, 303);
  });

  app.post('/staff/panels/:id/assignments', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    const parsed = ZAddAssignmentForm.safeParse(request.body ?? {});
    const result = await addAssignment(app.deps, request.actor, meta(request), {
      panelId: id,
      applicationId: parsed.success ? parsed.data.applicationId : '',
      memberId: parsed.success ? parsed.data.memberId : '',
    });
    if (result.ok) return reply.redirect(`/staff/panels/${id}?done=added#assignment`, 303);
    const field = result.reason === 'not_on_panel' ? 'applicationId' : 'memberId';
    const message = request.t(`panels.refused_${result.reason}` as TMessageKey);
    return render(request, reply, result.page, { errors: [{ field, message }], status: 400 });
  });

  app.post('/staff/panels/:id/assignments/:assignmentId/remove', action, async (request, reply) => {
    const { id, assignmentId } = parseParams(ZAssignmentParams, request);
    const result = await removeAssignment(app.deps, request.actor, meta(request), {
      panelId: id,
      assignmentId,
    });
    if (result.ok) return reply.redirect(`/staff/panels/${id}?done=unassigned#assignment`, 303);
    const message = request.t('panels.refused_started');
    return render(request, reply, result.page, {
      errors: [{ field: 'applicationId', message }],
      status: 409,
    });
  });
}
