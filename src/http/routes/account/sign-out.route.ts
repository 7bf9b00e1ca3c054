import type { FastifyInstance } from 'fastify';

import { signOut } from '@/services/accounts/sign-out';

import { SESSION_COOKIE } from '../../types';

export function signOutRoutes(app: FastifyInstance): void {
  for (const [url, everywhere] of [
    ['/sign-out', false],
    ['/sign-out-everywhere', true],
  ] as const) {
    app.post(url, { config: { action: 'session.sign_out' } }, async (request, reply) => {
      await signOut(
        app.deps,
        request.actor,
        { requestId: request.id },
        { token: request.sessionToken ?? '', everywhere },
      );
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/?signed_out=1', 303);
    });
  }
}
