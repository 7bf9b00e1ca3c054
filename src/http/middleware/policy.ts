import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { can } from '@/policies/access';
import { isPermission } from '@/policies/permissions';
import { ErrorPage } from '@/views/pages/error-page';

import { keepAndAskToSignIn } from '../pending-save';
import { sendPage, viewContext } from '../render';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Before every handler: the route's declared action must pass the policy module (a route with
 * none is refused: fail closed), and every form POST must carry a valid CSRF token.
 */
export function registerPolicy(app: FastifyInstance): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.is404) return;
    const config = request.routeOptions.config;
    const action = config.action;
    if (!isPermission(action)) {
      request.log.error({ url: request.routeOptions.url }, 'route declares no policy action');
      return reply.status(500).send('Route has no policy');
    }
    if (UNSAFE.has(request.method) && !config.isApi) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
    }
    if (can(request.actor, action)) return;
    if (
      request.actor.kind === 'anonymous' &&
      request.method === 'POST' &&
      config.keepWhenSignedOut
    ) {
      return keepAndAskToSignIn(app, request, reply);
    }
    if (
      request.actor.kind === 'anonymous' &&
      String(request.headers['content-type'] ?? '').startsWith('application/json')
    ) {
      // A script's request (autosave): say "signed out" so it can keep the typing and ask to sign in.
      return reply.status(401).send({ error: { path: '', message: 'signed_out' } });
    }
    if (request.actor.kind === 'anonymous' && request.method === 'GET' && !config.isApi) {
      return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`);
    }
    if (config.isApi) return reply.status(403).send({ error: { path: '', message: 'Forbidden' } });
    const ctx = viewContext(request, reply);
    return sendPage(
      reply,
      ErrorPage({ ctx, title: ctx.t('error.forbidden_title'), message: ctx.t('error.forbidden') }),
      403,
    );
  });
}
