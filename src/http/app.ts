import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type RouteOptions } from 'fastify';
import helmet from 'helmet';

import type { TDeps } from '@/services/context';

import { registerErrors } from './middleware/errors';
import { clientErrorHandler, frameworkErrorHandler } from './middleware/framework-errors';
import { registerPolicy } from './middleware/policy';
import { registerSession } from './middleware/session';
import { registerRoutes } from './routes';
import './types';

export type TAppOptions = {
  deps: TDeps;
  cookieSecret: string;
  /** false in tests; otherwise pino options. */
  logger?: boolean | { level: string };
  /** Every route as registered, for the route-policy test. */
  onRoute?: (route: RouteOptions) => void;
};

/** Personal links carry their token in the path: it must never reach the logs. */
function maskSecrets(path: string): string {
  return path.replace(/^\/(r|resume)\/[^/]+/, '/$1/:token');
}

const publicDir = fileURLToPath(new URL('./public', import.meta.url));

/**
 * Builds the whole web app around its dependencies. Stateless: sessions, throttles and mail
 * live in the database, so any number of these can serve one PostgreSQL.
 */
export async function buildApp(opts: TAppOptions): Promise<FastifyInstance> {
  const { env } = opts.deps;
  // Note: performance. @fastify/helmet built helmet's middleware anew on every request (parsing
  // the CSP each time), a fifth of what a cached catalog page costs (bench/README.md). The
  // headers are the same for every response: the middleware is built once, here, and applied
  // to every request, 404s included, before any other hook, as @fastify/helmet applied it.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    hsts: env.SECURE_COOKIES,
  });
  const app = Fastify({
    logger:
      opts.logger === false || opts.logger === undefined
        ? false
        : {
            level: typeof opts.logger === 'object' ? opts.logger.level : 'info',
            // No personal data in logs: the path without its query (tokens, emails), no headers.
            serializers: {
              req: (req) => ({
                id: req.id,
                method: req.method,
                path: maskSecrets(req.url.split('?')[0] ?? ''),
              }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    genReqId: () => randomUUID(),
    // The client's address (rate limits) comes from X-Forwarded-For only through listed proxies.
    trustProxy: env.TRUST_PROXY,
    bodyLimit: 1_048_576,
    // What the router or Node's parser refuses before any hook runs: the site's page, not JSON.
    frameworkErrors: frameworkErrorHandler(securityHeaders),
    clientErrorHandler,
  });
  app.decorate('deps', opts.deps);
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);

  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (err?: unknown) =>
      done(err as FastifyError | undefined),
    ),
  );
  // A coarse per-process guard against floods; the limits that matter (sign-in) live in the DB.
  await app.register(rateLimit, { max: env.RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' });
  // Pages are small but the first visit may be on a slow link: brotli or gzip when asked for.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(formbody);
  await app.register(cookie, { secret: opts.cookieSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      signed: true,
      secure: env.SECURE_COOKIES,
    },
  });
  await app.register(fastifyStatic, { root: publicDir, serve: false });

  registerSession(app);
  registerPolicy(app);
  registerErrors(app);
  await registerRoutes(app);
  return app;
}
