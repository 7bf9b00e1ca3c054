import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { isMessageKey } from '@/i18n/translate';
import { getStaffCall, listStaffCalls, type TStaffCall } from '@/services/calls/list-staff-calls';
import { updateCallSettings } from '@/services/calls/update-call';
import type { TFieldError } from '@/views/components/form';
import { CallCheckPage } from '@/views/pages/staff/call-check-page';
import { CallEditPage, callFieldLabel } from '@/views/pages/staff/call-edit-page';
import { CallsPage } from '@/views/pages/staff/calls-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import {
  AGENCY_ROWS_EXTRA,
  callFormFields,
  parseCallForm,
  quotaKeys,
  ZConfirmReason,
} from './call-form.schema';
import { callFormValues, submittedValues } from './call-form.values';
import { ZCallParams, ZCallQuery } from './calls.schema';

const ZVersion = z.coerce.number().int().min(1);
const action = { config: { action: 'call.update' as const } };

function agencyRows(call: TStaffCall): number {
  return call.programId === 'csc' ? call.settings.agencies.length + AGENCY_ROWS_EXTRA : 0;
}

function translated(
  request: FastifyRequest,
  errors: { field: string; message: string }[],
): TFieldError[] {
  return errors.map((e) => ({
    field: e.field,
    message: isMessageKey(e.message) ? request.t(e.message) : request.t('errors.invalid_value'),
  }));
}

function renderEdit(
  request: FastifyRequest,
  reply: FastifyReply,
  call: TStaffCall,
  values: Record<string, string>,
  errors: TFieldError[],
  status = 200,
  notice?: string,
) {
  const ctx = viewContext(request, reply);
  const view = {
    id: call.id,
    programId: call.programId,
    intakeYear: call.intakeYear,
    hostId: call.hostId,
    version: call.version,
    quotaKeys: quotaKeys(call.programId),
    agencyRows: agencyRows(call),
    values,
  };
  return sendPage(
    reply,
    CallEditPage({ ctx, call: view, errors, ...(notice ? { notice } : {}) }),
    status,
  );
}

export function staffCallRoutes(app: FastifyInstance): void {
  app.get('/staff/calls', action, async (request, reply) => {
    const calls = await listStaffCalls(app.deps, request.actor);
    return sendPage(reply, CallsPage({ ctx: viewContext(request, reply), calls }));
  });

  app.get('/staff/calls/:id', action, async (request, reply) => {
    const { id } = parseParams(ZCallParams, request);
    const isSaved = parseQuery(ZCallQuery, request).saved === '1';
    const call = await getStaffCall(app.deps, request.actor, id);
    const values = callFormValues({ ...call, programId: call.programId });
    return renderEdit(
      request,
      reply,
      call,
      values,
      [],
      200,
      isSaved ? request.t('call_form.saved') : undefined,
    );
  });

  // Step 1: validate the form and show what will change (nothing is saved yet).
  app.post('/staff/calls/:id', action, async (request, reply) => {
    const { id } = parseParams(ZCallParams, request);
    const call = await getStaffCall(app.deps, request.actor, id);
    const programId = call.programId;
    const fields = callFormFields(programId, agencyRows(call));
    const values = submittedValues(request.body, fields);
    const parsed = parseCallForm(programId, call.settings, values, agencyRows(call));
    if (!parsed.ok)
      return renderEdit(request, reply, call, values, translated(request, parsed.errors), 400);
    return renderCheck(request, reply, call, values, []);
  });

  // Step 2: save with a reason, or go back to change.
  app.post('/staff/calls/:id/confirm', action, async (request, reply) => {
    const { id } = parseParams(ZCallParams, request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const valuesFor = (call: TStaffCall) =>
      submittedValues(body, callFormFields(call.programId, agencyRows(call)));
    const parse = (call: TStaffCall) =>
      parseCallForm(call.programId, call.settings, valuesFor(call), agencyRows(call));
    if (body.intent === 'edit') {
      const call = await getStaffCall(app.deps, request.actor, id);
      const parsed = parse(call);
      const errors = parsed.ok ? [] : translated(request, parsed.errors);
      return renderEdit(request, reply, call, valuesFor(call), errors, parsed.ok ? 200 : 400);
    }
    const reason = ZConfirmReason.safeParse(body.reason);
    const version = ZVersion.safeParse(body.version);
    const result = await updateCallSettings(
      app.deps,
      request.actor,
      { requestId: request.id },
      {
        callId: id,
        version: version.success ? version.data : -1,
        reason: reason.success ? reason.data : null,
        changeOf: parse,
      },
    );
    if (result.ok) return reply.redirect(`/staff/calls/${id}?saved=1`, 303);
    const { call } = result;
    const values = valuesFor(call);
    if (result.reason === 'invalid')
      return renderEdit(request, reply, call, values, translated(request, result.errors), 400);
    if (result.reason === 'no_reason') {
      const message = reason.success ? '' : (reason.error.issues[0]?.message ?? '');
      const errors = translated(request, [{ field: 'reason', message }]);
      return renderCheck(request, reply, call, values, errors, 400);
    }
    const stale = [{ field: 'opensOn', message: request.t('call_form.stale') }];
    return renderEdit(request, reply, call, values, stale, 409);
  });
}

function renderCheck(
  request: FastifyRequest,
  reply: FastifyReply,
  call: TStaffCall,
  values: Record<string, string>,
  errors: TFieldError[],
  status = 200,
) {
  const ctx = viewContext(request, reply);
  const programId = call.programId;
  const before = callFormValues({ ...call, programId });
  const rows = Object.keys(values)
    .filter((f) => (before[f] ?? '').trim() !== (values[f] ?? '').trim())
    .map((f) => ({
      label: callFieldLabel(ctx, programId, f),
      before: before[f] ?? '',
      after: values[f] ?? '',
    }));
  const reason =
    typeof (request.body as { reason?: unknown })?.reason === 'string'
      ? (request.body as { reason: string }).reason
      : undefined;
  return sendPage(
    reply,
    CallCheckPage({
      ctx,
      callId: call.id,
      title: `${call.programId} ${call.intakeYear}${call.hostId ? ` · ${call.hostId}` : ''}`,
      rows,
      hidden: { ...values, version: String(call.version) },
      errors,
      ...(reason ? { reason } : {}),
    }),
    status,
  );
}
