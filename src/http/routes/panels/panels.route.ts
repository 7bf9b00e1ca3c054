import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { defaultRubric } from '@/domain/review/panels';
import { isMessageKey, type TMessageKey } from '@/i18n/translate';
import { listPanelsByCall } from '@/services/panels/list-panels';
import type { TPanelFormContext } from '@/services/panels/panel-form';
import { getPanelForm, savePanel } from '@/services/panels/save-panel';
import type { TFieldError } from '@/views/components/form';
import { PanelFormPage } from '@/views/pages/panels/panel-form-page';
import { PanelsPage } from '@/views/pages/panels/panels-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { submittedValues } from '../staff/call-form.values';
import {
  criterionRows,
  panelFormFields,
  panelFormValues,
  parsePanelForm,
} from './panel-form.schema';
import { ZCallField, ZCallQuery, ZPanelParams, ZVersion } from './panels.schema';

const action = { config: { action: 'panel.manage' as const } };

/** Message keys → the officer's language, each on its field. */
export function translated(
  request: FastifyRequest,
  errors: { field: string; message: string }[],
): TFieldError[] {
  return errors.map((e) => ({
    field: e.field,
    message: isMessageKey(e.message)
      ? request.t(e.message as TMessageKey)
      : request.t('errors.invalid_value'),
  }));
}

function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  form: TPanelFormContext,
  values: Record<string, string>,
  rows: number,
  errors: TFieldError[],
  status = 200,
) {
  const ctx = viewContext(request, reply);
  return sendPage(reply, PanelFormPage({ ctx, form, values, rows, errors }), status);
}

function storedValues(form: TPanelFormContext): Record<string, string> {
  return panelFormValues(
    form.stored ?? {
      track: form.tracks[0]?.id ?? '',
      discipline: null,
      name: '',
      rubric: defaultRubric(form.call.programId),
      requiredReviews: 3,
      normalise: false,
      hasInterviews: false,
      reviewsDueOn: null,
    },
  );
}

export function panelRoutes(app: FastifyInstance): void {
  app.get('/staff/panels', action, async (request, reply) => {
    const calls = await listPanelsByCall(app.deps, request.actor);
    return sendPage(reply, PanelsPage({ ctx: viewContext(request, reply), calls }));
  });

  app.get('/staff/panels/new', action, async (request, reply) => {
    const { call } = parseQuery(ZCallQuery, request);
    const form = await getPanelForm(app.deps, request.actor, { callId: call });
    const rows = criterionRows(form.call.programId, undefined, 0);
    return renderForm(request, reply, form, storedValues(form), rows, []);
  });

  app.post('/staff/panels', action, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const callId = ZCallField.safeParse(body.callId);
    if (!callId.success) return reply.redirect('/staff/panels', 303);
    let values: Record<string, string> = {};
    let rows = 0;
    const result = await savePanel(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        target: { callId: callId.data },
        formOf: (form) => {
          rows = criterionRows(form.call.programId, body.rows);
          values = submittedValues(body, panelFormFields(rows));
          return parsePanelForm(form.call.programId, values, rows);
        },
      },
    );
    if (result.ok) return reply.redirect(`/staff/panels/${result.panelId}?done=saved`, 303);
    const errors = result.reason === 'invalid' ? translated(request, result.errors) : [];
    return renderForm(request, reply, result.form, values, rows, errors, 400);
  });

  app.get('/staff/panels/:id/edit', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    const form = await getPanelForm(app.deps, request.actor, { panelId: id });
    const rows = criterionRows(form.call.programId, undefined, form.stored?.rubric.length ?? 0);
    return renderForm(request, reply, form, storedValues(form), rows, []);
  });

  app.post('/staff/panels/:id/edit', action, async (request, reply) => {
    const { id } = parseParams(ZPanelParams, request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const version = ZVersion.safeParse(body.version);
    let values: Record<string, string> = {};
    let rows = 0;
    const result = await savePanel(
      app.deps,
      request.actor,
      { requestId: request.id, receivedAt: request.receivedAt },
      {
        target: { panelId: id, version: version.success ? version.data : -1 },
        formOf: (form) => {
          rows = criterionRows(form.call.programId, body.rows, form.stored?.rubric.length ?? 0);
          values = submittedValues(body, panelFormFields(rows));
          return parsePanelForm(form.call.programId, values, rows);
        },
      },
    );
    if (result.ok) return reply.redirect(`/staff/panels/${id}?done=saved`, 303);
    if (result.reason === 'invalid')
      return renderForm(
        request,
        reply,
        result.form,
        values,
        rows,
        translated(request, result.errors),
        400,
      );
    const stale = [{ field: 'name', message: request.t('panels.stale') }];
    return renderForm(request, reply, result.form, values, rows, stale, 409);
  });
}
