import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { TMessageKey } from '@/i18n/translate';
import { AppError } from '@/services/app-error';
import { changeReferees } from '@/services/referees/change-referees';
import { listReferees, type TRefereesView } from '@/services/referees/list-referees';
import type { TRefereeChangeError } from '@/services/referees/referee-invitations';
import type { TFieldError } from '@/views/components/form';
import { REFEREE_FIELDS, type TRefereeValues } from '@/views/pages/referees/referee-parts';
import { RefereesPage } from '@/views/pages/referees/referees-page';
import { ReplaceRefereePage } from '@/views/pages/referees/replace-referee-page';

import { fieldErrors, formValue } from '../../form-errors';
import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZApplicationParams, ZDoneQuery, ZRefereeForm, ZRefereeParams } from './referees.schema';

const action = { config: { action: 'referee.manage' as const } };

/** Each refusal as an error on the field it is about (or the page's first field). */
const CHANGE_ERRORS: Record<TRefereeChangeError, { field: string; key: TMessageKey }> = {
  closed: { field: 'name', key: 'referees.error_closed' },
  no_letters: { field: 'name', key: 'referees.error_no_letters' },
  full: { field: 'name', key: 'referees.error_full' },
  duplicate_email: { field: 'email', key: 'referees.error_duplicate_email' },
  own_email: { field: 'email', key: 'referees.error_own_email' },
  not_replaceable: { field: 'name', key: 'referees.error_not_replaceable' },
  too_soon: { field: 'name', key: 'referees.error_too_soon' },
};

const DONE_KEYS = {
  invited: 'referees.done_invited',
  resent: 'referees.done_resent',
  replaced: 'referees.done_replaced',
} as const satisfies Record<string, TMessageKey>;

function submittedValues(body: unknown): TRefereeValues {
  const values: TRefereeValues = {};
  for (const f of REFEREE_FIELDS) {
    const v = formValue(body, f);
    if (v !== undefined) values[f] = v;
  }
  return values;
}

function changeError(request: FastifyRequest, error: TRefereeChangeError): TFieldError[] {
  const e = CHANGE_ERRORS[error];
  return [{ field: e.field, message: request.t(e.key) }];
}

function renderList(
  request: FastifyRequest,
  reply: FastifyReply,
  view: TRefereesView,
  opts: { values?: TRefereeValues; errors?: TFieldError[]; notice?: string; status?: number },
) {
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    RefereesPage({
      ctx,
      view,
      values: opts.values ?? {},
      errors: opts.errors ?? [],
      notice: opts.notice,
    }),
    opts.status ?? 200,
  );
}

/** The referee the replace form is about, if the page still offers to replace them. */
function replaceable(view: TRefereesView, refereeId: string) {
  const referee = view.referees.find((r) => r.id === refereeId && r.canReplace);
  if (!referee) throw new AppError('not_found', 'No such referee');
  return referee;
}

/**
 * The applicant's referees (R-GEN-REFEREE): list with status, name one, resend a link,
 * replace one who has not submitted. Another applicant's application is 404 throughout.
 */
export function applicationRefereeRoutes(app: FastifyInstance): void {
  app.get('/applications/:id/referees', action, async (request, reply) => {
    const { id } = parseParams(ZApplicationParams, request);
    const { done } = parseQuery(ZDoneQuery, request);
    const view = await listReferees(app.deps, request.actor, id);
    return renderList(request, reply, view, done ? { notice: request.t(DONE_KEYS[done]) } : {});
  });

  app.post('/applications/:id/referees', action, async (request, reply) => {
    const { id } = parseParams(ZApplicationParams, request);
    const values = submittedValues(request.body);
    const parsed = ZRefereeForm.safeParse(request.body);
    if (!parsed.success)
      return renderList(request, reply, await listReferees(app.deps, request.actor, id), {
        values,
        errors: fieldErrors(parsed.error, request.t),
        status: 400,
      });
    const result = await changeReferees(
      app.deps,
      request.actor,
      { requestId: request.id },
      { kind: 'invite', applicationId: id, referee: parsed.data },
    );
    if (!result.ok)
      return renderList(request, reply, result.page, {
        values,
        errors: changeError(request, result.error),
        status: 409,
      });
    return reply.redirect(`/applications/${id}/referees?done=invited`, 303);
  });

  app.post('/applications/:id/referees/:refereeId/resend', action, async (request, reply) => {
    const { id, refereeId } = parseParams(ZRefereeParams, request);
    const result = await changeReferees(
      app.deps,
      request.actor,
      { requestId: request.id },
      { kind: 'resend', applicationId: id, refereeId },
    );
    if (!result.ok)
      return renderList(request, reply, result.page, {
        errors: changeError(request, result.error),
        status: 409,
      });
    return reply.redirect(`/applications/${id}/referees?done=resent`, 303);
  });

  app.get('/applications/:id/referees/:refereeId/replace', action, async (request, reply) => {
    const { id, refereeId } = parseParams(ZRefereeParams, request);
    const referee = replaceable(await listReferees(app.deps, request.actor, id), refereeId);
    const ctx = viewContext(request, reply);
    return sendPage(reply, ReplaceRefereePage({ ctx, applicationId: id, referee }));
  });

  app.post('/applications/:id/referees/:refereeId/replace', action, async (request, reply) => {
    const { id, refereeId } = parseParams(ZRefereeParams, request);
    const values = submittedValues(request.body);
    const parsed = ZRefereeForm.safeParse(request.body);
    const retry = (view: TRefereesView, errors: TFieldError[], status: number) => {
      const referee = replaceable(view, refereeId);
      const ctx = viewContext(request, reply);
      return sendPage(
        reply,
        ReplaceRefereePage({ ctx, applicationId: id, referee, values, errors }),
        status,
      );
    };
    if (!parsed.success) {
      const view = await listReferees(app.deps, request.actor, id);
      return retry(view, fieldErrors(parsed.error, request.t), 400);
    }
    const result = await changeReferees(
      app.deps,
      request.actor,
      { requestId: request.id },
      { kind: 'replace', applicationId: id, refereeId, referee: parsed.data },
    );
    if (!result.ok) {
      const errors = changeError(request, result.error);
      // An address problem is fixed on the form; anything else ends the replacement.
      if (result.error === 'duplicate_email' || result.error === 'own_email')
        return retry(result.page, errors, 409);
      return renderList(request, reply, result.page, { errors, status: 409 });
    }
    return reply.redirect(`/applications/${id}/referees?done=replaced`, 303);
  });
}
