import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { hasForbiddenCharacter } from '@/domain/text/control-characters';
import { stashPendingSave } from '@/services/applications/pending-saves';

/**
 * A section POST from someone whose session has expired: keep what they typed and send them
 * to sign in; the resume link applies it afterwards. Nothing is kept for unknown targets.
 */
export async function keepAndAskToSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const params = request.params as { id?: string; section?: string };
  const body = (request.body ?? {}) as Record<string, unknown>;
  // A value PostgreSQL cannot store (a NUL) is left out, so the rest is still kept; the
  // section page refuses it with its message once the applicant is back.
  const fields = Object.fromEntries(
    Object.entries(body).filter(
      ([k, v]) => k !== '_csrf' && typeof v === 'string' && !hasForbiddenCharacter(v, 'multiline'),
    ),
  ) as Record<string, string>;
  const token = await stashPendingSave(app.deps, {
    applicationId: params.id ?? '',
    section: params.section ?? '',
    fields,
  });
  const next = token ? `/resume/${token}` : request.url;
  return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}&kept=${token ? 1 : 0}`, 303);
}
